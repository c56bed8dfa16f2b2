// 上门服务 in the workstation database: an appointment is booked with every field checked, listed
// by day, looked at (audited), cancelled with a reason, or visited when the case taken at home is
// stored — the case and the link in one transaction. Counts by state feed the dashboard.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "SqlValues.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "cases/HomeVisitRepository.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestHomeVisitRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // 2025-09-30 10:00 in Beijing.
    test::ManualClock m_clock{QDateTime(QDate(2025, 9, 30), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<AccountService> m_accounts;
    WorkCalendar m_calendar;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<HomeVisitRepository> m_visits;
    QHash<QString, Guide> m_guides;
    int m_counter = 0;

    Session signIn(const QString& name)
    {
        return m_accounts->signIn(name, QStringLiteral("Counter2026ok")).value();
    }

    void addUser(const Session& admin, const QString& name, Role role, bool active = true)
    {
        QVERIFY(m_accounts
                    ->addUser(admin, {name, name, role, {}, false, true, 0, {}},
                              QStringLiteral("Counter2026ok"))
                    .ok());
        if (!active) {
            QSqlQuery query(m_database->connection());
            QVERIFY(execute(query,
                            QStringLiteral("UPDATE user_account SET active = 0 WHERE name = ?"),
                            {name}));
        }
    }

    static HomeVisit visit()
    {
        HomeVisit v;
        v.applicantIdentifier = QStringLiteral("11010519491231002x");
        v.applicantName = QStringLiteral(" 张三 ");
        v.phone = QStringLiteral("138 1234 5678");
        v.address = QStringLiteral("西城区金融街 7 号 3 单元 402");
        v.reason = HomeVisit::Reason::Elderly;
        v.itemCodes = {QStringLiteral("P115"), QStringLiteral("P115")};
        v.date = QDate(2025, 10, 9);
        v.slotStart = QTime(9, 0);
        v.slotEnd = QTime(10, 30);
        v.staff = QStringLiteral("helper");
        return v;
    }

    int rows(const QString& table)
    {
        QSqlQuery query(m_database->connection());
        if (!execute(query, QStringLiteral("SELECT count(*) FROM ") + table, {}) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    QList<AuditRecord> audit(const QString& action)
    {
        QList<AuditRecord> found;
        for (const AuditRecord& r : m_accounts->auditLog().list().value())
            if (r.action == action)
                found.append(r);
        return found;
    }

    Result<Case> takeCase(const Session& session, const HomeVisit& v)
    {
        IntakeDraft d;
        d.applicant.name = v.applicantName;
        d.applicant.identifier = v.applicantIdentifier;
        d.applicant.phone = v.phone;
        d.itemCodes = v.itemCodes;
        (void)d.check(m_clock.now().toLocalTime().date());
        d.mergeChecklist(m_guides, GuideRepository(*m_database).dictionary().value());
        for (CaseMaterial& m : d.materials)
            m.state = CaseMaterial::State::Received;
        return m_cases->takeIn(session, d, IntakeDraft::Decision::Accept, QString(), m_guides);
    }

private slots:
    void init()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_visits.reset();
        m_cases.reset();
        m_accounts.reset();
        m_database.reset();
        auto prepared =
            DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++m_counter)),
                                   CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        m_database = std::move(prepared.value().database);
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        QVERIFY(m_accounts
                    ->setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                                QStringLiteral("admin"), QStringLiteral("管理员"),
                                QStringLiteral("Counter2026ok"))
                    .ok());
        const Session admin = signIn(QStringLiteral("admin"));
        addUser(admin, QStringLiteral("helper"), Role::Assisted);
        addUser(admin, QStringLiteral("clerk"), Role::Clerk);
        addUser(admin, QStringLiteral("gone"), Role::Assisted, false);
        m_calendar = CalendarData::load().value();
        m_cases = std::make_unique<CaseService>(*m_database, m_clock, m_calendar, *m_accounts);
        m_visits = std::make_unique<HomeVisitRepository>(*m_database, m_clock, *m_accounts);
        m_guides = GuideRepository(*m_database).latestAll().value();
    }

    void aBookingIsStoredNormalisedAndAuditedMasked()
    {
        const Session helper = signIn(QStringLiteral("helper"));
        const Result<HomeVisit> booked = m_visits->book(helper, visit());
        QVERIFY2(booked.ok(), qPrintable(booked.error()));
        QCOMPARE(booked.value().state, HomeVisit::State::Booked);
        QCOMPARE(booked.value().bookedBy, QStringLiteral("helper"));

        const auto listed = m_visits->list(helper, QDate(2025, 10, 1), QDate(2025, 10, 31));
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        const HomeVisit& v = listed.value().first();
        QCOMPARE(v.applicantIdentifier, QStringLiteral("11010519491231002X"));
        QCOMPARE(v.applicantName, QStringLiteral("张三"));
        QCOMPARE(v.phone, QStringLiteral("13812345678"));
        QCOMPARE(v.itemCodes, QStringList{QStringLiteral("P115")}); // the repeat dropped
        QCOMPARE(v.slotStart, QTime(9, 0));
        QCOMPARE(v.slotEnd, QTime(10, 30));
        QCOMPARE(v.date, QDate(2025, 10, 9));
        QCOMPARE(v, booked.value());
        // Outside the period, or of another state: not listed.
        QCOMPARE(m_visits->list(helper, QDate(2025, 10, 10), QDate(2025, 10, 31)).value().size(),
                 0);
        QCOMPARE(
            m_visits
                ->list(helper, QDate(2025, 10, 1), QDate(2025, 10, 31), QStringLiteral("visited"))
                .value()
                .size(),
            0);
        QVERIFY(
            !m_visits->list(helper, QDate(2025, 10, 1), QDate(2025, 10, 31), QStringLiteral("done"))
                 .ok());

        const QList<AuditRecord> records = audit(QStringLiteral("home_visit_booked"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().subject, QStringLiteral("2025-10-09 110105********002X"));
        QVERIFY(!records.first().detail.contains(QStringLiteral("1381234")));
    }

    void everyWrongFieldIsNamedAndNothingIsStored()
    {
        const Session helper = signIn(QStringLiteral("helper"));
        HomeVisit bad;
        bad.applicantIdentifier = QStringLiteral("110105194912310021"); // wrong check character
        bad.phone = QStringLiteral("12345");
        bad.address = QStringLiteral("西城");
        bad.reason = HomeVisit::Reason::Other; // needs notes
        bad.date = QDate(2025, 9, 29);         // yesterday
        bad.slotStart = QTime(11, 0);
        bad.slotEnd = QTime(10, 0);
        const Result<HomeVisit> refused = m_visits->book(helper, bad);
        QVERIFY(!refused.ok());
        const QString message = refused.error();
        for (const char* expected :
             {"Resident ID number", "applicant's name", "Phone", "address is too short",
              "at least one item", "in the past", "ends (10:00) before it starts (11:00)",
              "who makes the visit", "notes why"})
            QVERIFY2(
                message.contains(QString::fromUtf8(expected)),
                qPrintable(
                    QStringLiteral("%1 not in:\n%2").arg(QString::fromUtf8(expected), message)));
        QCOMPARE(rows(QStringLiteral("home_visit")), 0);
        QCOMPARE(audit(QStringLiteral("home_visit_booked")).size(), 0);

        HomeVisit far = visit();
        far.date = QDate(2026, 3, 1);
        QVERIFY(m_visits->book(helper, far).error().contains(QStringLiteral("90 days ahead")));
        HomeVisit night = visit();
        night.slotEnd = QTime(21, 0);
        QVERIFY(m_visits->book(helper, night).error().contains(QStringLiteral("20:00")));
        HomeVisit nobody = visit();
        nobody.staff = QStringLiteral("ghost");
        QVERIFY(m_visits->book(helper, nobody).error().contains(QStringLiteral("no user ghost")));
        HomeVisit inactive = visit();
        inactive.staff = QStringLiteral("gone");
        QVERIFY(m_visits->book(helper, inactive).error().contains(QStringLiteral("deactivated")));
        QCOMPARE(rows(QStringLiteral("home_visit")), 0);
    }

    void onlyTheAssistedServiceRoleBooksAndLists()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        QVERIFY(!m_visits->book(clerk, visit()).ok());
        QVERIFY(!m_visits->list(clerk, QDate(2025, 10, 1), QDate(2025, 10, 31)).ok());
        QCOMPARE(rows(QStringLiteral("home_visit")), 0);
    }

    void lookingAtTheDetailsIsAudited()
    {
        const Session helper = signIn(QStringLiteral("helper"));
        const HomeVisit booked = m_visits->book(helper, visit()).value();
        const Result<HomeVisit> opened = m_visits->open(helper, booked.id);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value().phone, QStringLiteral("13812345678"));
        const QList<AuditRecord> looks = audit(QStringLiteral("home_visit_viewed"));
        QCOMPARE(looks.size(), 1);
        QCOMPARE(looks.first().userName, QStringLiteral("helper"));
        QVERIFY(!looks.first().subject.contains(QStringLiteral("19491231")));
        QVERIFY(!m_visits->open(helper, QStringLiteral("no-such-visit")).ok());
    }

    void theCaseTakenAtHomeMarksTheVisitVisited()
    {
        const Session helper = signIn(QStringLiteral("helper"));
        const HomeVisit booked = m_visits->book(helper, visit()).value();
        const Result<Case> taken =
            m_visits->takeIn(helper, booked.id, [&] { return takeCase(helper, booked); });
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        const auto linked = m_visits->visitOfCase(taken.value().id);
        QVERIFY(linked.ok() && linked.value());
        QCOMPARE(linked.value()->id, booked.id);
        QCOMPARE(linked.value()->state, HomeVisit::State::Visited);
        QCOMPARE(linked.value()->caseNumber, taken.value().number);
        QCOMPARE(audit(QStringLiteral("home_visit_visited")).size(), 1);
        QCOMPARE(audit(QStringLiteral("home_visit_visited")).first().detail, taken.value().number);

        // A visited appointment takes no second case and cannot be cancelled.
        bool called = false;
        const Result<Case> again = m_visits->takeIn(helper, booked.id, [&] {
            called = true;
            return takeCase(helper, booked);
        });
        QVERIFY(!again.ok());
        QVERIFY(!called);
        QCOMPARE(rows(QStringLiteral("case_file")), 1);
        QVERIFY(!m_visits->cancel(helper, booked.id, QStringLiteral("不用了")).ok());
    }

    void aCaseThatFailsLeavesTheVisitBooked()
    {
        const Session helper = signIn(QStringLiteral("helper"));
        const HomeVisit booked = m_visits->book(helper, visit()).value();
        HomeVisit wrong = booked;
        wrong.itemCodes = {QStringLiteral("NO-SUCH-ITEM")};
        const Result<Case> refused =
            m_visits->takeIn(helper, booked.id, [&] { return takeCase(helper, wrong); });
        QVERIFY(!refused.ok());
        QCOMPARE(rows(QStringLiteral("case_file")), 0);
        const auto listed = m_visits->list(helper, booked.date, booked.date).value();
        QCOMPARE(listed.first().state, HomeVisit::State::Booked);
        QVERIFY(listed.first().caseId.isEmpty());
    }

    void cancellingNeedsAReasonAndIsCounted()
    {
        const Session helper = signIn(QStringLiteral("helper"));
        const HomeVisit first = m_visits->book(helper, visit()).value();
        HomeVisit other = visit();
        other.date = QDate(2025, 10, 10);
        other.reason = HomeVisit::Reason::Ill;
        const HomeVisit second = m_visits->book(helper, other).value();
        QVERIFY(!m_visits->cancel(helper, first.id, QStringLiteral("  ")).ok());
        const Result<HomeVisit> cancelled =
            m_visits->cancel(helper, first.id, QStringLiteral("已住院"));
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value().state, HomeVisit::State::Cancelled);
        QVERIFY(cancelled.value().notes.endsWith(QStringLiteral("helper] 已住院")));
        QCOMPARE(audit(QStringLiteral("home_visit_cancelled")).size(), 1);
        QVERIFY(!m_visits->cancel(helper, first.id, QStringLiteral("again")).ok());

        QVERIFY(m_visits->takeIn(helper, second.id, [&] { return takeCase(helper, second); }).ok());
        HomeVisit third = visit();
        third.date = QDate(2025, 10, 20);
        QVERIFY(m_visits->book(helper, third).ok());
        const auto counts =
            HomeVisitRepository::countByState(*m_database, QDate(2025, 10, 1), QDate(2025, 10, 31));
        QVERIFY(counts.ok());
        QCOMPARE(counts.value(), (HomeVisitCounts{1, 1, 1}));
        QCOMPARE(
            HomeVisitRepository::countByState(*m_database, QDate(2025, 10, 10), QDate(2025, 10, 10))
                .value(),
            (HomeVisitCounts{0, 1, 0}));
        // One staff member's visits only (the dashboard's one-clerk scope).
        QCOMPARE(HomeVisitRepository::countByState(*m_database, QDate(2025, 10, 1),
                                                   QDate(2025, 10, 31), QStringLiteral("helper"))
                     .value(),
                 (HomeVisitCounts{1, 1, 1}));
        QCOMPARE(HomeVisitRepository::countByState(*m_database, QDate(2025, 10, 1),
                                                   QDate(2025, 10, 31), QStringLiteral("clerk"))
                     .value(),
                 (HomeVisitCounts{}));
    }

    void theSchemaRefusesAVisitedAppointmentWithoutItsCase()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(!execute(
            query,
            QStringLiteral(
                "INSERT INTO home_visit (id, applicant_identifier, applicant_name, phone, address, "
                "reason, item_codes, visit_date, slot_start, slot_end, staff, state, booked_by, "
                "booked_at, updated_at) VALUES ('00000000-0000-0000-0000-000000000001', "
                "'11010519491231002X', '张三', '13812345678', '西城区金融街 7 号', 'elderly', "
                "'[\"P115\"]', '2025-10-09', '09:00', '10:00', 'helper', 'visited', 'helper', "
                "'2025-09-30T02:00:00.000Z', '2025-09-30T02:00:00.000Z')"),
            {}));
        QVERIFY(failureText(query).contains(QStringLiteral("CHECK")));
    }
};

QTEST_MAIN(TestHomeVisitRepository)
#include "TestHomeVisitRepository.moc"
