#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "access/AccountService.h"
#include "calendar/CalendarData.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestCaseService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // 2025-09-30 10:00 in Beijing: the day before the National Day holiday.
    test::ManualClock m_clock{QDateTime(QDate(2025, 9, 30), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<AccountService> m_accounts;
    WorkCalendar m_calendar;
    std::unique_ptr<CaseService> m_cases;
    QHash<QString, Guide> m_guides;
    int m_counter = 0;

    IntakeDraft draft(const QString& item)
    {
        IntakeDraft d;
        d.applicant.name = QStringLiteral("张三");
        d.applicant.identifier = QStringLiteral("11010519491231002X");
        d.applicant.phone = QStringLiteral("13812345678");
        d.itemCodes = {item};
        (void)d.check(m_clock.now().toLocalTime().date());
        d.mergeChecklist(m_guides, GuideRepository(*m_database).dictionary().value());
        return d;
    }

private slots:
    void init()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_cases.reset();
        m_accounts.reset();
        m_database.reset();
        auto prepared =
            DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)),
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
                              {QStringLiteral("clerk"),
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
        m_cases = std::make_unique<CaseService>(*m_database, m_clock, m_calendar, *m_accounts);
        m_guides = GuideRepository(*m_database).latestAll().value();
    }

    void acceptanceDeadlineCrossesNationalDay()
    {
        const Session clerk =
            m_accounts->signIn(QStringLiteral("clerk"), QStringLiteral("Counter2026ok")).value();
        IntakeDraft d = draft(QStringLiteral("P115"));
        const int days = CaseService::promisedWorkingDays(d.itemCodes, m_guides);
        QCOMPARE(days, 5);
        for (CaseMaterial& m : d.materials)
            m.state = CaseMaterial::State::Received;
        const Result<Case> taken =
            m_cases->takeIn(clerk, d, IntakeDraft::Decision::Accept, QString(), m_guides);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QCOMPARE(taken.value().number, QStringLiteral("XC01-03-20250930-0001"));
        QCOMPARE(taken.value().status(), CaseStatus::Accepted);
        QCOMPARE(taken.value().acceptedOn, QDate(2025, 9, 30));
        // 10-01..10-08 off; 10-09 (1), 10-10 (2), Sat 10-11 make-up (3), 10-13 (4), 10-14 (5).
        QCOMPARE(taken.value().dueDate, QDate(2025, 10, 14));
        QVERIFY(!taken.value().dueProvisional);
        QCOMPARE(taken.value().calendarVersion, QStringLiteral("2025-1"));
    }

    void supplementAndRefusalAreStoredWithTheirEvent()
    {
        const Session clerk =
            m_accounts->signIn(QStringLiteral("clerk"), QStringLiteral("Counter2026ok")).value();
        const Result<Case> supplement =
            m_cases->takeIn(clerk, draft(QStringLiteral("P082")), IntakeDraft::Decision::Supplement,
                            QString(), m_guides);
        QVERIFY2(supplement.ok(), qPrintable(supplement.error()));
        QCOMPARE(supplement.value().status(), CaseStatus::SupplementRequested);
        const Result<Case> refused =
            m_cases->takeIn(clerk, draft(QStringLiteral("P082")), IntakeDraft::Decision::Refuse,
                            QStringLiteral("不属于本机关职权范围"), m_guides);
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().status(), CaseStatus::Refused);
        QCOMPARE(refused.value().decisionNote, QStringLiteral("不属于本机关职权范围"));
        QCOMPARE(refused.value().number, QStringLiteral("XC01-03-20250930-0002"));
    }

    void nothingIsStoredWhenTheDecisionCannotBeMade()
    {
        const Session clerk =
            m_accounts->signIn(QStringLiteral("clerk"), QStringLiteral("Counter2026ok")).value();
        // Everything missing: acceptance is refused before anything is written.
        QVERIFY(!m_cases
                     ->takeIn(clerk, draft(QStringLiteral("P082")), IntakeDraft::Decision::Accept,
                              QString(), m_guides)
                     .ok());
        const Session admin =
            m_accounts->signIn(QStringLiteral("admin"), QStringLiteral("Counter2026ok")).value();
        QVERIFY(!m_cases
                     ->takeIn(admin, draft(QStringLiteral("P082")), IntakeDraft::Decision::Refuse,
                              QStringLiteral("x"), m_guides)
                     .ok());
        QCOMPARE(CaseRepository(*m_database).count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "TestCaseService.moc"
