// The administrator screen's Publish reaches the central store, against a real PostgreSQL: an
// offline store is said plainly and the version stays published here, waiting; a hall the
// central administrator has not allowed is refused in plain words; once allowed, "Send to
// central" sends it whole, and a second workstation runs the new version after its sync. A
// holiday calendar year goes the same way, and a publication left waiting goes with the next
// sync round.
#include "CentralPublications.h"
#include "Localization.h"
#include "ProgramRun.h"
#include "ReferenceApply.h"
#include "SyncService.h"
#include "SyncTestBed.h"
#include "admin/CatalogAdminView.h"
#include "calendar/CalendarData.h"
#include "catalog/CatalogPublisher.h"
#include "guide/GuideRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace ow;
using namespace ow::test;

class TestCatalogAdminCentral : public QObject
{
    Q_OBJECT

private:
    QString adminUrl(ScratchCentral& central) const
    {
        const CentralSettings admin = central.adminSettings();
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(admin.user, admin.host)
            .arg(admin.port)
            .arg(admin.database);
    }
    static int referenceRows(ScratchCentral& central, const QString& kind)
    {
        return central.count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                            "center_code = '*' AND table_name = "
                                            "'sync_reference' AND data ->> 'kind' = '%1'")
                                 .arg(kind));
    }

private slots:
    void initTestCase() { QVERIFY(Localization::install(*qApp, QStringLiteral("en"))); }

    void publishFromTheScreenRunsAtTheNextWorkstationAfterItsSync()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString a = randomCode(QStringLiteral("A"));
        const QString b = randomCode(QStringLiteral("B"));
        const CentralSettings loginA = central.addCenter(a);
        Workstation admin(dir.path(), a, 1, loginA);
        Workstation counter(dir.path(), b, 2, central.addCenter(b));
        qputenv("PGPASSWORD", ScratchCentral::password().toUtf8());
        // First the store is away: a port nobody listens on.
        CentralSettings away = loginA;
        away.port = 1;
        QVERIFY(SyncEngine::saveCentralUrl(admin.database(), central.urlOf(away)).ok());

        SystemClock clock;
        AccountService accounts(admin.database(), clock);
        const Result<Session> session =
            accounts.signIn(QStringLiteral("admin"), QStringLiteral("Counter2026ok"));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        CatalogAdminView view(admin.database(), accounts, session.value(), clock);
        view.show();
        QVERIFY(view.selectCode(QStringLiteral("E001")));
        view.promisedDays()->setValue(3);
        view.noteEdit()->setText(QStringLiteral("E001 承诺3个工作日"));
        QVERIFY2(view.publish(), qPrintable(view.messageLabel()->text()));
        // Published here, said plainly that the store was not reached, offered for later.
        QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Offline")) &&
                     view.messageLabel()->text().contains(QStringLiteral("Send to central")),
                 qPrintable(view.messageLabel()->text()));
        QCOMPARE(CatalogPublisher(admin.database()).current().value()->version, 1);
        QCOMPARE(CentralPublications::waiting(admin.database()).value().size(), 1);
        QVERIFY(view.sendToCentralButton()->isEnabled());
        QVERIFY2(view.centralLabel()->text().contains(QStringLiteral("catalog version 1")),
                 qPrintable(view.centralLabel()->text()));
        QCOMPARE(referenceRows(central, QStringLiteral("catalog")), 0);

        // The store answers, but this hall may not publish yet: refused in plain words, kept.
        QVERIFY(SyncEngine::saveCentralUrl(admin.database(), central.urlOf(loginA)).ok());
        QVERIFY(!view.sendToCentral());
        QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("allow-publish")),
                 qPrintable(view.messageLabel()->text()));
        QCOMPARE(CentralPublications::waiting(admin.database()).value().size(), 1);
        QCOMPARE(referenceRows(central, QStringLiteral("catalog")), 0);

        // The central administrator allows the hall; Send to central sends the version whole.
        const ProgramRun allowed =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("central"), QStringLiteral("allow-publish"), a,
                        QStringLiteral("--central"), adminUrl(central)},
                       {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QTest::mouseClick(view.sendToCentralButton(), Qt::LeftButton);
        QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Sent to the central store")),
                 qPrintable(view.messageLabel()->text()));
        QVERIFY(CentralPublications::waiting(admin.database()).value().isEmpty());
        QVERIFY(!view.sendToCentralButton()->isEnabled());
        QCOMPARE(referenceRows(central, QStringLiteral("catalog")), 1);

        // The second workstation runs version 1 after its sync, E001 promising 3 days.
        QVERIFY(CatalogPublisher(counter.database()).current().value() == std::nullopt);
        const Result<SyncReport> pulled = counter.sync();
        QVERIFY2(pulled.ok(), qPrintable(pulled.error()));
        const auto running = CatalogPublisher(counter.database()).current();
        QVERIFY(running.ok() && running.value().has_value());
        QCOMPARE(running.value()->version, 1);
        QCOMPARE(running.value()->sha256,
                 CatalogPublisher(admin.database()).current().value()->sha256);
        const auto e001 = GuideRepository(counter.database()).latest(QStringLiteral("E001"));
        QCOMPARE(e001.value()->promisedLimit, (TimeLimit{false, 3}));

        // A second version with a material draft: published and sent at once this time; the
        // counter gets the dictionary with it.
        QVERIFY(view.tabs()->count() > 1);
        view.tabs()->setCurrentIndex(1);
        view.findChild<QLineEdit*>(QStringLiteral("catalogAdminMaterialKey"))
            ->setText(QStringLiteral("fire_safety_plan"));
        view.findChild<QLineEdit*>(QStringLiteral("catalogAdminMaterialName"))
            ->setText(QStringLiteral("消防安全预案"));
        QVERIFY2(view.saveMaterial(), qPrintable(view.messageLabel()->text()));
        view.noteEdit()->setText(QStringLiteral("新增消防安全预案"));
        QVERIFY2(view.publish(), qPrintable(view.messageLabel()->text()));
        QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Sent to the central store")),
                 qPrintable(view.messageLabel()->text()));
        QVERIFY(counter.sync().ok());
        QCOMPARE(CatalogPublisher(counter.database()).current().value()->version, 2);
        QVERIFY(GuideRepository(counter.database())
                    .dictionary()
                    .value()
                    .contains(QStringLiteral("fire_safety_plan")));
        QVERIFY(CatalogPublisher(counter.database()).releaseMaterials(2).value().has_value());

        // A holiday calendar year published while the store is away waits, and the next sync
        // round (the application's SyncService) sends it; the counter then counts with it.
        QVERIFY(SyncEngine::saveCentralUrl(admin.database(), central.urlOf(away)).ok());
        QVERIFY(view.loadCalendarYear(2027));
        view.calendarNotice()->setText(QStringLiteral("国办发明电〔2026〕1号"));
        QVERIFY(view.addCalendarDay(QDate(2027, 1, 1), QStringLiteral("元旦"), false));
        QVERIFY2(view.saveCalendar(), qPrintable(view.messageLabel()->text()));
        QVERIFY2(view.publishCalendar(), qPrintable(view.messageLabel()->text()));
        QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Offline")),
                 qPrintable(view.messageLabel()->text()));
        QCOMPARE(CentralPublications::waiting(admin.database()).value().size(), 1);
        QCOMPARE(referenceRows(central, QStringLiteral("calendar")), 0);
        QVERIFY(SyncEngine::saveCentralUrl(admin.database(), central.urlOf(loginA)).ok());
        {
            SyncService service(admin.path(), 3600);
            QSignalSpy spy(&service, &SyncService::statusChanged);
            QVERIFY(spy.wait(30000));
            QVERIFY2(spy.last().first().value<SyncStatus>().online,
                     qPrintable(spy.last().first().value<SyncStatus>().error));
        }
        QVERIFY(CentralPublications::waiting(admin.database()).value().isEmpty());
        QCOMPARE(referenceRows(central, QStringLiteral("calendar")), 1);
        QVERIFY(!CalendarData::load(counter.database()).value().isPublished(2027));
        QVERIFY(counter.sync().ok());
        const WorkCalendar calendar = CalendarData::load(counter.database()).value();
        QVERIFY(calendar.isPublished(2027));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
    }
};

QTEST_MAIN(TestCatalogAdminCentral)
#include "TestCatalogAdminCentral.moc"
