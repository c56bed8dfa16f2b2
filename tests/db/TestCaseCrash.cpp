// A case once taken in survives a kill -9, and a kill inside the transaction leaves no half case.
// TakeInChild (its own process) takes cases in one after another, each from an autosaved draft;
// this test kills it with SIGKILL (b) right after it reports a case as taken, at seeded random
// moments, and (c) paused at a seeded random statement inside a takeIn transaction. Then it opens
// the database: PRAGMA integrity_check passes, every case reported is there with its events,
// materials and audit records, every case is whole, the audit chain is intact, and each draft
// either became its case (and is gone) or is still there (and has no case) — never both, never
// neither.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "TakeInScript.h"
#include "TestPaths.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "cases/IntakeDraft.h"
#include "catalog/CatalogSeed.h"
#include "files/OwnerOnlyFileKeyStore.h"
#include "guide/GuideRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace ow;

namespace {

const QString Password = QStringLiteral("Counter2026ok");

struct ChildOutput
{
    QMap<int, QString> drafts; // intake → draft id
    QMap<int, QString> taken;  // intake → case number
    QStringList lines;
};

} // namespace

class TestCaseCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_keyPath;
    int m_materials = 0; // P082's merged checklist
    int m_next = 1;      // the next intake number

    // Runs the child until `until` says so (or it stops), then kills it with SIGKILL.
    ChildOutput runAndKill(int count, qint64 pause,
                           const std::function<bool(const ChildOutput&)>& until, int delayMs)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONEWINDOW_PASSWORD"), Password);
        child.setProcessEnvironment(env);
        child.start(test::binaryPath(QStringLiteral("tests/db/TakeInChild")),
                    {m_path, m_keyPath, QString::number(m_next), QString::number(count),
                     QString::number(pause)});
        ChildOutput out;
        if (!child.waitForStarted(10000))
            qFatal("TakeInChild did not start");
        QByteArray buffer;
        const auto read = [&] {
            buffer += child.readAllStandardOutput();
            qsizetype end;
            while ((end = buffer.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(buffer.left(end));
                buffer.remove(0, end + 1);
                out.lines.append(line);
                const QStringList parts = line.split(u' ');
                if (parts.first() == QLatin1String("DRAFT"))
                    out.drafts.insert(parts.at(1).toInt(), parts.at(2));
                else if (parts.first() == QLatin1String("TAKEN"))
                    out.taken.insert(parts.at(1).toInt(), parts.at(2));
            }
        };
        while (!until(out)) {
            if (!child.waitForReadyRead(20000))
                qFatal("TakeInChild stopped: %s", child.readAllStandardError().constData());
            read();
        }
        if (delayMs > 0)
            QTest::qSleep(delayMs);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(10000);
        read();
        m_next += count;
        return out;
    }

    // Opens the database as the next start would, and checks everything a crash could break.
    void checkDatabase(const ChildOutput& out, const QString& where)
    {
        auto opened = Database::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& db = *opened.value();
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!query.next(), qPrintable(where + QStringLiteral(": dangling rows")));

        // Every case is whole: received and accepted, all materials, items, audit records.
        test::ManualClock clock;
        AuditLog audit(db, clock, QStringLiteral("XC01"), QStringLiteral("3"));
        const auto verified = audit.verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value().ok, qPrintable(verified.value().message));
        AuditFilter received, accepted;
        received.action = QStringLiteral("case_received");
        accepted.action = QStringLiteral("case_accepted");
        QStringList receivedNumbers, acceptedNumbers;
        for (const AuditRecord& r : audit.list(received).value())
            receivedNumbers.append(r.subject);
        for (const AuditRecord& r : audit.list(accepted).value())
            acceptedNumbers.append(r.subject);
        CaseRepository cases(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM case_file")));
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        QCOMPARE(receivedNumbers.size(), ids.size());
        QCOMPARE(acceptedNumbers.size(), ids.size());
        QStringList numbers;
        for (const QString& id : std::as_const(ids)) {
            const auto c = cases.load(id);
            QVERIFY2(c.ok(), qPrintable(c.error()));
            const QString context = where + u' ' + c.value().number;
            numbers.append(c.value().number);
            QCOMPARE(c.value().events.size(), 2);
            QCOMPARE(c.value().status(), CaseStatus::Accepted);
            QCOMPARE(c.value().itemCodes, QStringList{QStringLiteral("P082")});
            QCOMPARE(int(c.value().materials.size()), m_materials);
            for (const CaseMaterial& m : c.value().materials)
                QVERIFY2(m.state == CaseMaterial::State::Received, qPrintable(context));
            QVERIFY2(c.value().dueDate.isValid(), qPrintable(context));
            QVERIFY2(receivedNumbers.contains(c.value().number), qPrintable(context));
            QVERIFY2(acceptedNumbers.contains(c.value().number), qPrintable(context));
        }
        // Every case the child reported is there.
        for (const QString& number : out.taken)
            QVERIFY2(numbers.contains(number), qPrintable(where + u' ' + number));
        // Each draft became its case and went, or stayed without one.
        for (auto it = out.drafts.cbegin(); it != out.drafts.cend(); ++it) {
            const auto archive = cases.archive(test::crashIdNumber(it.key()));
            QVERIFY(archive.ok());
            QVERIFY(
                query.prepare(QStringLiteral("SELECT count(*) FROM intake_draft WHERE id = ?")));
            query.bindValue(0, it.value());
            QVERIFY(query.exec() && query.next());
            const bool draftKept = query.value(0).toInt() == 1;
            const QString context = where + QStringLiteral(" intake %1").arg(it.key());
            QVERIFY2(archive.value().size() + (draftKept ? 1 : 0) == 1, qPrintable(context));
            if (out.taken.contains(it.key()))
                QVERIFY2(!draftKept, qPrintable(context));
        }
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        m_keyPath = m_dir.filePath(QStringLiteral("keys/file-encryption.key"));
        auto prepared = DatabaseSetup::prepare(m_path, CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        Database& db = *prepared.value().database;
        test::ManualClock clock;
        AccountService accounts(db, clock);
        QVERIFY(accounts
                    .setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                               QStringLiteral("admin"), QStringLiteral("管理员"), Password)
                    .ok());
        const Session admin = accounts.signIn(QStringLiteral("admin"), Password).value();
        QVERIFY(accounts
                    .addUser(admin,
                             {QStringLiteral("clerk"),
                              QStringLiteral("李"),
                              Role::Clerk,
                              {},
                              false,
                              true,
                              0,
                              {}},
                             Password)
                    .ok());
        QVERIFY(OwnerOnlyFileKeyStore(m_keyPath).loadOrCreateKey().ok());
        IntakeDraft probe;
        probe.itemCodes = {QStringLiteral("P082")};
        probe.mergeChecklist(GuideRepository(db).latestAll().value(),
                             GuideRepository(db).dictionary().value());
        m_materials = int(probe.materials.size());
        QVERIFY(m_materials > 0);
    }

    // (b) The child reports a case as taken in and is killed at once (or a few ms later, in
    // the middle of the next one): the case is complete after the restart.
    void aCaseReportedTakenSurvivesAKill()
    {
        QRandomGenerator random(5150);
        QElapsedTimer elapsed;
        elapsed.start();
        for (int round = 0; round < 8; ++round) {
            const int killAfter = int(random.bounded(1, 4));
            const int delayMs = round % 2 == 0 ? 0 : int(random.bounded(1, 30));
            const ChildOutput out = runAndKill(
                50, 0, [killAfter](const ChildOutput& o) { return o.taken.size() >= killAfter; },
                delayMs);
            QVERIFY(out.taken.size() >= killAfter);
            checkDatabase(out, QStringLiteral("(b) round %1").arg(round));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("(b) 8 kills in %lld ms", elapsed.elapsed());
    }

    // (c) Killed inside the takeIn transaction, anywhere from its first write to its COMMIT:
    // no trace of that case, its draft kept, the cases before it whole.
    void aKillInsideTheTransactionLeavesNoHalfCase()
    {
        QRandomGenerator random(31337);
        QElapsedTimer elapsed;
        elapsed.start();
        QSet<int> points;
        for (int round = 0; round < 10; ++round) {
            const int interrupted = m_next + 1;
            // The COMMIT and the draft's removal just before it first, then seeded points.
            const qint64 pause = round < 2 ? -1 - round : qint64(random.bounded(1u, 100000u));
            const ChildOutput out = runAndKill(
                2, pause,
                [](const ChildOutput& o) {
                    return !o.lines.isEmpty() && o.lines.last().startsWith(u"PAUSED");
                },
                0);
            const QStringList paused = out.lines.last().split(u' ');
            points.insert(paused.at(2).toInt());
            const QString where = QStringLiteral("(c) round %1, statement %2 of %3 (%4)")
                                      .arg(round)
                                      .arg(paused.at(2), paused.at(3), paused.mid(4).join(u' '));
            qInfo("%s", qPrintable(where));
            QVERIFY2(!out.taken.contains(interrupted), qPrintable(where));
            QVERIFY2(out.drafts.contains(interrupted), qPrintable(where));
            checkDatabase(out, where);
            if (QTest::currentTestFailed())
                return;
            auto opened = Database::open(m_path);
            QVERIFY(opened.ok());
            QVERIFY2(CaseRepository(*opened.value())
                         .archive(test::crashIdNumber(interrupted))
                         .value()
                         .isEmpty(),
                     qPrintable(where));
        }
        QVERIFY(points.size() >= 5); // the kills landed at different statements
        qInfo("(c) 10 kills in %lld ms", elapsed.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestCaseCrash)
#include "TestCaseCrash.moc"
