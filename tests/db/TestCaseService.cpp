#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "SqlValues.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideRepository.h"

#include <QSqlQuery>
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
    Session signIn(const QString& name)
    {
        return m_accounts->signIn(name, QStringLiteral("Counter2026ok")).value();
    }

    Case accepted(const Session& clerk, const QString& item = QStringLiteral("P115"))
    {
        IntakeDraft d = draft(item);
        for (CaseMaterial& m : d.materials)
            m.state = CaseMaterial::State::Received;
        Result<Case> taken =
            m_cases->takeIn(clerk, d, IntakeDraft::Decision::Accept, QString(), m_guides);
        if (!taken)
            qFatal("%s", qPrintable(taken.error()));
        return taken.value();
    }

    QStringList auditActions()
    {
        QStringList actions;
        for (const AuditRecord& record : m_accounts->auditLog().list().value())
            actions.append(record.action);
        return actions;
    }

    int eventRows(const QString& caseId)
    {
        QSqlQuery query(m_database->connection());
        if (!execute(query, QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ?"),
                     {caseId}) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    }

    QString storedStatus(const QString& caseId)
    {
        QSqlQuery query(m_database->connection());
        if (!execute(query, QStringLiteral("SELECT status FROM case_file WHERE id = ?"),
                     {caseId}) ||
            !query.next())
            return QString();
        return query.value(0).toString();
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
        QVERIFY(m_accounts
                    ->addUser(admin,
                              {QStringLiteral("boss"),
                               QStringLiteral("王"),
                               Role::Supervisor,
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

    // 受理 → 审查 → 办结 → 送达 → 归档: each step one event with its user, time and note, the
    // status copy and an audit record; 归档 by the supervisor.
    void wholeLifeAfterAcceptance()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Session boss = signIn(QStringLiteral("boss"));
        const Case c = accepted(clerk);
        const QList<QPair<CaseStatus, const Session*>> steps = {{CaseStatus::UnderReview, &clerk},
                                                                {CaseStatus::Concluded, &clerk},
                                                                {CaseStatus::Delivered, &clerk},
                                                                {CaseStatus::Archived, &boss}};
        int events = 2;
        for (const auto& [to, session] : steps) {
            m_clock.advanceMinutes(30);
            const Result<Case> stepped =
                m_cases->advance(*session, c.id, to, QStringLiteral("备注 %1").arg(events));
            QVERIFY2(stepped.ok(), qPrintable(stepped.error()));
            QCOMPARE(stepped.value().status(), to);
            QCOMPARE(eventRows(c.id), ++events);
            QCOMPARE(storedStatus(c.id), CaseLifecycle::key(to));
            const CaseEvent& last = stepped.value().events.last();
            QCOMPARE(last.userName, session->user.name);
            QCOMPARE(last.at, m_clock.now());
            QCOMPARE(last.note, QStringLiteral("备注 %1").arg(events - 1));
            QVERIFY(auditActions().contains(QStringLiteral("case_") + CaseLifecycle::key(to)));
        }
        // After 归档 nothing follows, with a message saying so.
        const Result<Case> after = m_cases->advance(boss, c.id, CaseStatus::Delivered, QString());
        QVERIFY(!after.ok());
        QVERIFY2(after.error().contains(c.number), qPrintable(after.error()));
        QCOMPARE(eventRows(c.id), 6);
    }

    void stepsTheLifecycleDoesNotAllowAreRefusedClearly()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Case c = accepted(clerk);
        m_clock.advanceMinutes(5);
        // 受理 → 送达 skips 办结.
        const Result<Case> skipped =
            m_cases->advance(clerk, c.id, CaseStatus::Delivered, QString());
        QVERIFY(!skipped.ok());
        QVERIFY2(skipped.error().contains(QStringLiteral("cannot become")),
                 qPrintable(skipped.error()));
        QVERIFY2(skipped.error().contains(CaseLifecycle::displayName(CaseStatus::UnderReview)),
                 qPrintable(skipped.error())); // names what is possible
        // The counter's decisions are not later steps.
        QVERIFY(!m_cases->advance(clerk, c.id, CaseStatus::SupplementRequested, QString()).ok());
        QVERIFY(!m_cases->advance(clerk, c.id, CaseStatus::Accepted, QString()).ok());
        QCOMPARE(eventRows(c.id), 2);
        QCOMPARE(storedStatus(c.id), QStringLiteral("accepted"));
    }

    void rolesDecideWhoMayStep()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Session admin = signIn(QStringLiteral("admin"));
        const Case c = accepted(clerk);
        m_clock.advanceMinutes(5);
        const Result<Case> byAdmin =
            m_cases->advance(admin, c.id, CaseStatus::UnderReview, QString());
        QVERIFY(!byAdmin.ok());
        QVERIFY2(byAdmin.error().contains(QStringLiteral("may not")), qPrintable(byAdmin.error()));
        QVERIFY(m_cases->advance(clerk, c.id, CaseStatus::Withdrawn, QStringLiteral("申请人撤回"))
                    .ok());
        // 归档 is the supervisor's.
        m_clock.advanceMinutes(5);
        const Result<Case> archived =
            m_cases->advance(clerk, c.id, CaseStatus::Archived, QString());
        QVERIFY(!archived.ok());
        QVERIFY2(archived.error().contains(QStringLiteral("archive a case")),
                 qPrintable(archived.error()));
        QCOMPARE(storedStatus(c.id), QStringLiteral("withdrawn"));
    }

    void withdrawalNeedsItsReason()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Case c = accepted(clerk);
        m_clock.advanceMinutes(5);
        const Result<Case> bare =
            m_cases->advance(clerk, c.id, CaseStatus::Withdrawn, QStringLiteral("  "));
        QVERIFY(!bare.ok());
        QVERIFY2(bare.error().contains(QStringLiteral("reason")), qPrintable(bare.error()));
        QCOMPARE(eventRows(c.id), 2);
        const Result<Case> withdrawn = m_cases->advance(clerk, c.id, CaseStatus::Withdrawn,
                                                        QStringLiteral(" 申请人不再办理 "));
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.error()));
        QCOMPARE(withdrawn.value().events.last().note, QStringLiteral("申请人不再办理"));
        // 撤回 only from an open state: a concluded case is not withdrawn.
        const Case other = accepted(clerk);
        QVERIFY(m_cases->advance(clerk, other.id, CaseStatus::Concluded, QString()).ok());
        QVERIFY(
            !m_cases->advance(clerk, other.id, CaseStatus::Withdrawn, QStringLiteral("x")).ok());
    }

    void eventsDatedBeforeTheLastOneAreRefused()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Case c = accepted(clerk);
        m_clock.advanceMinutes(-10); // the workstation's clock was set back
        const Result<Case> early =
            m_cases->advance(clerk, c.id, CaseStatus::UnderReview, QString());
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("check the clock")),
                 qPrintable(early.error()));
        QCOMPARE(eventRows(c.id), 2);
        m_clock.advanceMinutes(10); // the same instant as the last event is fine
        QVERIFY(m_cases->advance(clerk, c.id, CaseStatus::UnderReview, QString()).ok());
    }

    // 补正 → 受理: what the notice listed arrived; accepted today, deadline from today.
    void suppliedMaterialsAcceptTheCase()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Result<Case> supplement =
            m_cases->takeIn(clerk, draft(QStringLiteral("P115")), IntakeDraft::Decision::Supplement,
                            QString(), m_guides);
        QVERIFY2(supplement.ok(), qPrintable(supplement.error()));
        QVERIFY(!supplement.value().missingMaterials().isEmpty());
        // Not through advance(): the acceptance carries its deadline.
        QVERIFY(
            !m_cases->advance(clerk, supplement.value().id, CaseStatus::Accepted, QString()).ok());
        m_clock.advanceMinutes(24 * 60 * 9); // brought on 10-09, after the National Day holiday
        const Session later = signIn(QStringLiteral("clerk")); // another shift
        const Result<Case> accepted = m_cases->acceptSupplied(
            later, supplement.value().id, QStringLiteral("材料已补齐"), m_guides);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        QCOMPARE(accepted.value().status(), CaseStatus::Accepted);
        QVERIFY(accepted.value().missingMaterials().isEmpty());
        QCOMPARE(accepted.value().acceptedOn, QDate(2025, 10, 9));
        // 10-10 (1), Sat 10-11 make-up (2), 10-13 (3), 10-14 (4), 10-15 (5).
        QCOMPARE(accepted.value().dueDate, QDate(2025, 10, 15));
        QCOMPARE(accepted.value().events.size(), 3);
        QVERIFY(auditActions().contains(QStringLiteral("case_accepted")));
        // Once accepted, not again.
        QVERIFY(!m_cases->acceptSupplied(later, supplement.value().id, QString(), m_guides).ok());
    }

    void aWaitingCaseMayBeRefusedWithReasons()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Case c = m_cases
                           ->takeIn(clerk, draft(QStringLiteral("P082")),
                                    IntakeDraft::Decision::Supplement, QString(), m_guides)
                           .value();
        m_clock.advanceMinutes(5);
        QVERIFY(!m_cases->advance(clerk, c.id, CaseStatus::Refused, QString()).ok());
        const Result<Case> refused =
            m_cases->advance(clerk, c.id, CaseStatus::Refused, QStringLiteral("逾期未补正"));
        QVERIFY2(refused.ok(), qPrintable(refused.error()));
        QCOMPARE(refused.value().status(), CaseStatus::Refused);
        QCOMPARE(refused.value().decisionNote, QStringLiteral("逾期未补正"));
        QCOMPARE(storedStatus(c.id), QStringLiteral("refused"));
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "TestCaseService.moc"
