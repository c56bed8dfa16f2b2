// 好差评: one rating per case, a bad one opens a rectification due on the working-day calendar.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideRepository.h"
#include "ratings/EvaluationRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestEvaluationRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // 2025-09-30 10:00 in Beijing: the day before the National Day holiday.
    test::ManualClock m_clock{QDateTime(QDate(2025, 9, 30), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<AccountService> m_accounts;
    WorkCalendar m_calendar;
    std::unique_ptr<AuditLog> m_audit;
    int m_counter = 0;

    // A case decided at the counter (refused: the decision needs no materials).
    QString decidedCase()
    {
        const Session clerk =
            m_accounts->signIn(QStringLiteral("admin2"), QStringLiteral("Counter2026ok")).value();
        CaseService service(*m_database, m_clock, m_calendar, *m_accounts);
        const QHash<QString, Guide> guides = GuideRepository(*m_database).latestAll().value();
        IntakeDraft d;
        d.applicant.name = QStringLiteral("张三");
        d.applicant.identifier = QStringLiteral("11010519491231002X");
        d.itemCodes = {QStringLiteral("P082")};
        (void)d.check(m_clock.now().toLocalTime().date());
        d.mergeChecklist(guides, GuideRepository(*m_database).dictionary().value());
        const Result<Case> taken = service.takeIn(clerk, d, IntakeDraft::Decision::Refuse,
                                                  QStringLiteral("不属于本机关职权范围"), guides);
        if (!taken)
            qFatal("%s", qPrintable(taken.error()));
        return taken.value().id;
    }

    int auditCount(const QString& action)
    {
        return int(m_audit->list({{}, {}, {}, action}).value().size());
    }

private slots:
    void init()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_audit.reset();
        m_accounts.reset();
        m_database.reset();
        auto prepared =
            DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter)),
                                   CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        m_database = std::move(prepared.value().database);
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        QVERIFY(m_accounts
                    ->setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                                QStringLiteral("admin"), QStringLiteral("管理员"),
                                QStringLiteral("Counter2026ok"))
                    .ok());
        const Session admin =
            m_accounts->signIn(QStringLiteral("admin"), QStringLiteral("Counter2026ok")).value();
        QVERIFY(m_accounts
                    ->addUser(admin,
                              {QStringLiteral("admin2"),
                               QStringLiteral("李"),
                               Role::Clerk,
                               {},
                               false,
                               true,
                               0,
                               {}},
                              QStringLiteral("Counter2026ok"))
                    .ok());
        m_calendar = CalendarData::load().value();
        m_audit = std::make_unique<AuditLog>(*m_database, m_clock, QStringLiteral("XC01"),
                                             QStringLiteral("3"));
    }

    void aGoodRatingIsStoredOnceAndOpensNothing()
    {
        const QString id = decidedCase();
        EvaluationRepository ratings(*m_database, m_calendar);
        const Evaluation five{id, 5, Evaluation::Channel::Window, m_clock.now(), QString()};
        const auto stored = ratings.record(five, QStringLiteral("admin2"), *m_audit);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QVERIFY(!stored.value().has_value());
        QCOMPARE(ratings.find(id).value(), std::optional<Evaluation>(five));
        QCOMPARE(auditCount(QStringLiteral("case_rated")), 1);

        // The second rating of the same case is refused with a message that says so, and
        // nothing changes (not even through another channel).
        const auto again = ratings.record({id, 1, Evaluation::Channel::Qr, m_clock.now(), {}},
                                          QStringLiteral("admin2"), *m_audit);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("already been rated")),
                 qPrintable(again.error()));
        QCOMPARE(ratings.find(id).value()->score, 5);
        QVERIFY(ratings.rectifications().value().isEmpty());
        QCOMPARE(auditCount(QStringLiteral("case_rated")), 1);
    }

    void aBadRatingOpensARectificationDueOnTheCalendar()
    {
        const QString id = decidedCase();
        EvaluationRepository ratings(*m_database, m_calendar);
        const auto stored = ratings.record(
            {id, 2, Evaluation::Channel::Qr, m_clock.now(), QStringLiteral("等太久")},
            QStringLiteral("admin2"), *m_audit);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QVERIFY(stored.value().has_value());
        // Rated 2025-09-30; 10-01..10-08 off; 10-09, 10-10, Sat 10-11 (make-up), 10-13, 10-14.
        QCOMPARE(stored.value()->openedOn, QDate(2025, 9, 30));
        QCOMPARE(stored.value()->dueDate, QDate(2025, 10, 14));
        QCOMPARE(stored.value()->workingDays, 5);

        const QList<Rectification> open =
            ratings.rectifications(EvaluationRepository::Which::Open).value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().caseNumber, QStringLiteral("XC01-03-20250930-0001"));
        QCOMPARE(open.first().score, 2);
        QVERIFY(!open.first().isClosed());

        QVERIFY(ratings
                    .recordCallBack(id, QStringLiteral("已电话回访，申请人认可解释"),
                                    QStringLiteral("admin2"), *m_audit)
                    .ok());
        QVERIFY(
            !ratings
                 .close(id, QStringLiteral("  "), m_clock.now(), QStringLiteral("admin2"), *m_audit)
                 .ok());
        const QDateTime closedAt = m_clock.now().addDays(2);
        QVERIFY(ratings
                    .close(id, QStringLiteral("窗口增设引导员"), closedAt, QStringLiteral("admin2"),
                           *m_audit)
                    .ok());
        QVERIFY(ratings.rectifications(EvaluationRepository::Which::Open).value().isEmpty());
        const QList<Rectification> closed =
            ratings.rectifications(EvaluationRepository::Which::Closed).value();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().callbackRecord, QStringLiteral("已电话回访，申请人认可解释"));
        QCOMPARE(closed.first().closingNote, QStringLiteral("窗口增设引导员"));
        QCOMPARE(closed.first().closedAt, closedAt);
        // A closed one cannot be closed again.
        QVERIFY(
            !ratings
                 .close(id, QStringLiteral("again"), closedAt, QStringLiteral("admin2"), *m_audit)
                 .ok());
    }

    void theRectificationDeadlineIsConfigurable()
    {
        const QString id = decidedCase();
        EvaluationRepository ratings(*m_database, m_calendar);
        const auto stored = ratings.record({id, 1, Evaluation::Channel::Phone, m_clock.now(), {}},
                                           QStringLiteral("admin2"), *m_audit, 1);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored.value()->dueDate, QDate(2025, 10, 9));
    }

    void badInputIsRefusedAndNothingStored()
    {
        const QString id = decidedCase();
        EvaluationRepository ratings(*m_database, m_calendar);
        for (const int score : {0, 6, -1}) {
            const auto r =
                ratings.record({id, score, Evaluation::Channel::Window, m_clock.now(), {}},
                               QStringLiteral("admin2"), *m_audit);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(QString::number(score)), qPrintable(r.error()));
        }
        const auto unknown = ratings.record({QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                             5,
                                             Evaluation::Channel::Window,
                                             m_clock.now(),
                                             {}},
                                            QStringLiteral("admin2"), *m_audit);
        QVERIFY(!unknown.ok());
        QVERIFY(!ratings
                     .record({id, 5, Evaluation::Channel::Window, m_clock.now(), {}},
                             QStringLiteral("admin2"), *m_audit, 0)
                     .ok());
        QVERIFY(!ratings.find(id).value().has_value());
        QCOMPARE(auditCount(QStringLiteral("case_rated")), 0);
    }

    void anUndecidedCaseCannotBeRated()
    {
        Case draft;
        draft.centerCode = QStringLiteral("XC01");
        draft.window = 3;
        draft.clerk = QStringLiteral("admin2");
        draft.receivedAt = m_clock.now();
        draft.applicant.name = QStringLiteral("张三");
        draft.applicant.identifier = QStringLiteral("11010519491231002X");
        draft.itemCodes = {QStringLiteral("P082")};
        draft.events = {{CaseStatus::Received, m_clock.now(), QStringLiteral("admin2"), {}}};
        const Result<Case> received = CaseRepository(*m_database).create(draft, *m_audit);
        QVERIFY2(received.ok(), qPrintable(received.error()));
        EvaluationRepository ratings(*m_database, m_calendar);
        const auto r =
            ratings.record({received.value().id, 5, Evaluation::Channel::Window, m_clock.now(), {}},
                           QStringLiteral("admin2"), *m_audit);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("not decided")), qPrintable(r.error()));
    }

    void theDatabaseItselfRefusesASecondRating()
    {
        // Even past the repository (another program, a sync), case_id is the key.
        const QString id = decidedCase();
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) "
                                          "VALUES ('%1', 4, 'window', '2025-09-30T02:00:00.000Z')")
                               .arg(id)));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) "
                                           "VALUES ('%1', 3, 'qr', '2025-09-30T03:00:00.000Z')")
                                .arg(id)));
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) "
                                       "VALUES ('x', 9, 'window', '2025-09-30T03:00:00.000Z')")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationRepository)
#include "TestEvaluationRepository.moc"
