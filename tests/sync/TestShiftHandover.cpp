// 交班: signing out shows what is left behind (cases not yet in the central store, 补正 waiting
// for the applicant) and records the hand-over; nothing blocks it.
#include "ProgramRun.h"
#include "SyncTestBed.h"
#include "audit/AuditLog.h"
#include "sync/ShiftHandover.h"

#include <QTest>

using namespace ow;
using namespace ow::test;

class TestShiftHandover : public QObject
{
    Q_OBJECT

private slots:
    void whatIsLeftBehindIsListedAndRecorded()
    {
        QTemporaryDir dir;
        Workstation w(dir.path(), QStringLiteral("XC01"), 3, CentralSettings{});
        const QString sent = w.addCase(1);
        w.addCase(2);
        // Case 1 reached the central store (its rows left the outbox); case 2 did not.
        w.exec(QStringLiteral("DELETE FROM sync_outbox WHERE row_key LIKE '[\"%1\"%'").arg(sent));
        w.exec(QStringLiteral("UPDATE case_file SET status = 'supplement_requested' WHERE id = "
                              "'%1'")
                   .arg(sent));
        w.exec(QStringLiteral("DELETE FROM sync_outbox WHERE row_key LIKE '[\"%1\"%'").arg(sent));

        const Result<ShiftHandover> summary =
            ShiftHandover::summarize(w.database(), QStringLiteral("admin"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary.value().notInCentralStore.size(), 1);
        QCOMPARE(summary.value().notInCentralStore.first().number,
                 QStringLiteral("XC01-03-20261128-0002"));
        QCOMPARE(summary.value().supplementsRunning.size(), 1);
        QCOMPARE(summary.value().supplementsRunning.first().number,
                 QStringLiteral("XC01-03-20261128-0001"));
        QCOMPARE(summary.value().pendingChanges, w.pending());
        // Another clerk leaves nothing behind.
        QVERIFY(ShiftHandover::summarize(w.database(), QStringLiteral("someone"))
                    .value()
                    .notInCentralStore.isEmpty());

        const ProgramRun closed =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("--db"), w.path(), QStringLiteral("--user"),
                        QStringLiteral("admin"), QStringLiteral("shift"), QStringLiteral("close")},
                       {{QStringLiteral("OWCTL_PASSWORD"), QStringLiteral("Counter2026ok")}});
        QCOMPARE(closed.exitCode, 0);
        QVERIFY2(closed.out.contains("Cases not yet in the central store: 1\n  "
                                     "XC01-03-20261128-0002\n"),
                 closed.out.constData());
        QVERIFY2(closed.out.contains("waiting for the applicant: 1\n  XC01-03-20261128-0001\n"),
                 closed.out.constData());
        SystemClock clock;
        AuditLog audit(w.database(), clock, QStringLiteral("XC01"), QStringLiteral("3"));
        const auto records = audit.list({{}, {}, {}, QStringLiteral("shift_closed")});
        QVERIFY(records.ok());
        QCOMPARE(records.value().size(), 1);
        QVERIFY2(records.value().first().detail.contains(
                     QLatin1String("not_in_central_store=1 supplements_running=1")),
                 qPrintable(records.value().first().detail));
    }
};

QTEST_GUILESS_MAIN(TestShiftHandover)
#include "TestShiftHandover.moc"
