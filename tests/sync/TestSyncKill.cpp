// owctl sync killed (kill -9) at random moments of push and pull, again and again: the next
// sync converges, and every operation the store acknowledged is there once. And a full resync
// (pull everything, then remove what the store lacks) crashed at each of its statements in a
// child process (SyncCrashChild): the next sync finishes it, and nothing pending here is lost.
#include "SyncTestBed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <signal.h>

using namespace ow;
using namespace ow::test;

namespace {

// The case rows of a local database, as Workstation::rows() reads them.
RowSet rowsOf(Database& database)
{
    RowSet result;
    const auto tables = SyncOutbox::tables(database).value();
    for (const SyncOutbox::TableInfo& table : tables) {
        if (!caseTables().contains(table.name))
            continue;
        QSqlQuery query(database.connection());
        if (!query.exec(
                QStringLiteral("SELECT %1 FROM %2 AS NEW")
                    .arg(SyncOutbox::rowExpression(table, QStringLiteral("NEW")), table.name)))
            qFatal("rows: %s", qPrintable(query.lastError().text()));
        while (query.next())
            result[table.name].append(canonical(query.value(0).toString()));
        result[table.name].sort();
        if (result[table.name].isEmpty())
            result.remove(table.name);
    }
    return result;
}

QVariant valueOf(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

// A change made here without the outbox knowing (a lost write, a restored backup): the count
// check then finds the sides differ and starts a full resync.
void quietly(Workstation& w, const QString& sql)
{
    w.exec(QStringLiteral("BEGIN IMMEDIATE"));
    w.exec(QStringLiteral("UPDATE sync_state SET applying = 1"));
    w.exec(sql);
    w.exec(QStringLiteral("UPDATE sync_state SET applying = 0"));
    w.exec(QStringLiteral("COMMIT"));
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private slots:
    void aFullResyncCrashedAtEachStatementConverges()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString code = randomCode(QStringLiteral("R"));
        const CentralSettings login = central.addCenter(code);
        Workstation a(dir.path(), code, 1, login);
        Workstation b(dir.path(), code, 2, login);
        for (int i = 1; i <= 5; ++i)
            a.addCase(i);
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        // b lost rows and holds one the store never had: its next count check fails.
        quietly(b, QStringLiteral("DELETE FROM case_event WHERE case_id = (SELECT min(id) FROM "
                                  "case_file)"));
        quietly(b, QStringLiteral("INSERT INTO applicant (identifier, kind, name, updated_at) "
                                  "VALUES ('110105195001010011', 'person', '李四', "
                                  "'2026-11-28T01:00:00.000Z')"));
        // What waits at b (never to be lost): a case taken there and an edit of one of a's.
        const QString pendingCase = b.addCase(101, QStringLiteral("110105196001010017"));
        b.exec(QStringLiteral("UPDATE case_material SET note = 'b-pending' WHERE case_id = (SELECT "
                              "max(id) FROM case_file WHERE window_no = 1)"));
        QVERIFY(b.pending() > 0);
        // More for the resync to bring.
        for (int i = 6; i <= 7; ++i)
            a.addCase(i);
        QVERIFY(a.sync().ok());

        const QString snapshot = dir.filePath(QStringLiteral("snapshot.sqlite"));
        b.exec(QStringLiteral("VACUUM INTO '%1'").arg(snapshot));
        const QString run = dir.filePath(QStringLiteral("run.sqlite"));
        auto restore = [&] {
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(run + suffix);
            QVERIFY(QFile::copy(snapshot, run));
        };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), ScratchCentral::password());
        const QString url = central.urlOf(login);
        auto child = [&](int crashAt, QByteArray& out) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(binaryPath(QStringLiteral("tests/sync/SyncCrashChild")),
                          {run, url, QStringLiteral("4"), QString::number(crashAt)});
            if (!process.waitForStarted() || !process.waitForFinished(60000))
                qFatal("SyncCrashChild did not run");
            out = process.readAllStandardOutput();
            if (process.exitStatus() == QProcess::CrashExit)
                return -1;
            if (process.exitCode() != 0)
                qFatal("SyncCrashChild: %s", process.readAllStandardError().constData());
            return process.exitCode();
        };

        // The whole round once, uncrashed: it is a full resync, of n statements.
        restore();
        QByteArray out;
        QCOMPARE(child(0, out), 0);
        QVERIFY2(out.contains("RESYNCED 1"), out.constData());
        const int statements = out.split(' ').value(1).toInt();
        QVERIFY2(statements > 20, out.constData());

        // Crashed before each statement (and a case taken before the next round): every one of the
        // start (hello, push, count check, the resync's start and its first pages) and of the end
        // (the last page, removing what the store lacks, the flag), every fourth of the pages
        // between (the same steps again): the next round converges, and b's waiting changes are in
        // the store exactly once.
        int crashed = 0;
        int taken = 0; // cases taken after a crash, before the next round
        for (int at = 1; at <= statements + 2; at += (at < 70 || at >= statements - 30) ? 1 : 4) {
            restore();
            if (child(at, out) == -1)
                ++crashed;
            auto opened = Database::open(run);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            Database& database = *opened.value();
            // The clerk goes on working before the next round: a case taken after the crash.
            const QString after = QUuid::createUuid().toString(QUuid::WithoutBraces);
            {
                QSqlQuery query(database.connection());
                QVERIFY2(query.exec(QStringLiteral(
                                        "INSERT INTO case_file (id, number, center_code, "
                                        "window_no, received_on, sequence, clerk, received_at, "
                                        "applicant_identifier, status) VALUES ('%1', "
                                        "'%2-02-20261128-%3', '%2', 2, '2026-11-28', %4, 'admin', "
                                        "'2026-11-28T02:00:00.000Z', '110105196001010017', "
                                        "'received')")
                                        .arg(after, code)
                                        .arg(1000 + at, 4, 10, QLatin1Char('0'))
                                        .arg(1000 + at)),
                         qPrintable(query.lastError().text()));
            }
            {
                SyncEngine engine(database);
                for (int round = 0; round < 2; ++round) {
                    const Result<SyncReport> report = engine.runOnce(login);
                    QVERIFY2(
                        report.ok(),
                        qPrintable(QStringLiteral("crash at %1: %2").arg(at).arg(report.error())));
                }
            }
            const QString where = QStringLiteral("crash at %1 of %2").arg(at).arg(statements);
            QVERIFY2(valueOf(database, QStringLiteral("SELECT resync FROM sync_state")).toInt() ==
                         0,
                     qPrintable(where));
            QVERIFY2(
                valueOf(database, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt() == 0,
                qPrintable(where));
            QVERIFY2(valueOf(database, QStringLiteral("SELECT count(*) FROM sync_seen")).toInt() ==
                         0,
                     qPrintable(where));
            const RowSet rows = central.rows(code);
            QVERIFY2(rowsOf(database) == rows, qPrintable(where));
            ++taken;
            QVERIFY2(rows.value(QStringLiteral("case_file")).size() == 8 + taken,
                     qPrintable(where));
            QVERIFY2(central.count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                  "table_name = 'case_file' AND data ->> 'id' = "
                                                  "'%1'")
                                       .arg(after)) == 1,
                     qPrintable(where));
            QVERIFY2(valueOf(database, QStringLiteral("SELECT count(*) FROM case_file WHERE id = "
                                                      "'%1'")
                                           .arg(pendingCase))
                             .toInt() == 1,
                     qPrintable(where));
            QVERIFY2(valueOf(database, QStringLiteral("SELECT count(*) FROM case_material WHERE "
                                                      "note = 'b-pending'"))
                             .toInt() == 1,
                     qPrintable(where));
            QVERIFY2(valueOf(database, QStringLiteral("SELECT count(*) FROM applicant WHERE "
                                                      "identifier = '110105195001010011'"))
                             .toInt() == 0,
                     qPrintable(where));
        }
        qInfo("full resync of %d statements: crashed %d times", statements, crashed);
        QVERIFY(crashed > 100);
        QCOMPARE(central.count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                              "table_name = 'case_material' AND data ->> 'note' "
                                              "= 'b-pending'")),
                 1);
    }

    void killedRoundsConverge()
    {
        QTemporaryDir dir;
        ScratchCentral central;
        QVERIFY2(central.error().isEmpty(), qPrintable(central.error()));
        const QString code = randomCode(QStringLiteral("K"));
        const CentralSettings login = central.addCenter(code);
        Workstation writer(dir.path(), code, 1, login);
        Workstation reader(dir.path(), code, 2, login);
        int sequence = 0;
        for (int i = 0; i < 300; ++i)
            writer.addCase(++sequence);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), ScratchCentral::password());
        const QString url = central.urlOf(login);
        int killed = 0;
        int finished = 0;
        for (int round = 0; round < 12; ++round) {
            for (Workstation* w : {&writer, &reader}) {
                QProcess owctl;
                owctl.setProcessEnvironment(env);
                owctl.setStandardInputFile(QProcess::nullDevice());
                owctl.start(binaryPath(QStringLiteral("app/cli/owctl")),
                            {QStringLiteral("--db"), w->path(), QStringLiteral("sync"),
                             QStringLiteral("--central"), url});
                QVERIFY(owctl.waitForStarted());
                // The first rounds are killed while starting up or connecting, so that a quiet,
                // fast machine still kills some; the later ones anywhere in the round.
                const int delay = round < 2 ? QRandomGenerator::global()->bounded(1, 20)
                                            : QRandomGenerator::global()->bounded(30, 700);
                if (!owctl.waitForFinished(delay)) {
                    ::kill(pid_t(owctl.processId()), SIGKILL);
                    owctl.waitForFinished(10000);
                    ++killed;
                } else {
                    ++finished;
                }
            }
            for (int i = 0; i < 20; ++i)
                writer.addCase(++sequence);
            reader.exec(QStringLiteral("UPDATE case_material SET note = 'r%1' WHERE case_id IN "
                                       "(SELECT id FROM case_file ORDER BY number LIMIT 5)")
                            .arg(round));
        }
        qInfo("owctl sync: %d rounds killed, %d finished", killed, finished);
        QVERIFY(killed > 0);

        // Quiet: two clean rounds each, and everything agrees.
        for (int i = 0; i < 2; ++i) {
            for (Workstation* w : {&writer, &reader}) {
                const Result<SyncReport> report = w->sync();
                QVERIFY2(report.ok(), qPrintable(report.error()));
            }
        }
        QCOMPARE(writer.pending(), 0);
        QCOMPARE(reader.pending(), 0);
        const RowSet rows = central.rows(code);
        QCOMPARE(rows.value(QStringLiteral("case_file")).size(), sequence);
        QCOMPARE(rows.value(QStringLiteral("case_event")).size(), sequence);
        QCOMPARE(writer.rows(), rows);
        QCOMPARE(reader.rows(), rows);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "TestSyncKill.moc"
