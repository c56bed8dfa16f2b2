// The supervisor's figures over the fixture hall (tests/support/ReportFixture.h), each compared
// with the answer worked out by hand from the fixture's table, for the hall, one window and one
// clerk; the cases behind a figure; who may read them; ratings once per case.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "ReportFixture.h"
#include "access/AccountService.h"
#include "calendar/CalendarData.h"
#include "catalog/CatalogSeed.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportRepository.h"
#include "reports/ReportService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using test::ReportFixture;

namespace {

QStringList numbers(const QList<FigureCase>& cases)
{
    QStringList list;
    for (const FigureCase& c : cases)
        list.append(c.number);
    return list;
}

QString number(int window, int sequence, const QDate& day = ReportFixture::Day)
{
    return QStringLiteral("XC01-%1-%2-%3")
        .arg(window, 2, 10, QLatin1Char('0'))
        .arg(day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestDailyReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // The morning after the fixture's day (a Saturday), Beijing time.
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(1, 0), Qt::UTC)};
    WorkCalendar m_calendar;
    std::unique_ptr<AccountService> m_accounts;

    DailyFigures figures(const ReportScope& scope)
    {
        const Result<DailyFigures> result =
            ReportRepository(*m_database).figures(scope, QDate(2026, 11, 21));
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        return result.ok() ? result.value() : DailyFigures();
    }
    QList<FigureCase> behind(const ReportScope& scope, FigureSlice::Kind kind, const QString& key)
    {
        const auto result = ReportRepository(*m_database)
                                .casesBehind(scope, FigureSlice{kind, key}, QDate(2026, 11, 21));
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        return result.ok() ? result.value() : QList<FigureCase>();
    }
    ReportScope hall() const { return ReportScope::day(ReportFixture::Day, ReportFixture::Center); }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        auto prepared = DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("report.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        m_database = std::move(prepared.value().database);
        m_calendar = CalendarData::load().value();
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        QVERIFY(m_accounts
                    ->setUpHall({ReportFixture::Center, QStringLiteral("中心"), 3, 5},
                                QStringLiteral("admin"), QStringLiteral("管理员"),
                                QStringLiteral("Counter2026ok"))
                    .ok());
        const Session admin =
            m_accounts->signIn(QStringLiteral("admin"), QStringLiteral("Counter2026ok")).value();
        for (const auto& [name, role] :
             QList<QPair<QString, Role>>{{QStringLiteral("clerk"), Role::Clerk},
                                         {QStringLiteral("boss"), Role::Supervisor}})
            QVERIFY(m_accounts
                        ->addUser(admin, UserAccount{name, name, role, {}, false, true, 0, {}},
                                  QStringLiteral("Counter2026ok"))
                        .ok());
        AuditLog audit = m_accounts->auditLog();
        const Status loaded = ReportFixture::load(*m_database, m_calendar, audit);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    }

    void theHallsDay()
    {
        const DailyFigures f = figures(hall());
        QCOMPARE(f.cases, 8);
        std::array<int, 24> hours{};
        hours[8] = 1;
        hours[9] = 3;
        hours[10] = 1;
        hours[14] = 2;
        hours[16] = 1;
        QCOMPARE(f.byHour, hours);
        QCOMPARE(f.accepted, 5);
        QCOMPARE(f.supplementRequested, 1);
        QCOMPARE(f.refused, 1);
        QCOMPARE(f.undecided, 1);
        QCOMPARE(f.rate(f.accepted), 5.0 / 7.0);
        // 120 240 360 600 1200 1800 3600: rank 4 and rank 7 of 7.
        QCOMPARE(f.handled, 7);
        QCOMPARE(f.handlingMedianSeconds, 600);
        QCOMPARE(f.handlingP90Seconds, 3600);
        QCOMPARE(f.ratings, (std::array<int, 5>{1, 1, 1, 1, 2}));
        QCOMPARE(f.satisfaction(), 0.5);
        QCOMPARE(f.assisted, 4);
        QCOMPARE(f.elderly, 2);
        QCOMPARE(f.disabled, 1);
        QCOMPARE(f.byAgent, 1);
        // Home visits of the day, by state (the fixture's visits of 11-19 and 11-21 are not).
        QVERIFY(f.homeVisits.has_value());
        QCOMPARE(f.homeVisits->booked, 2);
        QCOMPARE(f.homeVisits->visited, 1);
        QCOMPARE(f.homeVisits->cancelled, 1);
    }

    void stagesScenesAndItems()
    {
        const DailyFigures f = figures(hall());
        QCOMPARE(f.byStage,
                 (QList<FigureCount>{{QStringLiteral("P1"), QStringLiteral("出生"), 5},
                                     {QStringLiteral("E1"), QStringLiteral("企业开办"), 3}}));
        QCOMPARE(f.byScene.size(), 2);
        QCOMPARE(f.byScene.at(0).key, QStringLiteral("P1.1"));
        QCOMPARE(f.byScene.at(0).count, 5);
        QCOMPARE(f.byScene.at(1).count, 3);
        // E001.1 counts for E001; ties in code order.
        QCOMPARE(f.byItem.size(), 4);
        QCOMPARE(f.byItem.at(0).key, QStringLiteral("P001"));
        QCOMPARE(f.byItem.at(0).count, 4);
        QCOMPARE(f.byItem.at(0).name, QStringLiteral("出生医学证明办理"));
        QCOMPARE(f.byItem.at(1).key, QStringLiteral("E001"));
        QCOMPARE(f.byItem.at(1).count, 2);
        QCOMPARE(f.byItem.at(2).key, QStringLiteral("P002"));
        QCOMPARE(f.byItem.at(2).count, 2);
        QCOMPARE(f.byItem.at(3).key, QStringLiteral("E002"));
        QCOMPARE(f.byItem.at(3).count, 1);
    }

    void deadlinesCountFromTheDay()
    {
        const DailyFigures f = figures(hall());
        QCOMPARE(f.referenceDay, ReportFixture::Day);
        QCOMPARE(f.overdue, 1); // case 9, due 11-19; case 11 is concluded
        QList<int> counts;
        for (const FigureCount& bucket : f.deadlines)
            counts.append(bucket.count);
        // overdue, 0, 1, 2, 3, 4-7, 8+
        QCOMPARE(counts, (QList<int>{1, 1, 1, 1, 1, 1, 1}));
    }

    void satisfactionTrendOfThirtyDays()
    {
        const DailyFigures f = figures(hall());
        QCOMPARE(f.satisfactionTrend.size(), 30);
        QCOMPARE(f.satisfactionTrend.first().day, QDate(2026, 10, 22));
        const SatisfactionPoint before = f.satisfactionTrend.at(28);
        QCOMPARE(before.day, QDate(2026, 11, 19));
        QCOMPARE(before.rated, 1);
        QCOMPARE(before.satisfied, 1);
        QCOMPARE(f.satisfactionTrend.last().rated, 6);
        QCOMPARE(f.satisfactionTrend.last().satisfied, 3);
        QCOMPARE(f.satisfactionTrend.at(27).rated, 0);
    }

    void oneWindowAndOneClerk()
    {
        ReportScope window = hall();
        window.window = 3;
        const DailyFigures w = figures(window);
        QCOMPARE(w.cases, 5);
        QCOMPARE(w.byHour[9], 2);
        QCOMPARE(w.byHour[14], 1);
        QCOMPARE(w.accepted, 4);
        QCOMPARE(w.supplementRequested, 1);
        QCOMPARE(w.refused, 0);
        QCOMPARE(w.ratings, (std::array<int, 5>{0, 1, 0, 1, 2}));
        QCOMPARE(w.satisfaction(), 0.75);
        QCOMPARE(w.overdue, 1);
        QCOMPARE(w.assisted, 2);
        // A visit is not taken at a window: no home-visit figures for one window.
        QVERIFY(!w.homeVisits.has_value());

        ReportScope clerk = hall();
        clerk.clerk = QStringLiteral("helper");
        const DailyFigures c = figures(clerk);
        QCOMPARE(c.cases, 3);
        QCOMPARE(c.accepted, 1);
        QCOMPARE(c.refused, 1);
        QCOMPARE(c.undecided, 1);
        QCOMPARE(c.ratings, (std::array<int, 5>{1, 0, 1, 0, 0}));
        QCOMPARE(c.satisfaction(), 0.0);
        QCOMPARE(c.overdue, 0);
        QCOMPARE(c.assisted, 2);
        QCOMPARE(c.elderly, 1);
        QCOMPARE(c.byAgent, 1);
        // The visits this clerk goes on: helper's booked and cancelled ones, not clerk's.
        QVERIFY(c.homeVisits.has_value());
        QCOMPARE(*c.homeVisits, (HomeVisitCounts{1, 0, 1}));
        // Median of 240 1800: rank 1; p90: rank 2.
        QCOMPARE(c.handlingMedianSeconds, 240);
        QCOMPARE(c.handlingP90Seconds, 1800);
    }

    void aRangeOfDays()
    {
        ReportScope range = hall();
        range.from = QDate(2026, 11, 17);
        const DailyFigures f = figures(range);
        QCOMPARE(f.cases, 10);
        QCOMPARE(f.accepted, 7);
        QCOMPARE(f.rated(), 7);
        QCOMPARE(f.satisfied(), 4);
        QCOMPARE(f.satisfactionTrend.size(), 4);
        // 11-19's cancelled visit joins the day's; 11-21's booked one is after the range.
        QVERIFY(f.homeVisits.has_value());
        QCOMPARE(*f.homeVisits, (HomeVisitCounts{2, 1, 2}));
    }

    void thePlanLedger()
    {
        const DailyFigures f = figures(hall());
        QCOMPARE(f.planYear, 2026);
        QCOMPARE(f.ledger.size(), 6);
        const auto line = [&](QChar lifecycle, PlanLedgerLine::Mode mode) {
            for (const PlanLedgerLine& l : f.ledger)
                if (l.lifecycle == lifecycle && l.mode == mode)
                    return l;
            return PlanLedgerLine();
        };
        using M = PlanLedgerLine::Mode;
        // 极简办: accepted the day received. E003 (May), E001, E002; P001, P002.
        QCOMPARE(line(u'E', M::Minimal).byMilestone, (std::array<int, 3>{1, 1, 3}));
        QCOMPARE(line(u'E', M::Minimal).toDate, 3);
        QCOMPARE(line(u'P', M::Minimal).toDate, 2);
        // 集成办: case 2 took P001 and P002 together.
        QCOMPARE(line(u'P', M::Integrated).toDate, 2);
        QCOMPARE(line(u'E', M::Integrated).toDate, 0);
        // 全域办: P001 accepted at windows 3 and 5.
        QCOMPARE(line(u'P', M::Anywhere).toDate, 1);
        QCOMPARE(line(u'P', M::Anywhere).byMilestone, (std::array<int, 3>{0, 0, 1}));
        QCOMPARE(line(u'E', M::Anywhere).toDate, 0);
        QCOMPARE(line(u'E', M::Anywhere).target, 100);
    }

    void theCasesBehindAFigure()
    {
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Hour, QStringLiteral("9"))),
                 (QStringList{number(3, 2), number(3, 3), number(5, 1)}));
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Deadline, QStringLiteral("overdue"))),
                 QStringList{number(3, 1, QDate(2026, 11, 19))});
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Rating, QStringLiteral("5"))),
                 (QStringList{number(3, 1), number(3, 5)}));
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Decision, QStringLiteral("undecided"))),
                 QStringList{number(5, 3)});
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Decision, QStringLiteral("refused"))),
                 QStringList{number(5, 2)});
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Stage, QStringLiteral("E1"))),
                 (QStringList{number(3, 3), number(5, 1), number(3, 4)}));
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Item, QStringLiteral("E001"))),
                 (QStringList{number(3, 3), number(5, 1)}));
        QCOMPARE(numbers(behind(hall(), FigureSlice::Kind::Assisted, QStringLiteral("elderly"))),
                 (QStringList{number(3, 1), number(5, 3)}));
        const QList<FigureCase> all = behind(hall(), FigureSlice::Kind::All, QString());
        QCOMPARE(all.size(), 8);
        QCOMPARE(all.at(1).itemCodes,
                 (QStringList{QStringLiteral("P001"), QStringLiteral("P002")}));
        QCOMPARE(all.at(1).score, 4);
    }

    void onlySupervisorsAndAdministratorsReadTheFigures()
    {
        ReportService service(*m_database, m_clock, *m_accounts);
        const Session clerk =
            m_accounts->signIn(QStringLiteral("clerk"), QStringLiteral("Counter2026ok")).value();
        const Result<DailyFigures> refused = service.figures(clerk, hall());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("dashboard")),
                 qPrintable(refused.error()));
        QVERIFY(!service.casesBehind(clerk, hall(), {}).ok());
        for (const QString& name : {QStringLiteral("boss"), QStringLiteral("admin")}) {
            const Session session =
                m_accounts->signIn(name, QStringLiteral("Counter2026ok")).value();
            const Result<DailyFigures> read = service.figures(session, hall());
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QCOMPARE(read.value().cases, 8);
        }
    }

    void aCaseIsRatedOnceAndABadRatingOpensARectification()
    {
        AuditLog audit = m_accounts->auditLog();
        RatingRecorder ratings(*m_database, m_calendar);
        const QList<FigureCase> seventh =
            behind(hall(), FigureSlice::Kind::Item, QStringLiteral("E002"));
        QCOMPARE(seventh.size(), 1);
        const QString caseId = seventh.first().id;
        const QDateTime at = ReportFixture::local(ReportFixture::Day, QTime(16, 0));
        const auto first = ratings.record({caseId, 1, RatingRecorder::Channel::Qr, at},
                                          QStringLiteral("clerk"), audit, 3);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        // Friday + 3 working days: Monday, Tuesday, Wednesday.
        QCOMPARE(first.value(), std::optional<QDate>(QDate(2026, 11, 25)));
        const auto second = ratings.record({caseId, 5, RatingRecorder::Channel::Window, at},
                                           QStringLiteral("clerk"), audit);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QStringLiteral("already been rated")),
                 qPrintable(second.error()));
        QCOMPARE(ratings.scoreOf(caseId).value(), 1);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(
            QStringLiteral(
                "SELECT v.channel, r.due_date, r.status FROM evaluation v JOIN rectification r ON "
                "r.case_id = v.case_id WHERE v.case_id = '%1'")
                .arg(caseId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("qr"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("2026-11-25"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("open"));
        // Not decided yet: cannot be rated; a score outside 1–5 neither.
        const QList<FigureCase> undecided =
            behind(hall(), FigureSlice::Kind::Decision, QStringLiteral("undecided"));
        QVERIFY(!ratings
                     .record({undecided.first().id, 4, RatingRecorder::Channel::Window, at},
                             QStringLiteral("clerk"), audit)
                     .ok());
        QVERIFY(!ratings
                     .record({caseId, 6, RatingRecorder::Channel::Window, at},
                             QStringLiteral("clerk"), audit)
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestDailyReport)
#include "TestDailyReport.moc"
