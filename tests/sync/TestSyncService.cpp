// Sync in the background as the application runs it: a round on its own thread reports online
// and nothing pending; an unreachable store reports offline in plain words and keeps the
// changes; the status bar shows both, a long pull as a running bar, and the catalog version a
// round applied without a restart.
#include "Localization.h"
#include "ProgramRun.h"
#include "SyncService.h"
#include "SyncTestBed.h"
#include "WorkspaceFixture.h"
#include "catalog/CatalogPublisher.h"
#include "common/SyncStatusWidget.h"
#include "main/MainWindow.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
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

    void aLongPullShowsARunningBarThatHidesAfter()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString code = randomCode(QStringLiteral("L"));
        const CentralSettings login = central.addCenter(code);
        Workstation writer(dir.path(), code, 1, login);
        for (int n = 1; n <= 120; ++n)
            writer.addCase(n);
        QVERIFY(writer.sync().ok());
        Workstation reader(dir.path(), code, 2, login); // a new window: everything comes down

        qputenv("PGPASSWORD", ScratchCentral::password().toUtf8());
        SyncService service(reader.path(), 3600);
        QStatusBar bar;
        auto* status = new SyncStatusWidget(&bar);
        bar.addPermanentWidget(status->progressBar());
        bar.addPermanentWidget(status);
        status->follow(service);
        bar.resize(900, 30);
        bar.show();
        QSignalSpy done(&service, &SyncService::statusChanged);
        QVERIFY(done.wait(30000)); // the first round: no central address yet
        QVERIFY(!done.last().first().value<SyncStatus>().configured);

        // Pages of 100 rows make 600 rows a long pull.
        QVERIFY(SyncEngine::saveCentralUrl(reader.database(), central.urlOf(login)).ok());
        service.setPageSize(100);
        struct Seen
        {
            int received;
            bool visible;
            bool running; // indeterminate: no end known
            QString text;
            QString label;
        };
        QList<Seen> seen;
        const QString shot = qEnvironmentVariable("OW_SCREENSHOT_DIR");
        connect(&service, &SyncService::pullProgress, this, [&](int received) {
            QProgressBar* progress = status->progressBar();
            seen.append({received, progress->isVisible(), progress->maximum() == 0,
                         progress->format(), status->text()});
            if (!shot.isEmpty() && seen.size() == 2)
                bar.grab().save(shot + QStringLiteral("/sync-pull-statusbar.png"));
        });
        service.syncNow();
        QVERIFY(done.wait(60000));
        const SyncStatus after = done.last().first().value<SyncStatus>();
        QVERIFY2(after.online, qPrintable(after.error));
        QVERIFY(after.lastRound.pulled >= 600);
        QVERIFY2(seen.size() >= 4, qPrintable(QString::number(seen.size())));
        int last = 0;
        for (const Seen& step : std::as_const(seen)) {
            QVERIFY(step.visible);
            QVERIFY(step.running);
            QVERIFY(step.received > last && step.received < after.lastRound.pulled + 100);
            QCOMPARE(step.text, QStringLiteral("Receiving: %1 rows so far").arg(step.received));
            QCOMPARE(step.label, step.text); // the count beside the running bar
            last = step.received;
        }
        QVERIFY(status->progressBar()->isHidden()); // the round is over
        QVERIFY2(status->text().startsWith(QStringLiteral("Online · 0 changes to send")),
                 qPrintable(status->text()));
        QCOMPARE(reader.rows(), central.rows(code));

        // A round with little to pull shows no bar.
        writer.addCase(121);
        QVERIFY(writer.sync().ok());
        seen.clear();
        service.syncNow();
        QVERIFY(done.wait(30000));
        QVERIFY(seen.isEmpty());
        QVERIFY(status->progressBar()->isHidden());
    }

    void aCatalogVersionAppliedByASyncShowsWithoutARestart()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString code = randomCode(QStringLiteral("V"));
        const CentralSettings login = central.addCenter(code);
        Workstation admin(dir.path(), code, 1, login);
        Workstation counter(dir.path(), code, 2, login);
        QVERIFY(SyncEngine::saveCentralUrl(counter.database(), central.urlOf(login)).ok());

        // The counter's main window as onewindow shows it: no catalog version yet.
        WorkspaceData data;
        data.databasePath = counter.path();
        data.catalog = CatalogRepository(counter.database()).load().value();
        data.guides = GuideRepository(counter.database()).latestAll().value();
        data.dictionary = GuideRepository(counter.database()).dictionary().value();
        data.pinyin = PinyinData::load().value();
        data.calendar = CalendarData::load().value();
        ManualClock clock;
        AccountService accounts(counter.database(), clock);
        WorkCalendar calendar = CalendarData::load().value();
        CaseService cases(counter.database(), clock, calendar, accounts);
        RecordingPrinter printer;
        MainWindow window(
            std::move(data), printer, accounts, cases,
            accounts.signIn(QStringLiteral("admin"), QStringLiteral("Counter2026ok")).value(),
            clock);
        auto* label = window.findChild<QLabel*>(QStringLiteral("statusCatalog"));
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(QStringLiteral("Catalog not yet published")),
                 qPrintable(label->text()));

        qputenv("PGPASSWORD", ScratchCentral::password().toUtf8());
        SyncService service(counter.path(), 3600);
        window.attachSync(service);
        window.show();
        QSignalSpy done(&service, &SyncService::statusChanged);
        QSignalSpy changed(&service, &SyncService::catalogVersionChanged);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().first().value<SyncStatus>().online,
                 qPrintable(done.last().first().value<SyncStatus>().error));
        QVERIFY(changed.isEmpty()); // nothing new: nothing said

        // Published centrally from another window (owctl catalog publish --central).
        const CentralSettings adminLogin = central.adminSettings();
        const ProgramRun published = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("--db"), admin.path(), QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("catalog"), QStringLiteral("publish"),
             QStringLiteral("--note"), QStringLiteral("第一版"), QStringLiteral("--central"),
             QStringLiteral("postgresql://%1@%2:%3/%4")
                 .arg(adminLogin.user, adminLogin.host)
                 .arg(adminLogin.port)
                 .arg(adminLogin.database)},
            {{QStringLiteral("OWCTL_PASSWORD"), QStringLiteral("Counter2026ok")}});
        QVERIFY2(published.exitCode == 0, published.err.constData());

        service.syncNow(); // F5
        QVERIFY(changed.wait(30000));
        QCOMPARE(changed.last().first().toInt(), 1);
        // The screens were loaded at start: the version received waits for a restart, and the
        // bar says so instead of claiming it runs.
        QVERIFY2(label->text().startsWith(QStringLiteral(
                     "Catalog version 1 received: restart OneWindow to use it · Catalog not yet "
                     "published:")),
                 qPrintable(label->text()));
        QCOMPARE(CatalogPublisher(counter.database()).current().value()->version, 1);

        // A holiday calendar year published centrally counts at this counter after its next
        // round, without a restart: the calendar CaseService holds is reloaded in place.
        window.setCatalogDatabase(&counter.database());
        window.setLiveCalendar(&calendar);
        QVERIFY(!calendar.isPublished(2027));
        const QString holidays = counter.path() + QStringLiteral(".holidays.json");
        {
            QFile file(holidays);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"source": "test", "licence": "test", "years": [{"year": 2027,
                "version": "2027-1", "notice": "国办发明电〔2026〕1号", "published": "2026-11-01",
                "holidays": [{"name": "元旦", "days": ["2027-01-01"]}], "workdays": []}]})");
        }
        const ProgramRun calendarPublished = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("central"), QStringLiteral("publish"), QStringLiteral("calendar"),
             QStringLiteral("holidays"), holidays, QStringLiteral("--central"),
             QStringLiteral("postgresql://%1@%2:%3/%4")
                 .arg(adminLogin.user, adminLogin.host)
                 .arg(adminLogin.port)
                 .arg(adminLogin.database)},
            {});
        QVERIFY2(calendarPublished.exitCode == 0, calendarPublished.err.constData());
        // (The catalog round's own status may still be on its way: wait for the calendar.)
        service.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(calendar.isPublished(2027), 30000);
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
    }

    void aRefusedPublicationIsNamedInTheStatusBar()
    {
        SyncStatus status;
        status.configured = true;
        status.online = true;
        status.refused = {QStringLiteral("The central store's guide P001 (version 3) cannot be "
                                         "used here and was skipped: bad.")};
        SyncStatusWidget widget;
        widget.show(status);
        QVERIFY2(widget.text().contains(QLatin1String("1 publication refused")),
                 qPrintable(widget.text()));
        QVERIFY(widget.toolTip().contains(QLatin1String("guide P001 (version 3)")));
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
