// Cases and the applicants' archive in a real database file: numbering per window and day, the
// case stored and read back whole, the archive, the event log's rules, decisions stored all or
// nothing, the audit records and what they must never contain.
#include "Database.h"
#include "ManualClock.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "migrations/Migrator.h"
#include "security/PersonalData.h"
#include "validation/IdNumber.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ow;

namespace {

// A resident ID with its right check character: 17 digits + MOD 11-2.
QString residentId(const QString& first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

const QString ApplicantId = residentId(QStringLiteral("37040219850312123"));
const QString AgentId = residentId(QStringLiteral("37040319900101456"));
const QString Phone = QStringLiteral("13812345678");
const QString CreditCodeText = QStringLiteral("91350100M000100Y43");

const QDate Day1(2026, 11, 30);
const QDate Day2(2026, 12, 1);

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)); // local time: the hall's day
}

Applicant person(const QString& identifier = ApplicantId)
{
    Applicant applicant;
    applicant.kind = Applicant::Kind::Person;
    applicant.name = QStringLiteral("张三");
    applicant.identifier = identifier;
    applicant.phone = Phone;
    applicant.address = QStringLiteral("枣庄市薛城区泰山南路1号");
    applicant.birthDate = QDate(1985, 3, 12);
    return applicant;
}

CaseMaterial material(const QString& key, const QString& name, CaseMaterial::State state)
{
    CaseMaterial m;
    m.key = key;
    m.name = name;
    m.form = MaterialForm::Copy;
    m.copies = 1;
    m.required = true;
    m.itemCodes = {QStringLiteral("P001")};
    m.state = state;
    return m;
}

Case draft(int window, const QDateTime& receivedAt, const Applicant& applicant = person())
{
    Case c;
    c.centerCode = QStringLiteral("XC01");
    c.window = window;
    c.clerk = QStringLiteral("clerk.li");
    c.receivedAt = receivedAt;
    c.applicant = applicant;
    c.itemCodes = {QStringLiteral("P001"), QStringLiteral("P002")};
    c.guideVersions = QStringLiteral("P001:1 P002:1");
    c.materials = {material(QStringLiteral("id_card"), QStringLiteral("居民身份证"),
                            CaseMaterial::State::Received),
                   material(QStringLiteral("household_register"), QStringLiteral("户口簿"),
                            CaseMaterial::State::Missing)};
    c.events = {CaseEvent{CaseStatus::Received, receivedAt, QStringLiteral("clerk.li"), {}}};
    return c;
}

// What differs between two cases, field by field ("" when none): what Case's defaulted
// operator== would say, which cannot be called while CaseEvent has no operator== of its own.
QString difference(const Case& a, const Case& b)
{
    QStringList fields;
    const auto compare = [&fields](bool same, const char* name) {
        if (!same)
            fields.append(QLatin1String(name));
    };
    compare(a.id == b.id, "id");
    compare(a.number == b.number, "number");
    compare(a.centerCode == b.centerCode, "centerCode");
    compare(a.window == b.window, "window");
    compare(a.clerk == b.clerk, "clerk");
    compare(a.receivedAt == b.receivedAt, "receivedAt");
    compare(a.applicant == b.applicant, "applicant");
    compare(a.agent == b.agent, "agent");
    compare(a.itemCodes == b.itemCodes, "itemCodes");
    compare(a.sceneCode == b.sceneCode, "sceneCode");
    compare(a.guideVersions == b.guideVersions, "guideVersions");
    compare(a.materials == b.materials, "materials");
    bool sameEvents = a.events.size() == b.events.size();
    for (qsizetype i = 0; sameEvents && i < a.events.size(); ++i) {
        const CaseEvent& x = a.events.at(i);
        const CaseEvent& y = b.events.at(i);
        sameEvents = x.to == y.to && x.at == y.at && x.userName == y.userName && x.note == y.note;
    }
    compare(sameEvents, "events");
    compare(a.acceptedOn == b.acceptedOn, "acceptedOn");
    compare(a.dueDate == b.dueDate, "dueDate");
    compare(a.dueProvisional == b.dueProvisional, "dueProvisional");
    compare(a.calendarVersion == b.calendarVersion, "calendarVersion");
    compare(a.decisionNote == b.decisionNote, "decisionNote");
    compare(a.greenChannel == b.greenChannel, "greenChannel");
    return fields.join(QStringLiteral(", "));
}

} // namespace

#define COMPARE_CASES(actual, expected)                                                            \
    do {                                                                                           \
        const QString differs = difference((actual), (expected));                                  \
        QVERIFY2(differs.isEmpty(), qPrintable(QStringLiteral("cases differ in ") + differs));     \
    } while (false)

class TestCaseRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    test::ManualClock m_clock;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CaseRepository> m_cases;
    int m_counter = 0;

    Case create(const Case& c)
    {
        const Result<Case> created = m_cases->create(c, *m_audit);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        return created.value();
    }

    int scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next())
            qFatal("%s", qPrintable(sql));
        return query.value(0).toInt();
    }

    QString text(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next())
            qFatal("%s", qPrintable(sql));
        return query.value(0).isNull() ? QStringLiteral("<null>") : query.value(0).toString();
    }

    QStringList auditActions()
    {
        QStringList actions;
        for (const AuditRecord& record : m_audit->list().value())
            actions.append(record.action);
        return actions;
    }

private slots:
    void initTestCase()
    {
        // The hall's clock: a case's day is its local date, which is not the UTC date at 7:59.
        qputenv("TZ", "CST-8");
        QCOMPARE(at(Day1, 7, 59).toUTC().date(), Day1.addDays(-1));
    }

    void init()
    {
        m_cases.reset();
        m_audit.reset();
        m_database.reset();
        auto opened = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_database = std::move(opened.value());
        const Status migrated = Migrator::migrate(*m_database);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        m_audit = std::make_unique<AuditLog>(*m_database, m_clock, QStringLiteral("XC01"),
                                             QStringLiteral("3"));
        m_cases = std::make_unique<CaseRepository>(*m_database);
    }

    void cleanup()
    {
        m_cases.reset();
        m_audit.reset();
        m_database.reset();
    }

    void numbersRunPerWindowAndDay()
    {
        QCOMPARE(create(draft(3, at(Day1, 9))).number, QStringLiteral("XC01-03-20261130-0001"));
        QCOMPARE(create(draft(3, at(Day1, 9, 5))).number, QStringLiteral("XC01-03-20261130-0002"));
        // Another window of the same hall, the same day: its own numbers.
        QCOMPARE(create(draft(5, at(Day1, 9, 7))).number, QStringLiteral("XC01-05-20261130-0001"));
        QCOMPARE(create(draft(3, at(Day1, 16))).number, QStringLiteral("XC01-03-20261130-0003"));
        // The next day starts again at 1.
        QCOMPARE(create(draft(3, at(Day2, 8, 30))).number, QStringLiteral("XC01-03-20261201-0001"));
        QCOMPARE(create(draft(5, at(Day2, 8, 31))).number, QStringLiteral("XC01-05-20261201-0001"));
        QCOMPARE(m_cases->count().value(), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT id) FROM case_file")), 6);
    }

    void createdCaseLoadsBackEqual()
    {
        Case c = draft(3, QDateTime(Day1, QTime(9, 12, 34, 567)));
        c.agent = Agent{QStringLiteral("李四"), AgentId, QStringLiteral("139 1234 5678"),
                        QStringLiteral("授权委托书")};
        c.sceneCode = QStringLiteral("P1.1");
        c.greenChannel = true;
        c.applicant.disabled = true;
        c.applicant.disabilityCertificate = QStringLiteral("37040219850312123X42");
        c.materials[0].conditions = {QStringLiteral("本人办理")};
        c.materials[0].scans = {QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))};
        c.materials[0].pages = 2;
        c.materials[0].form = MaterialForm::Original;
        c.materials[1].required = false;
        c.materials[1].state = CaseMaterial::State::Waived;
        c.materials[1].form = MaterialForm::Electronic;
        c.materials[1].copies = 0;
        c.materials[1].note = QStringLiteral("电子证照");
        c.events.append(CaseEvent{CaseStatus::Withdrawn, c.receivedAt.addSecs(60), c.clerk,
                                  QStringLiteral("本人撤回")});

        const Case created = create(c);
        QVERIFY(!QUuid::fromString(created.id).isNull());
        QCOMPARE(created.number, QStringLiteral("XC01-03-20261130-0001"));
        Case expected = c;
        expected.id = created.id;
        expected.number = created.number;
        expected.agent->phone = QStringLiteral("13912345678"); // normalised
        COMPARE_CASES(created, expected);

        const Result<Case> loaded = m_cases->load(created.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value().receivedAt, c.receivedAt);
        QCOMPARE(loaded.value().materials.size(), 2);
        QCOMPARE(loaded.value().materials.at(0).scans, c.materials.at(0).scans);
        QCOMPARE(loaded.value().events.size(), 2);
        QVERIFY(loaded.value().agent.has_value());
        QCOMPARE(loaded.value().agent->idNumber, AgentId);
        COMPARE_CASES(loaded.value(), expected);
        QCOMPARE(loaded.value().status(), CaseStatus::Withdrawn);
        QCOMPARE(text(QStringLiteral("SELECT status FROM case_file")), QStringLiteral("withdrawn"));

        const auto found = m_cases->findByNumber(QStringLiteral(" xc01-03-20261130-0001 "));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found.value().has_value());
        COMPARE_CASES(*found.value(), expected);
        QVERIFY(!m_cases->findByNumber(QStringLiteral("XC01-03-20261130-0002")).value());
        QVERIFY(!m_cases->findByNumber(QStringLiteral("not a number")).value());
        const Result<Case> unknown = m_cases->load(QStringLiteral("no-such-id"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(m_database->path()), qPrintable(unknown.error()));

        // A case without an agent stores none, and an id given by the window is kept.
        Case plain = draft(3, at(Day1, 10));
        plain.id = QStringLiteral("6f1c2a0e-1111-4b6e-9a51-000000000001");
        const Case stored = create(plain);
        QCOMPARE(stored.id, plain.id);
        QVERIFY(!m_cases->load(plain.id).value().agent.has_value());
        COMPARE_CASES(m_cases->load(plain.id).value(), stored);
    }

    void draftsAreCheckedBeforeAnythingIsStored_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad ID") << 0 << QStringLiteral("resident ID number is not valid");
        QTest::newRow("no events") << 1 << QStringLiteral("no event");
        QTest::newRow("not begun with received") << 2 << QStringLiteral("must begin with");
        QTest::newRow("lower-case centre") << 3 << QStringLiteral("centre code");
        QTest::newRow("bad phone") << 4 << QStringLiteral("phone number is not valid");
        QTest::newRow("agent without authorization") << 5 << QStringLiteral("authorization");
        QTest::newRow("no item") << 6 << QStringLiteral("at least one item");
    }

    void draftsAreCheckedBeforeAnythingIsStored()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        Case c = draft(3, at(Day1, 9));
        switch (which) {
        case 0:
            c.applicant.identifier = QStringLiteral("370402198503121230");
            if (c.applicant.identifier == ApplicantId)
                c.applicant.identifier = QStringLiteral("370402198503121231");
            break;
        case 1:
            c.events.clear();
            break;
        case 2:
            c.events.first().to = CaseStatus::Accepted;
            break;
        case 3:
            c.centerCode = QStringLiteral("xc01");
            break;
        case 4:
            c.applicant.phone = QStringLiteral("12345");
            break;
        case 5:
            c.agent = Agent{QStringLiteral("李四"), AgentId, QString(), QString()};
            break;
        case 6:
            c.itemCodes.clear();
            break;
        }
        const Result<Case> refused = m_cases->create(c, *m_audit);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
        QCOMPARE(m_cases->count().value(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM applicant")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void enterprisesAreArchivedByCreditCode()
    {
        Applicant company;
        company.kind = Applicant::Kind::Enterprise;
        company.name = QStringLiteral("枣庄市示例科技有限公司");
        company.identifier = CreditCodeText.toLower();
        company.legalRepresentative = QStringLiteral("王五");
        company.contactName = QStringLiteral("赵六");
        const Case created = create(draft(3, at(Day1, 9), company));
        QCOMPARE(created.applicant.identifier, CreditCodeText); // normalised
        const auto row = m_cases->applicant(CreditCodeText);
        QVERIFY(row.ok() && row.value());
        QCOMPARE(row.value()->kind, Applicant::Kind::Enterprise);
        QCOMPARE(row.value()->legalRepresentative, QStringLiteral("王五"));
        QCOMPARE(m_cases->archive(CreditCodeText.toLower()).value().size(), 1);
    }

    void applicantRowIsReusedAndArchiveListsEveryCase()
    {
        const Case first = create(draft(3, at(Day1, 9)));
        COMPARE_CASES(m_cases->load(first.id).value(), first);
        Applicant moved = person(ApplicantId.toLower());
        moved.phone = QStringLiteral("+86 139-0000-1111");
        moved.address = QStringLiteral("枣庄市市中区光明路2号");
        const Case second = create(draft(5, at(Day2, 10), moved));
        create(draft(3, at(Day2, 11),
                     person(residentId(QStringLiteral("37040219700101001"))))); // someone else

        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM applicant")), 2);
        const auto row = m_cases->applicant(ApplicantId);
        QVERIFY2(row.ok(), qPrintable(row.error()));
        QVERIFY(row.value().has_value());
        QCOMPARE(row.value()->phone, QStringLiteral("13900001111"));
        QCOMPARE(row.value()->address, moved.address);
        QCOMPARE(row.value()->identifier, ApplicantId);
        QVERIFY(!m_cases->applicant(residentId(QStringLiteral("11010519491231002"))).value());

        const auto archive = m_cases->archive(ApplicantId);
        QVERIFY2(archive.ok(), qPrintable(archive.error()));
        QCOMPARE(archive.value().size(), 2);
        QCOMPARE(archive.value().at(0).number, second.number); // newest first
        QCOMPARE(archive.value().at(1).number, first.number);
        QCOMPARE(archive.value().at(0).itemCodes,
                 QStringList({QStringLiteral("P001"), QStringLiteral("P002")}));
        for (const CaseSummary& summary : archive.value()) {
            QVERIFY(!summary.applicantIdentifierMasked.contains(ApplicantId));
            QCOMPARE(summary.applicantIdentifierMasked, PersonalData::maskIdNumber(ApplicantId));
            QCOMPARE(summary.applicantName, QStringLiteral("张三"));
        }
        QVERIFY(
            m_cases->archive(residentId(QStringLiteral("11010519491231002"))).value().isEmpty());
    }

    void illegalTransitionIsRefusedAndNothingWritten()
    {
        const Case c = create(draft(3, at(Day1, 9)));
        const int auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        const auto refuse = [&](const CaseEvent& event, const QString& message) {
            const Status s =
                m_cases->appendEvent(c.id, event, *m_audit, QStringLiteral("case_event_appended"));
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(message), qPrintable(s.error()));
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ?"), {c.id}),
                1);
            QCOMPARE(text(QStringLiteral("SELECT status FROM case_file WHERE id = ?"), {c.id}),
                     QStringLiteral("received"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        };
        // 收件 → 办结 skips the decision.
        refuse(CaseEvent{CaseStatus::Concluded, at(Day1, 10), c.clerk, {}},
               QStringLiteral("cannot become"));
        // Before the event before it.
        refuse(CaseEvent{CaseStatus::Withdrawn, at(Day1, 8), c.clerk, {}},
               QStringLiteral("dated before"));
        // A decision needs its checklist and deadline.
        refuse(CaseEvent{CaseStatus::Accepted, at(Day1, 10), c.clerk, {}},
               QStringLiteral("decision"));
        refuse(CaseEvent{CaseStatus::Withdrawn, at(Day1, 10), QString(), {}},
               QStringLiteral("user"));
        QCOMPARE(m_cases->load(c.id).value().status(), CaseStatus::Received);

        const Status unknown =
            m_cases->appendEvent(QStringLiteral("no-such-case"),
                                 CaseEvent{CaseStatus::Withdrawn, at(Day1, 10), c.clerk, {}},
                                 *m_audit, QStringLiteral("case_withdrawn"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("no-such-case")),
                 qPrintable(unknown.error()));

        // The legal way on: every event appended, the status copy follows.
        QList<CaseMaterial> all = c.materials;
        all[1].state = CaseMaterial::State::Received;
        QVERIFY(m_cases
                    ->recordDecision(
                        c.id, CaseEvent{CaseStatus::Accepted, at(Day1, 10), c.clerk, {}}, all, Day1,
                        QDate(2026, 12, 14), false, QStringLiteral("2026-1"), QString(), *m_audit)
                    .ok());
        const Status review = m_cases->appendEvent(
            c.id, CaseEvent{CaseStatus::UnderReview, at(Day1, 11), QStringLiteral("boss"), {}},
            *m_audit, QStringLiteral("case_review_started"));
        QVERIFY2(review.ok(), qPrintable(review.error()));
        QVERIFY(m_cases
                    ->appendEvent(c.id,
                                  CaseEvent{CaseStatus::Concluded, at(Day2, 9),
                                            QStringLiteral("boss"), QStringLiteral("准予")},
                                  *m_audit, QStringLiteral("case_concluded"))
                    .ok());
        QCOMPARE(text(QStringLiteral("SELECT status FROM case_file WHERE id = ?"), {c.id}),
                 QStringLiteral("concluded"));
        const Case loaded = m_cases->load(c.id).value();
        QCOMPARE(loaded.events.size(), 4);
        QCOMPARE(loaded.status(), CaseStatus::Concluded);
        QCOMPARE(loaded.events.last().note, QStringLiteral("准予"));
        const QStringList actions = auditActions();
        QVERIFY(actions.contains(QStringLiteral("case_review_started")));
        QVERIFY(actions.contains(QStringLiteral("case_concluded")));
    }

    void decisionIsStoredAllOrNothing()
    {
        const Case c = create(draft(3, at(Day1, 9)));
        const CaseEvent accept{CaseStatus::Accepted, at(Day1, 9, 20), c.clerk, {}};

        // Half-way failure: the case row and the first material are written before the second
        // material's impossible form is refused by the database.
        QList<CaseMaterial> broken = c.materials;
        broken[0].pages = 3;
        broken[0].note = QStringLiteral("已核验");
        broken[1].state = CaseMaterial::State::Received;
        broken[1].form = static_cast<MaterialForm>(42);
        const Status failed =
            m_cases->recordDecision(c.id, accept, broken, Day1, QDate(2026, 12, 14), true,
                                    QStringLiteral("2026-1"), QStringLiteral("x"), *m_audit);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(m_database->path()), qPrintable(failed.error()));
        const Case after = m_cases->load(c.id).value();
        COMPARE_CASES(after, c); // materials, dates, note and events as they were
        QCOMPARE(text(QStringLiteral("SELECT accepted_on FROM case_file")),
                 QStringLiteral("<null>"));
        QCOMPARE(text(QStringLiteral("SELECT status FROM case_file")), QStringLiteral("received"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_event")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_material WHERE pages = 3")), 0);
        QVERIFY(!auditActions().contains(QStringLiteral("case_accepted")));

        // Refused before any write: a missing required material, a deadline before acceptance.
        const Status missing =
            m_cases->recordDecision(c.id, accept, c.materials, Day1, QDate(2026, 12, 14), false,
                                    QStringLiteral("2026-1"), QString(), *m_audit);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("missing")), qPrintable(missing.error()));
        broken[1].form = MaterialForm::Copy;
        QVERIFY(!m_cases
                     ->recordDecision(c.id, accept, broken, Day1, QDate(2026, 11, 1), false,
                                      QStringLiteral("2026-1"), QString(), *m_audit)
                     .ok());
        QVERIFY(!m_cases
                     ->recordDecision(c.id,
                                      CaseEvent{CaseStatus::Refused, at(Day1, 9, 20), c.clerk, {}},
                                      c.materials, {}, {}, false, {}, QStringLiteral(" "),
                                      *m_audit)
                     .ok()); // a refusal needs its reasons
        QVERIFY(!m_cases
                     ->recordDecision(
                         c.id, CaseEvent{CaseStatus::Concluded, at(Day1, 9, 20), c.clerk, {}},
                         broken, Day1, QDate(2026, 12, 14), false, {}, {}, *m_audit)
                     .ok()); // not a decision
        COMPARE_CASES(m_cases->load(c.id).value(), c);

        // 补正 first: the checklist is saved with the notice.
        const Status supplement = m_cases->recordDecision(
            c.id, CaseEvent{CaseStatus::SupplementRequested, at(Day1, 9, 15), c.clerk, {}},
            c.materials, {}, {}, false, {}, QStringLiteral("请补正户口簿"), *m_audit);
        QVERIFY2(supplement.ok(), qPrintable(supplement.error()));
        QCOMPARE(text(QStringLiteral("SELECT status FROM case_file")),
                 QStringLiteral("supplement_requested"));

        // Then 受理 with everything: all of it stored together.
        const Status accepted =
            m_cases->recordDecision(c.id, accept, broken, Day1, QDate(2026, 12, 14), true,
                                    QStringLiteral("2026-1"), QString(), *m_audit);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        const Case decided = m_cases->load(c.id).value();
        QCOMPARE(decided.materials, broken);
        QCOMPARE(decided.acceptedOn, Day1);
        QCOMPARE(decided.dueDate, QDate(2026, 12, 14));
        QVERIFY(decided.dueProvisional);
        QCOMPARE(decided.calendarVersion, QStringLiteral("2026-1"));
        QCOMPARE(decided.events.size(), 3);
        QCOMPARE(decided.status(), CaseStatus::Accepted);
        QCOMPARE(text(QStringLiteral("SELECT status FROM case_file")), QStringLiteral("accepted"));
        const QList<AuditRecord> records = m_audit->list().value();
        QCOMPARE(records.last().action, QStringLiteral("case_accepted"));
        QCOMPARE(records.last().subject, c.number);
        QVERIFY(records.last().detail.contains(QStringLiteral("2026-12-14")));
        QCOMPARE(records.at(records.size() - 2).action,
                 QStringLiteral("case_supplement_requested"));
        QCOMPARE(records.at(records.size() - 2).detail, QStringLiteral("household_register"));

        const auto day = m_cases->listForDay(Day1, QStringLiteral("XC01"));
        QCOMPARE(day.value().size(), 1);
        QCOMPARE(day.value().first().status, CaseStatus::Accepted);
        QCOMPARE(day.value().first().dueDate, QDate(2026, 12, 14));
        QVERIFY(day.value().first().dueProvisional);
    }

    void eventLogIsAppendOnly()
    {
        const Case c = create(draft(3, at(Day1, 9)));
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE case_event SET note = 'changed'")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM case_event")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE case_event SET status = 'archived'")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_event")), 1);
        QCOMPARE(m_cases->load(c.id).value().events.first().note, QString());
        // The first event of a case is 收件, whatever writes it.
        QVERIFY(!query.exec(
            QStringLiteral(
                "INSERT INTO case_event VALUES ('%1', 2, 'bogus', '2026-11-30T10:00:00Z', "
                "'x', '')")
                .arg(c.id)));
    }

    void auditRecordsNeverHoldTheFullIdNumberOrPhone()
    {
        Case c = draft(3, at(Day1, 9));
        c.agent = Agent{QStringLiteral("李四"), AgentId, QStringLiteral("13987654321"),
                        QStringLiteral("授权委托书")};
        const Case created = create(c);
        QList<CaseMaterial> all = created.materials;
        all[1].state = CaseMaterial::State::Waived;
        QVERIFY(m_cases
                    ->recordDecision(created.id,
                                     CaseEvent{CaseStatus::Accepted, at(Day1, 9, 30), c.clerk, {}},
                                     all, Day1, QDate(2026, 12, 14), false,
                                     QStringLiteral("2026-1"), QString(), *m_audit)
                    .ok());
        const QList<AuditRecord> records = m_audit->list().value();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().action, QStringLiteral("case_received"));
        QCOMPARE(records.first().subject, created.number);
        QCOMPARE(records.first().userName, QStringLiteral("clerk.li"));
        QCOMPARE(records.first().detail, QStringLiteral("P001 P002"));
        QVERIFY(m_audit->verify().value().ok);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM audit_log")));
        int fields = 0;
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                const QString value = query.value(i).toString();
                ++fields;
                for (const QString& secret : {ApplicantId, AgentId, Phone,
                                              QStringLiteral("13987654321"), ApplicantId.left(14)})
                    QVERIFY2(!value.contains(secret), qPrintable(value));
            }
        }
        QVERIFY(fields >= 20);
    }

    void dayListFiltersByDayCentreAndWindow()
    {
        const Case a = create(draft(3, at(Day1, 9)));
        Case green =
            draft(5, at(Day1, 9, 1), person(residentId(QStringLiteral("11010519491231002"))));
        green.greenChannel = true;
        const Case b = create(green);
        const Case c = create(draft(3, at(Day1, 15)));
        create(draft(3, at(Day2, 9)));
        // The last minutes of a day belong to it, the first of the next to that one.
        create(draft(5, at(Day1, 23, 59)));
        create(draft(5, at(Day2, 0, 0)));
        create(draft(5, at(Day2, 7, 59))); // still the day before in UTC

        const auto all = m_cases->listForDay(Day1, QStringLiteral("XC01"), 0);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QStringList numbers;
        for (const CaseSummary& summary : all.value())
            numbers.append(summary.number);
        QCOMPARE(numbers, QStringList({QStringLiteral("XC01-03-20261130-0001"),
                                       QStringLiteral("XC01-03-20261130-0002"),
                                       QStringLiteral("XC01-05-20261130-0001"),
                                       QStringLiteral("XC01-05-20261130-0002")}));
        const auto window5 = m_cases->listForDay(Day1, QStringLiteral("XC01"), 5).value();
        QCOMPARE(window5.size(), 2);
        QCOMPARE(window5.first().id, b.id);
        QVERIFY(window5.first().greenChannel);
        QCOMPARE(window5.first().applicantIdentifierMasked, QStringLiteral("110105********002X"));
        QCOMPARE(window5.first().receivedOn, Day1);
        QCOMPARE(window5.first().clerk, QStringLiteral("clerk.li"));
        QCOMPARE(window5.first().status, CaseStatus::Received);
        QVERIFY(!window5.first().dueDate.isValid());
        const auto window3 = m_cases->listForDay(Day1, QStringLiteral("XC01"), 3).value();
        QCOMPARE(window3.size(), 2);
        QCOMPARE(window3.at(0).id, a.id);
        QCOMPARE(window3.at(1).id, c.id);
        QCOMPARE(m_cases->listForDay(Day2, QStringLiteral("XC01"), 0).value().size(), 3);
        QCOMPARE(m_cases->listForDay(Day2, QStringLiteral("XC01"), 3).value().size(), 1);
        QCOMPARE(m_cases->listForDay(Day1, QStringLiteral("XC02"), 0).value().size(), 0);
        QCOMPARE(m_cases->listForDay(QDate(2026, 12, 2), QStringLiteral("XC01"), 0).value().size(),
                 0);
    }

    void createJoinsTheCallersTransaction()
    {
        QVERIFY(m_database->connection().transaction());
        QVERIFY(m_cases->create(draft(3, at(Day1, 9)), *m_audit).ok());
        QVERIFY(m_database->connection().rollback());
        QCOMPARE(m_cases->count().value(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        QCOMPARE(create(draft(3, at(Day1, 9))).number, QStringLiteral("XC01-03-20261130-0001"));
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "TestCaseRepository.moc"
