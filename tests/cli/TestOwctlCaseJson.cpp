// owctl case export / case import as a hall's IT person runs them: real hall databases set up by
// owctl, owctl run as a process. What is checked: only a supervisor exports, to an owner-only
// file, never to the screen, and the export is audited with its count; export → import into a
// fresh hall → export gives the same bytes; importing again skips every case; a broken document
// or a clash stores nothing.
#include "Database.h"
#include "FileFingerprint.h"
#include "ProgramRun.h"
#include "audit/AuditLog.h"
#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "common/Clock.h"
#include "validation/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    c.applicant.birthDate = QDate(1985, 3, 12);
    c.itemCodes = {QStringLiteral("P001")};
    CaseMaterial id;
    id.key = QStringLiteral("id_card");
    id.name = QStringLiteral("居民身份证");
    id.state = CaseMaterial::State::Received;
    id.pages = 1;
    c.materials = {id};
    c.events = {CaseEvent{CaseStatus::Received, receivedAt, c.clerk, {}}};
    return c;
}

} // namespace

class TestOwctlCaseJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hall; // three cases: two on Day, one the day after
    int m_counter = 0;

    static QStringList as(const QString& db, const QString& user)
    {
        return {QStringLiteral("--db"), db, QStringLiteral("--user"), user};
    }

    // A new hall database with its administrator "admin" and users clerk, boss (supervisor) and
    // keeper (administrator).
    QString newHall()
    {
        const QString db = m_dir.filePath(QStringLiteral("hall%1.sqlite").arg(++m_counter));
        const Run init =
            owctl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--center"),
                   QStringLiteral("XC01"), QStringLiteral("--center-name"),
                   QStringLiteral("薛城区政务服务中心"), QStringLiteral("--window"),
                   QStringLiteral("3"), QStringLiteral("--admin"), QStringLiteral("admin")},
                  Password);
        if (init.exitCode != 0)
            qFatal("%s", init.err.constData());
        for (const auto& [name, role] :
             QList<QPair<QString, QString>>{{QStringLiteral("clerk"), QStringLiteral("clerk")},
                                            {QStringLiteral("boss"), QStringLiteral("supervisor")},
                                            {QStringLiteral("keeper"), QStringLiteral("admin")}}) {
            const Run added = owctl(as(db, QStringLiteral("admin"))
                                        << QStringLiteral("user") << QStringLiteral("add") << name
                                        << QStringLiteral("--role") << role,
                                    Password, Password);
            if (added.exitCode != 0)
                qFatal("%s", added.err.constData());
        }
        return db;
    }

    Run exportAs(const QString& db, const QString& user, const QString& file,
                 const QStringList& more = {})
    {
        return owctl(as(db, user) << QStringLiteral("case") << QStringLiteral("export")
                                  << QStringLiteral("--json") << QStringLiteral("-o") << file
                                  << more,
                     Password);
    }

    Run importAs(const QString& db, const QString& user, const QString& file)
    {
        return owctl(as(db, user) << QStringLiteral("case") << QStringLiteral("import") << file,
                     Password);
    }

    QString newFile(const QString& name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name));
    }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    QJsonArray auditRecords(const QString& db)
    {
        const Run log = owctl(as(db, QStringLiteral("admin"))
                                  << QStringLiteral("audit") << QStringLiteral("export")
                                  << QStringLiteral("--json"),
                              Password);
        if (log.exitCode != 0)
            qFatal("%s", log.err.constData());
        return QJsonDocument::fromJson(log.out).array();
    }

    // The hall's cases as an export writes them (the export is run by boss).
    QByteArray exported(const QString& db)
    {
        const QString file = newFile(QStringLiteral("check.json"));
        const Run run = exportAs(db, QStringLiteral("boss"), file);
        if (run.exitCode != 0)
            qFatal("%s", run.err.constData());
        return contents(file);
    }

    static void expectNothingPersonal(const QByteArray& bytes)
    {
        for (const QString& secret : {ApplicantId, AgentId, Phone})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "CST-8"); // the hall's clock, for this process and owctl alike
        m_hall = newHall();
        auto opened = Database::open(m_hall);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& database = *opened.value();
        const SystemClock clock;
        AuditLog audit(database, clock, QStringLiteral("XC01"), QStringLiteral("3"));
        CaseRepository cases(database);
        Case first = draft(3, QDateTime(Day, QTime(7, 30))); // the UTC day before
        first.agent =
            Agent{QStringLiteral("李四"), AgentId, QString(), QStringLiteral("授权委托书")};
        const Result<Case> created = cases.create(first, audit);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(cases
                    .recordDecision(created.value().id,
                                    {CaseStatus::Accepted,
                                     QDateTime(Day, QTime(7, 40)),
                                     QStringLiteral("clerk"),
                                     {}},
                                    created.value().materials, Day, QDate(2026, 12, 7), false,
                                    QStringLiteral("2026-1"), QString(), audit)
                    .ok());
        QVERIFY(cases.create(draft(5, QDateTime(Day, QTime(10, 0))), audit).ok());
        QVERIFY(cases.create(draft(3, QDateTime(Day.addDays(1), QTime(9, 0))), audit).ok());
    }

    void exportNeedsASupervisorAndAFile_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QStringList json = {QStringLiteral("--json"), QStringLiteral("-o")};
        QTest::newRow("clerk") << QStringLiteral("clerk") << json << 4;
        QTest::newRow("administrator") << QStringLiteral("keeper") << json << 4;
        QTest::newRow("first administrator") << QStringLiteral("admin") << json << 4;
        QTest::newRow("nobody") << QString() << json << 4;
        QTest::newRow("to the screen")
            << QStringLiteral("boss") << QStringList{QStringLiteral("--json")} << 2;
        QTest::newRow("no format")
            << QStringLiteral("boss") << QStringList{QStringLiteral("-o")} << 2;
        QTest::newRow("bad date") << QStringLiteral("boss")
                                  << (json + QStringList{QStringLiteral("--from"),
                                                         QStringLiteral("2026-02-30")})
                                  << 2;
        QTest::newRow("range backwards")
            << QStringLiteral("boss")
            << (json + QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-11-30")})
            << 2;
    }

    void exportNeedsASupervisorAndAFile()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString file = newFile(QStringLiteral("refused.json"));
        // "-o" is followed by the file wherever the row put it.
        QStringList command = {QStringLiteral("--db"), m_hall};
        if (!user.isEmpty())
            command << QStringLiteral("--user") << user;
        command << QStringLiteral("case") << QStringLiteral("export");
        for (const QString& argument : arguments) {
            command << argument;
            if (argument == QLatin1String("-o"))
                command << file;
        }
        const Run run = owctl(command, Password);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(file));
        expectNothingPersonal(run.err);
    }

    void exportWritesAnOwnerOnlyFileAndIsAudited()
    {
        const QString file = newFile(QStringLiteral("all.json"));
        const Run run = exportAs(m_hall, QStringLiteral("boss"), file);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QStringLiteral("cases exported to %1: 3\n").arg(file).toUtf8());
        expectNothingPersonal(run.out + run.err);
        const QFileDevice::Permissions permissions = QFile::permissions(file);
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                 QFileDevice::ReadOther | QFileDevice::WriteOther)));
        const QByteArray bytes = contents(file);
        QVERIFY(bytes.contains(ApplicantId.toUtf8())); // in full: it must load again
        QVERIFY(bytes.contains(AgentId.toUtf8()));
        const QJsonObject document = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(document[QStringLiteral("format")].toString(), QStringLiteral("onewindow-case"));
        QCOMPARE(document[QStringLiteral("version")].toInt(), 1);
        const QJsonArray cases = document[QStringLiteral("cases")].toArray();
        QCOMPARE(cases.size(), 3);
        QCOMPARE(cases[0][QStringLiteral("number")].toString(),
                 QStringLiteral("XC01-03-20261130-0001"));
        QCOMPARE(cases[0][QStringLiteral("received_at")].toString(),
                 QStringLiteral("2026-11-29T23:30:00.000Z"));
        QCOMPARE(cases[0][QStringLiteral("decision")][QStringLiteral("due_date")].toString(),
                 QStringLiteral("2026-12-07"));

        bool audited = false;
        for (const QJsonValue& record : auditRecords(m_hall))
            audited =
                audited ||
                (record[QStringLiteral("action")].toString() == QLatin1String("cases_exported") &&
                 record[QStringLiteral("user")].toString() == QLatin1String("boss") &&
                 record[QStringLiteral("detail")].toString() == QLatin1String("3"));
        QVERIFY(audited);
    }

    void exportTakesTheDaysAsked()
    {
        const QString later = newFile(QStringLiteral("later.json"));
        QCOMPARE(exportAs(m_hall, QStringLiteral("boss"), later,
                          {QStringLiteral("--from"), QStringLiteral("2026-12-01")})
                     .exitCode,
                 0);
        QCOMPARE(QJsonDocument::fromJson(contents(later))[QStringLiteral("cases")].toArray().size(),
                 1);
        const QString day = newFile(QStringLiteral("day.json"));
        const Run run = exportAs(m_hall, QStringLiteral("boss"), day,
                                 {QStringLiteral("--from=2026-11-30"), QStringLiteral("--to"),
                                  QStringLiteral("2026-11-30")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(contents(day))[QStringLiteral("cases")].toArray().size(),
                 2);
    }

    void exportImportExportGivesTheSameBytes()
    {
        const QString first = newFile(QStringLiteral("first.json"));
        QCOMPARE(exportAs(m_hall, QStringLiteral("boss"), first).exitCode, 0);
        const QString fresh = newHall();
        const Run imported = importAs(fresh, QStringLiteral("clerk"), first);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.out, QByteArray("imported 3, skipped 0\n"));
        QCOMPARE(exported(fresh), contents(first));

        // Once more: every case is there already.
        const QByteArray before = exported(fresh);
        const Run again = importAs(fresh, QStringLiteral("clerk"), first);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.out, QByteArray("imported 0, skipped 3\n"));
        QCOMPARE(exported(fresh), before);

        int perCase = 0;
        QStringList summaries;
        for (const QJsonValue& record : auditRecords(fresh)) {
            const QString action = record[QStringLiteral("action")].toString();
            perCase += action == QLatin1String("case_imported") ? 1 : 0;
            if (action == QLatin1String("cases_imported"))
                summaries.append(record[QStringLiteral("detail")].toString());
        }
        QCOMPARE(perCase, 3);
        QCOMPARE(summaries, (QStringList{QStringLiteral("imported 3, skipped 0"),
                                         QStringLiteral("imported 0, skipped 3")}));
    }

    void brokenDocumentsLeaveTheDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = exported(m_hall);
        QByteArray wrongCheck = good;
        const QString bad =
            ApplicantId.left(17) +
            (ApplicantId.at(17) == u'1' ? QStringLiteral("2") : QStringLiteral("1"));
        // The third case's applicant only: its identifier follows its "kind".
        const qsizetype third = good.lastIndexOf(ApplicantId.toUtf8());
        wrongCheck.replace(third, ApplicantId.size(), bad.toUtf8());
        QTest::newRow("check digit wrong")
            << wrongCheck
            << QStringLiteral("cases[2].applicant.identifier: the check character should be");
        QByteArray order = good;
        order.replace("\"status\":\"accepted\",\"at\"", "\"status\":\"concluded\",\"at\"");
        QTest::newRow("events out of order") << order << QStringLiteral("cases[0].events[1]: ");
        QByteArray typo = good;
        typo.replace("\"scene\"", "\"scenes\"");
        QTest::newRow("unknown field") << typo << QStringLiteral("cases[0].scenes: unknown field");
        QTest::newRow("not JSON") << QByteArray("this is not JSON")
                                  << QStringLiteral("not a JSON document");
        QTest::newRow("truncated")
            << good.left(good.size() / 2) << QStringLiteral("not a JSON document");
        QTest::newRow("catalog, not cases")
            << QByteArray("{\"lifecycles\":[]}") << QStringLiteral("lifecycles: unknown field");
        QTest::newRow("binary") << QByteArray("\0\xff\xfe\x00garbage", 11)
                                << QStringLiteral("not a JSON document");
    }

    void brokenDocumentsLeaveTheDatabaseUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = newFile(QStringLiteral("broken.json"));
        write(file, bytes);
        const QByteArray before = test::fingerprint(m_hall);
        const Run run = importAs(m_hall, QStringLiteral("boss"), file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(file.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        expectNothingPersonal(run.err);
        QCOMPARE(test::fingerprint(m_hall), before);
    }

    void aFileThatCannotBeReadIsNamed()
    {
        const QByteArray before = test::fingerprint(m_hall);
        for (const QString& path : {m_dir.filePath(QStringLiteral("no-such.json")), m_dir.path()}) {
            const Run run = importAs(m_hall, QStringLiteral("boss"), path);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
        }
        QCOMPARE(owctl(as(m_hall, QStringLiteral("boss"))
                           << QStringLiteral("case") << QStringLiteral("import"),
                       Password)
                     .exitCode,
                 2);
        QCOMPARE(test::fingerprint(m_hall), before);
    }

    void aClashAnywhereStoresNothing()
    {
        // A new case that would be fine, then one whose number belongs to another case.
        const Result<QList<Case>> present = CaseJson::read(exported(m_hall));
        QVERIFY2(present.ok(), qPrintable(present.error()));
        Case fine = present.value().at(0);
        fine.id = QStringLiteral("0b7e4d2c-9a51-4f63-8e2d-1c3b5a7f9e01");
        fine.number = QStringLiteral("XC01-03-20261130-0099");
        Case clash = present.value().at(1);
        clash.id = QStringLiteral("0b7e4d2c-9a51-4f63-8e2d-1c3b5a7f9e02");
        const QString file = newFile(QStringLiteral("clash.json"));
        write(file, CaseJson::write({fine, clash}));
        const QByteArray before = exported(m_hall);
        const Run run = importAs(m_hall, QStringLiteral("boss"), file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cases[1] (%1)").arg(clash.number).toUtf8()),
                 run.err.constData());
        QVERIFY2(run.err.contains("already belongs to another case"), run.err.constData());
        QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
        expectNothingPersonal(run.err);
        QCOMPARE(exported(m_hall), before);
    }

    void administratorsDoNotImport()
    {
        const QString file = newFile(QStringLiteral("all.json"));
        QCOMPARE(exportAs(m_hall, QStringLiteral("boss"), file).exitCode, 0);
        const QString fresh = newHall();
        const Run run = importAs(fresh, QStringLiteral("keeper"), file);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("may not"), run.err.constData());
        QCOMPARE(exported(fresh), CaseJson::write({}) + '\n');
    }
};

QTEST_GUILESS_MAIN(TestOwctlCaseJson)
#include "TestOwctlCaseJson.moc"
