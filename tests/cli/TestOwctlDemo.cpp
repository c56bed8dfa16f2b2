// owctl demo generate as a person runs it: a real process on a real database file. It makes the
// history asked for on the hall's centre, prints what it made, is repeatable, and refuses a
// database with real cases unless --force.
#include "Database.h"
#include "ProgramRun.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "common/Clock.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

using Run = ow::test::ProgramRun;

Run owctl(const QStringList& arguments)
{
    return ow::test::runProgram(
        QStringLiteral("app/cli/owctl"), arguments,
        {{QStringLiteral("OWCTL_PASSWORD"), QStringLiteral("Counter2026ok")},
         {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
         {QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai")}});
}

QStringList generate(const QString& db, const QString& seed)
{
    return {QStringLiteral("--db"),    db,
            QStringLiteral("demo"),    QStringLiteral("generate"),
            QStringLiteral("--cases"), QStringLiteral("300"),
            QStringLiteral("--days"),  QStringLiteral("20"),
            QStringLiteral("--seed"),  seed,
            QStringLiteral("--end"),   QStringLiteral("2025-11-28")};
}

QByteArray casesDigest(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    QSqlQuery query(opened.value()->connection());
    query.exec(QStringLiteral("SELECT f.*, (SELECT group_concat(status || at, ',') FROM "
                              "case_event e WHERE e.case_id = f.id) FROM case_file f ORDER BY id"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next())
        for (int i = 0; i < 25; ++i)
            hash.addData(query.value(i).toString().toUtf8() + '|');
    return hash.result().toHex();
}

} // namespace

class TestOwctlDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString initHall(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const Run init =
            owctl({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--center"),
                   QStringLiteral("XC01"), QStringLiteral("--center-name"),
                   QStringLiteral("薛城区政务服务中心"), QStringLiteral("--window"),
                   QStringLiteral("3"), QStringLiteral("--admin"), QStringLiteral("admin")});
        if (init.exitCode != 0)
            qFatal("%s", init.err.constData());
        return path;
    }

private slots:
    void generatesOnTheHallsCentreAndSaysWhat()
    {
        const QString db = initHall(QStringLiteral("a.sqlite"));
        const Run run = owctl(generate(db, QStringLiteral("11")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("Generated 300 case")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("XC01")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Decisions: accepted")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("rectifications")), qPrintable(out));

        // The same options on another fresh hall: the same cases, to the event.
        const QString twin = initHall(QStringLiteral("b.sqlite"));
        QCOMPARE(owctl(generate(twin, QStringLiteral("11"))).exitCode, 0);
        QCOMPARE(casesDigest(twin), casesDigest(db));
        const QString other = initHall(QStringLiteral("c.sqlite"));
        QCOMPARE(owctl(generate(other, QStringLiteral("12"))).exitCode, 0);
        QVERIFY(casesDigest(other) != casesDigest(db));

        // The generation is in the audit log.
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo_generated'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void refusesRealCasesUnlessForced()
    {
        const QString db = initHall(QStringLiteral("real.sqlite"));
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            const SystemClock clock;
            AuditLog audit(*opened.value(), clock, QStringLiteral("XC01"), QStringLiteral("3"));
            Case c;
            c.centerCode = QStringLiteral("XC01");
            c.window = 3;
            c.clerk = QStringLiteral("admin");
            c.receivedAt = QDateTime(QDate(2025, 11, 3), QTime(9, 0));
            c.applicant.name = QStringLiteral("张三");
            c.applicant.identifier = QStringLiteral("11010519491231002X");
            c.itemCodes = {QStringLiteral("P082")};
            c.events = {{CaseStatus::Received, c.receivedAt, c.clerk, {}}};
            QVERIFY(CaseRepository(*opened.value()).create(c, audit).ok());
        }
        const QByteArray before = casesDigest(db);
        const Run refused = owctl(generate(db, QStringLiteral("1")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("1 real case"), refused.err.constData());
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(casesDigest(db), before);

        const Run forced = owctl(generate(db, QStringLiteral("1")) << QStringLiteral("--force"));
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY(forced.out.contains("Generated 300 case"));
    }

    void badArgumentsAreRefusedWithTheirName()
    {
        const QString db = initHall(QStringLiteral("args.sqlite"));
        const QList<QPair<QStringList, QByteArray>> cases = {
            {{QStringLiteral("demo")}, "generate"},
            {{QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--cases"),
              QStringLiteral("0"), QStringLiteral("--days"), QStringLiteral("1"),
              QStringLiteral("--seed"), QStringLiteral("1")},
             "--cases"},
            {{QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--cases"),
              QStringLiteral("10"), QStringLiteral("--days"), QStringLiteral("x"),
              QStringLiteral("--seed"), QStringLiteral("1")},
             "--days"},
            {{QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--cases"),
              QStringLiteral("10"), QStringLiteral("--days"), QStringLiteral("3"),
              QStringLiteral("--seed"), QStringLiteral("-4")},
             "--seed"},
            {{QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--cases"),
              QStringLiteral("10"), QStringLiteral("--days"), QStringLiteral("3"),
              QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--end"),
              QStringLiteral("2025-02-30")},
             "--end"},
            {{QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--cases"),
              QStringLiteral("10")},
             "--seed"},
        };
        for (const auto& [arguments, named] : cases) {
            const Run run = owctl(QStringList{QStringLiteral("--db"), db} + arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
            QVERIFY2(run.err.contains(named), run.err.constData());
        }
        QCOMPARE(casesDigest(db), casesDigest(db)); // still openable
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QCOMPARE(CaseRepository(*opened.value()).count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOwctlDemo)
#include "TestOwctlDemo.moc"
