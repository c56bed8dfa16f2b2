// owctl case show / list as a person runs them: a real hall database set up by owctl, cases
// written into it through CaseRepository, owctl run as a process. What is checked above all:
// the applicant's full ID number and phone never reach the output, and administrators do not
// see applicants.
#include "Database.h"
#include "ProgramRun.h"
#include "TestPaths.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "common/Clock.h"
#include "security/PersonalData.h"
#include "validation/IdNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString Password = QStringLiteral("Counter2026ok");

QString residentId(const QString& first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

const QString ApplicantId = residentId(QStringLiteral("37040219850312123"));
const QString AgentId = residentId(QStringLiteral("37040319900101456"));
const QString Phone = QStringLiteral("13812345678");
const QString AgentPhone = QStringLiteral("13987654321");
const QDate Day(2026, 11, 30);

using Run = ow::test::ProgramRun;

Run owctl(const QStringList& arguments, const QString& password = QString(),
          const QString& newPassword = QString())
{
    return ow::test::runProgram(QStringLiteral("app/cli/owctl"), arguments,
                                {{QStringLiteral("OWCTL_PASSWORD"), password},
                                 {QStringLiteral("OWCTL_NEW_PASSWORD"), newPassword},
                                 {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
}

CaseMaterial material(const QString& key, const QString& name, CaseMaterial::State state)
{
    CaseMaterial m;
    m.key = key;
    m.name = name;
    m.form = MaterialForm::Copy;
    m.itemCodes = {QStringLiteral("P001")};
    m.state = state;
    return m;
}

Case draft(int window, const QDateTime& receivedAt)
{
    Case c;
    c.centerCode = QStringLiteral("XC01");
    c.window = window;
    c.clerk = QStringLiteral("clerk");
    c.receivedAt = receivedAt;
    c.applicant.name = QStringLiteral("张三");
    c.applicant.identifier = ApplicantId;
    c.applicant.phone = Phone;
    c.applicant.address = QStringLiteral("枣庄市薛城区泰山南路1号");
    c.applicant.birthDate = QDate(1985, 3, 12);
    c.itemCodes = {QStringLiteral("P001"), QStringLiteral("P002")};
    c.materials = {material(QStringLiteral("id_card"), QStringLiteral("居民身份证"),
                            CaseMaterial::State::Received),
                   material(QStringLiteral("household_register"), QStringLiteral("户口簿"),
                            CaseMaterial::State::Missing)};
    c.events = {CaseEvent{CaseStatus::Received, receivedAt, c.clerk, {}}};
    return c;
}

} // namespace

class TestOwctlCase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Case m_accepted; // window 3, accepted, with an agent
    Case m_received; // window 5, only received

    QStringList db() const { return {QStringLiteral("--db"), m_db}; }
    QStringList as(const QString& user) const { return db() << QStringLiteral("--user") << user; }

    void expectNothingPersonal(const QByteArray& bytes)
    {
        for (const QString& secret :
             {ApplicantId, AgentId, Phone, AgentPhone, QStringLiteral("19850312")})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("hall.sqlite"));
        const Run init = owctl(db() << QStringLiteral("init") << QStringLiteral("--center")
                                    << QStringLiteral("XC01") << QStringLiteral("--center-name")
                                    << QStringLiteral("薛城区政务服务中心")
                                    << QStringLiteral("--window") << QStringLiteral("3")
                                    << QStringLiteral("--admin") << QStringLiteral("admin"),
                               Password);
        QVERIFY2(init.exitCode == 0, init.err.constData());
        for (const auto& [name, role] :
             QList<QPair<QString, QString>>{{QStringLiteral("clerk"), QStringLiteral("clerk")},
                                            {QStringLiteral("boss"), QStringLiteral("supervisor")},
                                            {QStringLiteral("keeper"), QStringLiteral("admin")}}) {
            const Run added =
                owctl(as(QStringLiteral("admin")) << QStringLiteral("user") << QStringLiteral("add")
                                                  << name << QStringLiteral("--role") << role,
                      Password, Password);
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }

        // Cases taken at windows 3 and 5, written as the intake screen writes them.
        auto opened = Database::open(m_db);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& database = *opened.value();
        const SystemClock clock;
        AuditLog audit(database, clock, QStringLiteral("XC01"), QStringLiteral("3"));
        CaseRepository cases(database);
        Case first = draft(3, QDateTime(Day, QTime(9, 0)));
        first.agent =
            Agent{QStringLiteral("李四"), AgentId, AgentPhone, QStringLiteral("授权委托书")};
        const Result<Case> created = cases.create(first, audit);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QList<CaseMaterial> checked = created.value().materials;
        checked[1].state = CaseMaterial::State::Received;
        checked[1].pages = 2;
        const Status accepted = cases.recordDecision(
            created.value().id,
            CaseEvent{
                CaseStatus::Accepted, QDateTime(Day, QTime(9, 20)), QStringLiteral("clerk"), {}},
            checked, Day, QDate(2026, 12, 14), false, QStringLiteral("2026-1"), QString(), audit);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        m_accepted = cases.load(created.value().id).value();
        const Result<Case> second = cases.create(draft(5, QDateTime(Day, QTime(10, 0))), audit);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        m_received = second.value();
        // Another day: not in the day's list.
        QVERIFY(cases.create(draft(3, QDateTime(Day.addDays(1), QTime(9, 0))), audit).ok());
    }

    void showPrintsTheCaseWithPersonalDataMasked()
    {
        const Run run = owctl(as(QStringLiteral("clerk"))
                                  << QStringLiteral("case") << QStringLiteral("show")
                                  << m_accepted.number.toLower() << QStringLiteral("--json"),
                              Password);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        expectNothingPersonal(run.out);
        QJsonParseError error;
        const QJsonObject shown = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(shown[QStringLiteral("id")].toString(), m_accepted.id);
        QCOMPARE(shown[QStringLiteral("number")].toString(),
                 QStringLiteral("XC01-03-20261130-0001"));
        QCOMPARE(shown[QStringLiteral("status")].toString(), QStringLiteral("accepted"));
        QCOMPARE(shown[QStringLiteral("window")].toInt(), 3);
        QCOMPARE(shown[QStringLiteral("check_code")].toString().size(), 6);

        const QJsonObject applicant = shown[QStringLiteral("applicant")].toObject();
        QCOMPARE(applicant[QStringLiteral("kind")].toString(), QStringLiteral("person"));
        QCOMPARE(applicant[QStringLiteral("name")].toString(), QStringLiteral("张三"));
        QCOMPARE(applicant[QStringLiteral("identifier")].toString(),
                 PersonalData::maskIdNumber(ApplicantId));
        QVERIFY(applicant[QStringLiteral("identifier")].toString().contains(
            QStringLiteral("********")));
        QCOMPARE(applicant[QStringLiteral("phone")].toString(), QStringLiteral("138****5678"));
        QVERIFY(!applicant.contains(QStringLiteral("birth_date")));

        const QJsonObject agent = shown[QStringLiteral("agent")].toObject();
        QCOMPARE(agent[QStringLiteral("name")].toString(), QStringLiteral("李*"));
        QCOMPARE(agent[QStringLiteral("id_number")].toString(),
                 PersonalData::maskIdNumber(AgentId));
        QCOMPARE(agent[QStringLiteral("phone")].toString(), QStringLiteral("139****4321"));
        QCOMPARE(agent[QStringLiteral("authorization")].toString(), QStringLiteral("授权委托书"));

        QCOMPARE(shown[QStringLiteral("items")].toArray(),
                 QJsonArray({QStringLiteral("P001"), QStringLiteral("P002")}));
        const QJsonArray materials = shown[QStringLiteral("materials")].toArray();
        QCOMPARE(materials.size(), 2);
        QCOMPARE(materials[1][QStringLiteral("key")].toString(),
                 QStringLiteral("household_register"));
        QCOMPARE(materials[1][QStringLiteral("state")].toString(), QStringLiteral("received"));
        QCOMPARE(materials[1][QStringLiteral("form")].toString(), QStringLiteral("复印件"));
        QCOMPARE(materials[1][QStringLiteral("pages")].toInt(), 2);
        const QJsonArray events = shown[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0][QStringLiteral("status")].toString(), QStringLiteral("received"));
        QCOMPARE(events[1][QStringLiteral("status")].toString(), QStringLiteral("accepted"));
        QCOMPARE(events[1][QStringLiteral("user")].toString(), QStringLiteral("clerk"));
        QCOMPARE(shown[QStringLiteral("accepted_on")].toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(shown[QStringLiteral("due_date")].toString(), QStringLiteral("2026-12-14"));
        QCOMPARE(shown[QStringLiteral("due_provisional")].toBool(), false);
        QCOMPARE(shown[QStringLiteral("calendar_version")].toString(), QStringLiteral("2026-1"));

        // A case only received: no agent, no deadline yet.
        const Run plain =
            owctl(as(QStringLiteral("boss")) << QStringLiteral("case") << QStringLiteral("show")
                                             << m_received.number << QStringLiteral("--json"),
                  Password);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const QJsonObject received = QJsonDocument::fromJson(plain.out).object();
        QCOMPARE(received[QStringLiteral("status")].toString(), QStringLiteral("received"));
        QVERIFY(received[QStringLiteral("agent")].isNull());
        QVERIFY(received[QStringLiteral("due_date")].isNull());
        QVERIFY(received[QStringLiteral("accepted_on")].isNull());

        // Who looked is in the audit log, with the case number and nothing personal.
        const Run log =
            owctl(as(QStringLiteral("admin")) << QStringLiteral("audit") << QStringLiteral("export")
                                              << QStringLiteral("--json"),
                  Password);
        QCOMPARE(log.exitCode, 0);
        expectNothingPersonal(log.out);
        bool viewed = false;
        for (const QJsonValue& record : QJsonDocument::fromJson(log.out).array())
            viewed =
                viewed ||
                (record[QStringLiteral("action")].toString() == QStringLiteral("case_viewed") &&
                 record[QStringLiteral("user")].toString() == QStringLiteral("clerk") &&
                 record[QStringLiteral("subject")].toString() == m_accepted.number);
        QVERIFY(viewed);
    }

    void receiptRendersTheDecisionsDocument()
    {
        const QString a4 = m_dir.filePath(QStringLiteral("receipt.pdf"));
        const Run run = owctl(as(QStringLiteral("clerk"))
                                  << QStringLiteral("receipt") << QStringLiteral("render")
                                  << m_accepted.number << QStringLiteral("-o") << a4,
                              Password);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {a4, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QByteArray pdf = text.readAllStandardOutput();
        QVERIFY2(pdf.contains(m_accepted.number.toUtf8()), pdf.constData());
        QVERIFY(pdf.contains("受理回执"));
        expectNothingPersonal(pdf);
        const QString roll = m_dir.filePath(QStringLiteral("receipt-80mm.pdf"));
        QCOMPARE(owctl(as(QStringLiteral("clerk"))
                           << QStringLiteral("receipt") << QStringLiteral("render")
                           << m_accepted.number << QStringLiteral("--paper")
                           << QStringLiteral("80mm") << QStringLiteral("-o") << roll,
                       Password)
                     .exitCode,
                 0);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {roll});
        QVERIFY(info.waitForFinished(30000));
        const QByteArray pageInfo = info.readAllStandardOutput();
        QVERIFY2(pageInfo.contains("Page size:       227 x") || pageInfo.contains("226.7"),
                 pageInfo.constData()); // 80 mm
        // Administrators print no applicant's papers; bad arguments say which.
        QCOMPARE(owctl(as(QStringLiteral("keeper"))
                           << QStringLiteral("receipt") << QStringLiteral("render")
                           << m_accepted.number << QStringLiteral("-o") << a4,
                       Password)
                     .exitCode,
                 4);
        QCOMPARE(owctl(as(QStringLiteral("clerk"))
                           << QStringLiteral("receipt") << QStringLiteral("render")
                           << m_accepted.number << QStringLiteral("--paper") << QStringLiteral("a5")
                           << QStringLiteral("-o") << a4,
                       Password)
                     .exitCode,
                 2);
        QCOMPARE(owctl(as(QStringLiteral("clerk"))
                           << QStringLiteral("receipt") << QStringLiteral("render")
                           << QStringLiteral("XC01-03-20261130-0999") << QStringLiteral("-o") << a4,
                       Password)
                     .exitCode,
                 1);
    }

    void listPrintsTheDayMasked()
    {
        const Run run = owctl(as(QStringLiteral("clerk"))
                                  << QStringLiteral("case") << QStringLiteral("list")
                                  << QStringLiteral("--date") << QStringLiteral("2026-11-30")
                                  << QStringLiteral("--json"),
                              Password);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        expectNothingPersonal(run.out);
        QVERIFY(!run.out.contains("张三"));
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][QStringLiteral("number")].toString(), m_accepted.number);
        QCOMPARE(list[1][QStringLiteral("number")].toString(), m_received.number);
        QCOMPARE(list[0][QStringLiteral("status")].toString(), QStringLiteral("accepted"));
        QCOMPARE(list[0][QStringLiteral("due_date")].toString(), QStringLiteral("2026-12-14"));
        QVERIFY(list[1][QStringLiteral("due_date")].isNull());
        QCOMPARE(list[0][QStringLiteral("applicant_name")].toString(), QStringLiteral("张*"));
        QCOMPARE(list[0][QStringLiteral("applicant_identifier")].toString(),
                 PersonalData::maskIdNumber(ApplicantId));
        QCOMPARE(list[0][QStringLiteral("items")].toArray(),
                 QJsonArray({QStringLiteral("P001"), QStringLiteral("P002")}));
        QCOMPARE(list[1][QStringLiteral("received_on")].toString(), QStringLiteral("2026-11-30"));

        const Run text =
            owctl(as(QStringLiteral("clerk")) << QStringLiteral("case") << QStringLiteral("list")
                                              << QStringLiteral("--date=2026-11-30"),
                  Password);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        expectNothingPersonal(text.out);
        QCOMPARE(text.out.count('\n'), 2);
        QVERIFY(text.out.contains(m_accepted.number.toUtf8()));
        QVERIFY(text.out.contains(PersonalData::maskIdNumber(ApplicantId).toUtf8()));
        QVERIFY(text.out.contains("2026-12-14"));

        const Run empty = owctl(as(QStringLiteral("clerk"))
                                    << QStringLiteral("case") << QStringLiteral("list")
                                    << QStringLiteral("--date") << QStringLiteral("2026-11-29")
                                    << QStringLiteral("--json"),
                                Password);
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
        const Run nextDay = owctl(as(QStringLiteral("clerk"))
                                      << QStringLiteral("case") << QStringLiteral("list")
                                      << QStringLiteral("--date") << QStringLiteral("2026-12-01")
                                      << QStringLiteral("--json"),
                                  Password);
        QCOMPARE(QJsonDocument::fromJson(nextDay.out).array().size(), 1);
    }

    void administratorsDoNotSeeApplicants_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("command");
        const QStringList show = {QStringLiteral("case"), QStringLiteral("show"),
                                  QStringLiteral("XC01-03-20261130-0001"),
                                  QStringLiteral("--json")};
        const QStringList list = {QStringLiteral("case"), QStringLiteral("list"),
                                  QStringLiteral("--date"), QStringLiteral("2026-11-30")};
        for (const QString& admin : {QStringLiteral("admin"), QStringLiteral("keeper")}) {
            QTest::addRow("%s show", qPrintable(admin)) << admin << show;
            QTest::addRow("%s list", qPrintable(admin)) << admin << list;
        }
    }

    void administratorsDoNotSeeApplicants()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, command);
        const Run run = owctl(as(user) + command, Password);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("may not"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void needsASignedInUser()
    {
        const Run anonymous = owctl(db() << QStringLiteral("case") << QStringLiteral("show")
                                         << m_accepted.number << QStringLiteral("--json"));
        QCOMPARE(anonymous.exitCode, 4);
        QVERIFY(anonymous.err.contains("--user"));
        QVERIFY(anonymous.out.isEmpty());
        const Run wrong =
            owctl(as(QStringLiteral("clerk")) << QStringLiteral("case") << QStringLiteral("show")
                                              << m_accepted.number << QStringLiteral("--json"),
                  QStringLiteral("not-the-password-1"));
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY(wrong.out.isEmpty());
    }

    void unknownAndMalformedNumbers()
    {
        const Run unknown =
            owctl(as(QStringLiteral("clerk"))
                      << QStringLiteral("case") << QStringLiteral("show")
                      << QStringLiteral("XC01-03-20261130-0099") << QStringLiteral("--json"),
                  Password);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("XC01-03-20261130-0099"), unknown.err.constData());
        QVERIFY(unknown.out.isEmpty());

        const QList<QStringList> usage = {
            {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("XC01-3-2026-1"),
             QStringLiteral("--json")},
            {QStringLiteral("case"), QStringLiteral("show"),
             QStringLiteral("XC01-03-20261130-0001' OR 1=1"), QStringLiteral("--json")},
            {QStringLiteral("case"), QStringLiteral("show"),
             QStringLiteral("XC01-03-20261130-0001")},
            {QStringLiteral("case"), QStringLiteral("show")},
            {QStringLiteral("case"), QStringLiteral("list")},
            {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--date"),
             QStringLiteral("2026-02-30")},
            {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--date"),
             QStringLiteral("2026-11-30"), QStringLiteral("--window")},
            {QStringLiteral("case"), QStringLiteral("delete")},
            {QStringLiteral("case")}};
        for (const QStringList& command : usage) {
            const Run run = owctl(as(QStringLiteral("clerk")) + command, Password);
            QVERIFY2(run.exitCode == 2, qPrintable(command.join(u' ') + QStringLiteral(": ") +
                                                   QString::fromUtf8(run.err)));
            QVERIFY(run.out.isEmpty());
        }
        QVERIFY2(owctl(as(QStringLiteral("clerk"))
                       << QStringLiteral("case") << QStringLiteral("show")
                       << QStringLiteral("XC01-3-2026-1"))
                     .err.contains("XC01-3-2026-1"),
                 "the malformed number is named");
    }

    void helpListsTheCaseCommands()
    {
        const Run help = owctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("case show CASE_NO --json"));
        QVERIFY(help.out.contains("case list --date YYYY-MM-DD [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestOwctlCase)
#include "TestOwctlCase.moc"
