// 上门服务 appointments travel like cases against a real PostgreSQL: a visit booked at window A
// is in window B's list after both synced; a cancellation at B and a visit taken in at A (the
// case and the link) travel back; every statement of a round may fail and the next round still
// leaves each visit in the store once; center B can read none of center A's visits, even with
// hand-written SQL.
#include "ManualClock.h"
#include "SyncTestBed.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "cases/HomeVisitRepository.h"
#include "guide/GuideRepository.h"

#include <QTest>

using namespace ow;
using namespace ow::test;

namespace {

// A window of the hall with an assisted-service user (helper) and the services of 上门服务.
struct Window
{
    Window(const QString& folder, const QString& center, int number, const CentralSettings& login,
           const Clock& clock)
        : station(folder, center, number, login), accounts(station.database(), clock),
          calendar(CalendarData::load().value()),
          cases(station.database(), clock, calendar, accounts),
          visits(station.database(), clock, accounts)
    {
        const Session admin =
            accounts.signIn(QStringLiteral("admin"), QStringLiteral("Counter2026ok")).value();
        if (!accounts
                 .addUser(admin,
                          {QStringLiteral("helper"),
                           QStringLiteral("Helper"),
                           Role::Assisted,
                           {},
                           false,
                           true,
                           0,
                           {}},
                          QStringLiteral("Counter2026ok"))
                 .ok())
            qFatal("helper");
        helper = accounts.signIn(QStringLiteral("helper"), QStringLiteral("Counter2026ok")).value();
    }
    QList<HomeVisit> list()
    {
        return visits.list(helper, QDate(2026, 11, 1), QDate(2027, 1, 31)).value();
    }
    Result<Case> takeIn(const HomeVisit& v, const QDate& today)
    {
        const QHash<QString, Guide> guides =
            GuideRepository(station.database()).latestAll().value();
        IntakeDraft d;
        d.applicant.name = v.applicantName;
        d.applicant.identifier = v.applicantIdentifier;
        d.applicant.phone = v.phone;
        d.itemCodes = v.itemCodes;
        (void)d.check(today);
        d.mergeChecklist(guides, GuideRepository(station.database()).dictionary().value());
        for (CaseMaterial& m : d.materials)
            m.state = CaseMaterial::State::Received;
        return visits.takeIn(helper, v.id, [&] {
            return cases.takeIn(helper, d, IntakeDraft::Decision::Accept, QString(), guides);
        });
    }
    Workstation station;
    AccountService accounts;
    WorkCalendar calendar;
    CaseService cases;
    HomeVisitRepository visits;
    Session helper;
};

HomeVisit appointment(const QString& identifier, int hour)
{
    HomeVisit v;
    v.applicantIdentifier = identifier;
    v.applicantName = QStringLiteral("张三");
    v.phone = QStringLiteral("13812345678");
    v.address = QStringLiteral("西城区金融街 7 号 3 单元 402");
    v.reason = HomeVisit::Reason::Elderly;
    v.itemCodes = {QStringLiteral("P115")};
    v.date = QDate(2026, 12, 3);
    v.slotStart = QTime(hour, 0);
    v.slotEnd = QTime(hour, 45);
    v.staff = QStringLiteral("helper");
    return v;
}

void syncOk(Workstation& w)
{
    const Result<SyncReport> report = w.sync();
    if (!report)
        qFatal("sync: %s", qPrintable(report.error()));
    // The count check finds both sides alike (the store counts the visits as this side does).
    if (report.value().resynced)
        qFatal("sync: the count check failed and the window reloaded in full");
}

} // namespace

class TestSyncHomeVisits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "Asia/Shanghai"); }

    void aVisitBookedAtOneWindowIsInTheListOfAnother()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString code = randomCode(QStringLiteral("H"));
        const QString other = randomCode(QStringLiteral("O"));
        const CentralSettings login = central.addCenter(code);
        const CentralSettings otherLogin = central.addCenter(other);
        ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC)};
        const QDate today(2026, 11, 28);
        Window a(dir.path(), code, 1, login, clock);
        Window b(dir.path(), code, 2, login, clock);
        Window c(dir.path(), other, 1, otherLogin, clock);

        // Booked at A; the round's statements fail one after another (before or after each,
        // an answer lost on the way): the next round still leaves the visit in the store once.
        const Result<HomeVisit> booked =
            a.visits.book(a.helper, appointment(QStringLiteral("11010519491231002X"), 9));
        QVERIFY2(booked.ok(), qPrintable(booked.error()));
        const Result<HomeVisit> second =
            a.visits.book(a.helper, appointment(QStringLiteral("110105196001010017"), 14));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(a.station.pending() > 0);
        for (int n = 1;; ++n) {
            a.station.engine().injectFault(n, n % 2 ? SyncEngine::Fault::AfterStatement
                                                    : SyncEngine::Fault::BeforeStatement);
            const Result<SyncReport> cut = a.station.sync();
            a.station.engine().injectFault(0, SyncEngine::Fault::BeforeStatement);
            syncOk(a.station);
            if (cut.ok())
                break;
            QVERIFY2(n < 100, "the round never got through");
        }
        QCOMPARE(a.station.pending(), 0);
        QCOMPARE(central.count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                              "table_name = 'home_visit' AND center_code = '%1' "
                                              "AND data IS NOT NULL")
                                   .arg(code)),
                 2);

        syncOk(b.station);
        QList<HomeVisit> atB = b.list();
        QCOMPARE(atB.size(), 2);
        QCOMPARE(atB.at(0).id, booked.value().id);
        QCOMPARE(atB.at(0).applicantName, QStringLiteral("张三"));
        QCOMPARE(atB.at(0).address, booked.value().address);
        QCOMPARE(atB.at(0).slotStart, QTime(9, 0));
        QCOMPARE(atB.at(0).state, HomeVisit::State::Booked);
        QCOMPARE(b.station.pending(), 0); // what came down does not go up again

        // Cancelled at B, taken in at A (the case and the link): both travel.
        QVERIFY(b.visits.cancel(b.helper, second.value().id, QStringLiteral("家属已代办")).ok());
        const Result<Case> taken = a.takeIn(booked.value(), today);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        syncOk(b.station);
        syncOk(a.station);
        syncOk(b.station);
        for (Window* w : {&a, &b}) {
            const QList<HomeVisit> list = w->list();
            QCOMPARE(list.size(), 2);
            QCOMPARE(list.at(0).state, HomeVisit::State::Visited);
            QCOMPARE(list.at(0).caseId, taken.value().id);
            QCOMPARE(list.at(1).state, HomeVisit::State::Cancelled);
            QCOMPARE(w->station.pending(), 0);
        }
        QCOMPARE(central.count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                              "table_name = 'home_visit' AND center_code = '%1'")
                                   .arg(code)),
                 2);

        // The other center's window gets none of them, and its login reads none by hand.
        syncOk(c.station);
        QVERIFY(c.list().isEmpty());
        QString byHand;
        {
            auto db = otherLogin.open(QStringLiteral("by-hand"));
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QSqlQuery query(db.value());
            QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                               "table_name = 'home_visit'")));
            QVERIFY2(query.lastError().databaseText().contains(QLatin1String("permission denied")),
                     qPrintable(query.lastError().databaseText()));
            // Even granted the table by mistake, row-level security keeps A's visits from it.
            QSqlQuery grant(central.admin());
            QVERIFY(grant.exec(QStringLiteral("GRANT SELECT ON onewindow.sync_row TO ow_center")));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                              "table_name = 'home_visit'")) &&
                    query.next());
            byHand = query.value(0).toString();
        }
        CentralSettings::closeConnection(QStringLiteral("by-hand"));
        QCOMPARE(byHand, QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestSyncHomeVisits)
#include "TestSyncHomeVisits.moc"
