// The post-sync count check and the full resync against a real PostgreSQL: a row lost here comes
// back, a row the store does not have goes here (and never up), a workstation whose cursor is
// older than the tombstones the store purged reloads in full, a parent changed after its children
// still arrives with them, and a quiet round stays small.
#include "SyncTestBed.h"

#include <QTest>

using namespace ow;
using namespace ow::test;

class TestSyncResync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchCentral> m_central;
    QString m_code;
    CentralSettings m_login;
    int m_windows = 0;

    std::unique_ptr<Workstation> workstation()
    {
        return std::make_unique<Workstation>(m_dir.path(), m_code, ++m_windows, m_login);
    }
    static SyncReport syncOk(Workstation& w)
    {
        const Result<SyncReport> report = w.sync();
        if (!report)
            qFatal("sync: %s", qPrintable(report.error()));
        return report.value();
    }
    // A change made here without the outbox knowing (what a lost write or a restored backup
    // leaves behind).
    static void quietly(Workstation& w, const QString& sql)
    {
        w.exec(QStringLiteral("BEGIN IMMEDIATE"));
        w.exec(QStringLiteral("UPDATE sync_state SET applying = 1"));
        w.exec(sql);
        w.exec(QStringLiteral("UPDATE sync_state SET applying = 0"));
        w.exec(QStringLiteral("COMMIT"));
    }

private slots:
    void init()
    {
        m_central = std::make_unique<ScratchCentral>();
        QVERIFY2(m_central->error().isEmpty(), qPrintable(m_central->error()));
        m_code = randomCode(QStringLiteral("R"));
        m_login = m_central->addCenter(m_code);
    }
    void cleanup() { m_central.reset(); }

    void ordinaryRoundsNeverResync()
    {
        auto a = workstation();
        auto b = workstation();
        for (int i = 1; i <= 3; ++i) {
            const QString id = a->addCase(i);
            b->exec(QStringLiteral("UPDATE applicant SET phone = '1390000000%1'").arg(i));
            for (Workstation* w : {a.get(), b.get(), a.get()})
                QVERIFY(!syncOk(*w).resynced);
            b->exec(QStringLiteral("UPDATE case_material SET note = 'n%1' WHERE case_id = '%2'")
                        .arg(i)
                        .arg(id));
            QVERIFY(!syncOk(*b).resynced);
        }
        QVERIFY(!syncOk(*a).resynced);
        QCOMPARE(a->rows(), m_central->rows(m_code));
        QCOMPARE(b->rows(), m_central->rows(m_code));
    }

    void aRowLostHereIsNoticedAndComesBack()
    {
        auto a = workstation();
        auto b = workstation();
        const QString id = a->addCase(1);
        syncOk(*a);
        syncOk(*b);
        quietly(
            *b,
            QStringLiteral("DELETE FROM case_item WHERE case_id = '%1' AND position = 2").arg(id));
        QVERIFY(b->rows() != m_central->rows(m_code));
        // The next round that moves something counts, finds one case item missing, reloads.
        a->addCase(2);
        syncOk(*a);
        const SyncReport report = syncOk(*b);
        QVERIFY(report.resynced);
        QCOMPARE(b->pending(), 0);
        QCOMPARE(b->rows(), m_central->rows(m_code));
        QCOMPARE(b->value(QStringLiteral("SELECT resync FROM sync_state")).toInt(), 0);
        QCOMPARE(b->value(QStringLiteral("SELECT count(*) FROM sync_seen")).toInt(), 0);
        QVERIFY(!syncOk(*b).resynced);
    }

    void theCountCheckRunsAtMostOncePerInterval()
    {
        // As the program runs it: the first round that moves rows counts; later ones count again
        // only once the interval has passed, and then notice what went missing meanwhile.
        auto a = workstation();
        auto b = workstation();
        b->engine().setCheckInterval(SyncEngine::DefaultCheckIntervalSeconds);
        const QString id = a->addCase(1);
        syncOk(*a);
        syncOk(*b); // pulls the case: counted
        quietly(
            *b,
            QStringLiteral("DELETE FROM case_item WHERE case_id = '%1' AND position = 2").arg(id));
        a->addCase(2);
        syncOk(*a);
        SyncReport report = syncOk(*b); // moved rows, but counted less than 10 minutes ago
        QVERIFY(report.pulled > 0);
        QVERIFY(!report.resynced);
        QVERIFY(b->rows() != m_central->rows(m_code));
        // The interval over (here: made 0), the next round counts without anything moving.
        b->engine().setCheckInterval(0);
        report = syncOk(*b);
        QVERIFY(report.resynced);
        QCOMPARE(b->rows(), m_central->rows(m_code));
    }

    void aRowTheStoreDoesNotHaveGoesHereAndNeverUp()
    {
        auto a = workstation();
        auto b = workstation();
        a->addCase(1);
        syncOk(*a);
        syncOk(*b);
        const RowSet before = m_central->rows(m_code);
        quietly(*b, QStringLiteral("INSERT INTO applicant (identifier, kind, name, updated_at) "
                                   "VALUES ('110105195001010011', 'person', '李四', "
                                   "'2026-11-28T01:00:00.000Z')"));
        // A change of b's own waits in the outbox meanwhile: it goes up and stays.
        b->exec(QStringLiteral("UPDATE applicant SET phone = '13900000001' WHERE identifier = "
                               "'11010519491231002X'"));
        const SyncReport report = syncOk(*b);
        QVERIFY(report.resynced);
        QCOMPARE(b->value(QStringLiteral("SELECT count(*) FROM applicant WHERE identifier = "
                                         "'110105195001010011'"))
                     .toInt(),
                 0);
        QCOMPARE(b->value(QStringLiteral("SELECT phone FROM applicant WHERE identifier = "
                                         "'11010519491231002X'"))
                     .toString(),
                 QStringLiteral("13900000001"));
        const RowSet after = m_central->rows(m_code);
        QCOMPARE(after.value(QStringLiteral("applicant")).size(),
                 before.value(QStringLiteral("applicant")).size());
        QCOMPARE(b->rows(), after);
        syncOk(*a);
        QCOMPARE(a->rows(), after);
    }

    void aCursorOlderThanPurgedTombstonesReloadsInFull()
    {
        auto a = workstation();
        auto b = workstation();
        const QString id = a->addCase(1);
        syncOk(*a);
        syncOk(*b);
        // b stays away while a removes a material and the store, a month later, forgets the
        // tombstone (sync_push purges those older than 30 days).
        a->exec(QStringLiteral("DELETE FROM case_material WHERE case_id = '%1'").arg(id));
        syncOk(*a);
        QSqlQuery(m_central->admin())
            .exec(QStringLiteral("UPDATE onewindow.sync_row SET updated_at = now() - interval "
                                 "'31 days' WHERE data IS NULL"));
        a->addCase(2);
        QVERIFY(!syncOk(*a).resynced); // a had passed the tombstone
        QCOMPARE(m_central->count(
                     QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE data IS NULL")),
                 0);
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_purge")), 1);
        const QString materials =
            QStringLiteral("SELECT count(*) FROM case_material WHERE case_id = '%1'").arg(id);
        QCOMPARE(b->value(materials).toInt(), 1);

        const SyncReport report = syncOk(*b);
        QVERIFY(report.resynced);
        QCOMPARE(b->value(materials).toInt(), 0);
        QCOMPARE(b->rows(), m_central->rows(m_code));
        QVERIFY(!syncOk(*b).resynced);
        // A new workstation starts from nothing: a first pull, not a resync.
        auto c = workstation();
        QVERIFY(!syncOk(*c).resynced);
        QCOMPARE(c->rows(), m_central->rows(m_code));
    }

    void anInterruptedResyncCarriesOn()
    {
        auto a = workstation();
        auto b = workstation();
        for (int i = 1; i <= 4; ++i)
            a->addCase(i);
        syncOk(*a);
        syncOk(*b);
        quietly(*b, QStringLiteral("DELETE FROM case_event"));
        quietly(*b, QStringLiteral("INSERT INTO applicant (identifier, kind, name, updated_at) "
                                   "VALUES ('110105195001010011', 'person', '李四', "
                                   "'2026-11-28T01:00:00.000Z')"));
        a->addCase(5);
        syncOk(*a);
        // Small pages, and a statement deep in the resync fails: the next round finishes it.
        b->engine().setBatchSize(3);
        for (int n = 12;; n += 7) {
            b->engine().injectFault(n, SyncEngine::Fault::AfterStatement);
            const Result<SyncReport> cut = b->sync();
            b->engine().injectFault(0, SyncEngine::Fault::AfterStatement);
            if (cut)
                break;
            QVERIFY2(n < 400, "the resync never got through");
            if (b->value(QStringLiteral("SELECT resync FROM sync_state")).toInt() == 1) {
                const SyncReport resumed = syncOk(*b);
                QVERIFY(resumed.resynced);
                break;
            }
        }
        QCOMPARE(b->value(QStringLiteral("SELECT resync FROM sync_state")).toInt(), 0);
        QCOMPARE(b->rows(), m_central->rows(m_code));
        QCOMPARE(b->value(QStringLiteral("SELECT count(*) FROM applicant WHERE identifier = "
                                         "'110105195001010011'"))
                     .toInt(),
                 0);
    }

    void aParentChangedAfterItsChildrenArrivesInTheSamePage()
    {
        // The store keeps a row's newest version only: a case edited after it was made comes
        // after its items and events in the log. A new window pulling in pages of 2 must still
        // get it (a page ending between would break the items' reference to their case).
        auto a = workstation();
        const QString id = a->addCase(1);
        syncOk(*a);
        a->exec(
            QStringLiteral("UPDATE case_file SET decision_note = 'later' WHERE id = '%1'").arg(id));
        a->addCase(2);
        syncOk(*a);
        auto c = workstation();
        c->engine().setBatchSize(2);
        const SyncReport report = syncOk(*c);
        QVERIFY(!report.resynced);
        QCOMPARE(c->rows(), m_central->rows(m_code));
        QCOMPARE(
            c->value(QStringLiteral("SELECT decision_note FROM case_file WHERE id = '%1'").arg(id))
                .toString(),
            QStringLiteral("later"));
    }

    void aQuietRoundIsOneCallToTheStore()
    {
        auto a = workstation();
        a->addCase(1);
        syncOk(*a);
        syncOk(*a);
        // Nothing to do: read the state here, one hello to the store (which says nothing is
        // new), read the empty outbox, note the success.
        const SyncReport idle = syncOk(*a);
        QCOMPARE(idle.pushed, 0);
        QCOMPARE(idle.pulled, 0);
        QVERIFY(!idle.resynced);
        QCOMPARE(a->engine().statementsRun(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSyncResync)
#include "TestSyncResync.moc"
