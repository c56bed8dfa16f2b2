// Sync in the background as the application runs it: a round on its own thread reports online
// and nothing pending; an unreachable store reports offline in plain words and keeps the
// changes; the status bar shows both.
#include "Localization.h"
#include "SyncService.h"
#include "SyncTestBed.h"
#include "common/SyncStatusWidget.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using namespace ow::test;

class TestSyncService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, QStringLiteral("en"))); // English plurals
    }

    void aRoundOnTheWorkerThreadReachesTheStore()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString code = randomCode(QStringLiteral("W"));
        const CentralSettings login = central.addCenter(code);
        QString path;
        {
            Workstation w(dir.path(), code, 1, login);
            w.addCase(1);
            QVERIFY(SyncEngine::saveCentralUrl(w.database(), central.urlOf(login)).ok());
            path = w.path();
        }
        qputenv("PGPASSWORD", ScratchCentral::password().toUtf8());
        SyncService service(path, 3600);
        QSignalSpy spy(&service, &SyncService::statusChanged);
        QVERIFY(spy.wait(30000));
        const SyncStatus status = spy.last().first().value<SyncStatus>();
        QVERIFY2(status.online, qPrintable(status.error));
        QCOMPARE(status.pending, 0);
        QVERIFY(status.lastSuccess.isValid());
        QVERIFY(status.lastRound.pushed >= 6);
        QCOMPARE(central.rows(code).value(QStringLiteral("case_file")).size(), 1);

        SyncStatusWidget widget;
        widget.show(status);
        QVERIFY2(widget.text().startsWith(QStringLiteral("Online · 0 changes to send")),
                 qPrintable(widget.text()));

        service.syncNow(); // F5: one more round, nothing to do
        QVERIFY(spy.wait(30000));
        QVERIFY(spy.last().first().value<SyncStatus>().online);
        QCOMPARE(spy.last().first().value<SyncStatus>().lastRound.pushed, 0);
    }

    void aLongTransferReportsItsProgress()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString code = randomCode(QStringLiteral("P"));
        const CentralSettings login = central.addCenter(code);
        QString path;
        int pending = 0;
        {
            Workstation w(dir.path(), code, 1, login);
            for (int n = 1; w.pending() <= SyncService::LongTransferRows; ++n)
                w.addCase(n);
            pending = w.pending();
            QVERIFY(SyncEngine::saveCentralUrl(w.database(), central.urlOf(login)).ok());
            path = w.path();
        }
        qputenv("PGPASSWORD", ScratchCentral::password().toUtf8());
        SyncService service(path, 3600);
        service.setProgressInterval(10);
        QSignalSpy progress(&service, &SyncService::progress);
        QSignalSpy done(&service, &SyncService::statusChanged);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.last().first().value<SyncStatus>().online,
                 qPrintable(done.last().first().value<SyncStatus>().error));
        // The bar starts at 0 of what waited, never goes back, never passes the total.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(0).toInt(), 0);
        int last = 0;
        for (const QList<QVariant>& step : progress) {
            QCOMPARE(step.at(1).toInt(), pending);
            QVERIFY(step.at(0).toInt() >= last && step.at(0).toInt() <= pending);
            last = step.at(0).toInt();
        }
        SyncStatusWidget widget;
        widget.showProgress(progress.last().at(0).toInt(), pending);
        widget.show(done.last().first().value<SyncStatus>());
        QVERIFY(widget.progressBar()->isHidden()); // the round is over
    }

    void anUnreachableStoreIsReportedAndTheChangesWait()
    {
        QTemporaryDir dir;
        // Port 1 of this machine: nothing listens there, the connection is refused at once.
        const int port = 1;
        CentralSettings nowhere =
            CentralSettings::fromUrl(QStringLiteral("postgresql://ow_x@127.0.0.1:%1/ow").arg(port))
                .value();
        QString path;
        int pending = 0;
        {
            Workstation w(dir.path(), QStringLiteral("XC01"), 1, nowhere);
            w.addCase(1);
            pending = w.pending();
            QVERIFY(SyncEngine::saveCentralUrl(w.database(), nowhere.displayUrl()).ok());
            path = w.path();
        }
        SyncService service(path, 3600);
        QSignalSpy spy(&service, &SyncService::statusChanged);
        QVERIFY(spy.wait(30000));
        const SyncStatus status = spy.last().first().value<SyncStatus>();
        QVERIFY(status.configured);
        QVERIFY(!status.online);
        QCOMPARE(status.pending, pending);
        QVERIFY2(status.error.contains(QLatin1String("Cannot reach the central store")),
                 qPrintable(status.error));
        SyncStatusWidget widget;
        widget.show(status);
        QVERIFY2(
            widget.text().startsWith(QStringLiteral("Offline · %1 changes to send").arg(pending)),
            qPrintable(widget.text()));
        QVERIFY(widget.toolTip().contains(QLatin1String("Cannot reach the central store")));
    }

    void aWorkstationWithoutStoreSaysSo()
    {
        SyncStatusWidget widget;
        widget.show(SyncStatus{});
        QCOMPARE(widget.text(), QStringLiteral("Central store: not set up"));
    }
};

QTEST_MAIN(TestSyncService)
#include "TestSyncService.moc"
