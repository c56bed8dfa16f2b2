// owctl sync killed (kill -9) at random moments of push and pull, again and again: the next
// sync converges, and every operation the store acknowledged is there once.
#include "SyncTestBed.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <signal.h>

using namespace ow;
using namespace ow::test;

class TestSyncKill : public QObject
{
    Q_OBJECT

private slots:
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
