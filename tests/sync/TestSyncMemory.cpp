// What a long-lived syncing process holds, against a real PostgreSQL: measured as malloc's bytes
// in use (mallinfo2) less SQLite's own (its page cache fills up to cache_size as the database
// grows, which is bounded and not ours to judge), never as the resident set, which malloc's free
// lists and the page cache's warm-up would mask or fake.
//  - ordinary rounds keep nothing per case: the heap after round 2N is the heap after round N;
//  - a busy round (thousands of rows in pages of megabytes, pushed by one side and pulled by the
//    other) leaves nothing behind: libpq keeps a connection's buffers at its largest message, so
//    the engine lets such a connection go after the round (SyncEngine::releaseMemory).
// The soak (tests/soak) shows the same over a whole day, on the resident set too.
#include "SyncTestBed.h"

#include <QTest>

#include <cstddef>
#include <malloc.h>
#include <sqlite3.h>
#ifdef __SANITIZE_ADDRESS__
// In AddressSanitizer's runtime (g++ 12 on Debian ships no <sanitizer/allocator_interface.h>).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace ow;
using namespace ow::test;

namespace {

// Bytes this process holds from malloc, without SQLite's.
qint64 heapInUse()
{
#ifdef __SANITIZE_ADDRESS__
    // AddressSanitizer's allocator serves malloc here (freed blocks wait in its quarantine, not
    // counted).
    return qint64(__sanitizer_get_current_allocated_bytes()) - sqlite3_memory_used();
#else
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd) - sqlite3_memory_used();
#endif
}

} // namespace

class TestSyncMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchCentral> m_central;
    QString m_code;
    CentralSettings m_login;
    int m_windows = 0;
    int m_sequence = 0;

    std::unique_ptr<Workstation> workstation()
    {
        auto station = std::make_unique<Workstation>(m_dir.path(), m_code, ++m_windows, m_login);
        station->exec(QStringLiteral("PRAGMA synchronous = OFF")); // thousands of commits
        return station;
    }
    static SyncReport syncOk(Workstation& w)
    {
        const Result<SyncReport> report = w.sync();
        if (!report)
            qFatal("sync: %s", qPrintable(report.error()));
        return report.value();
    }
    void addCases(Workstation& w, int count)
    {
        for (int i = 0; i < count; ++i)
            w.addCase(++m_sequence);
    }
    // One ordinary round: a few cases at the first window, both sync.
    void round(Workstation& a, Workstation& b)
    {
        addCases(a, 5);
        syncOk(a);
        syncOk(b);
    }

private slots:
    void init()
    {
        m_central = std::make_unique<ScratchCentral>();
        QVERIFY2(m_central->error().isEmpty(), qPrintable(m_central->error()));
        m_code = randomCode(QStringLiteral("M"));
        m_login = m_central->addCenter(m_code);
    }
    void cleanup() { m_central.reset(); }

    void ordinaryRoundsKeepNothingPerCase()
    {
        auto a = workstation();
        auto b = workstation();
        constexpr int N = 20;
        qint64 atN = 0;
        for (int i = 1; i <= 2 * N; ++i) {
            round(*a, *b);
            if (i == N)
                atN = heapInUse();
        }
        const qint64 at2N = heapInUse();
        qInfo("heap in use (without SQLite) after round %d: %lld KB, after round %d: %lld KB", N,
              atN / 1024, 2 * N, at2N / 1024);
        // 100 more cases (500 rows each way): 64 KB is less than 128 bytes a row.
        QVERIFY2(at2N - atN < 64 * 1024,
                 qPrintable(QStringLiteral("the heap grew by %1 KB over %2 rounds")
                                .arg((at2N - atN) / 1024)
                                .arg(N)));
        QCOMPARE(b->rows(), m_central->rows(m_code));
    }

    void aBusyRoundLeavesNothingBehind()
    {
        auto a = workstation();
        auto b = workstation();
        for (int i = 0; i < 3; ++i)
            round(*a, *b);
        const qint64 before = heapInUse();
        addCases(*a, 1200); // 6,000 rows: pushed in two batches, pulled in two pages
        QVERIFY(syncOk(*a).pushed >= 6000);
        QVERIFY(syncOk(*b).pulled >= 6000);
        round(*a, *b);
        const qint64 after = heapInUse();
        qInfo("heap in use (without SQLite) before the busy round: %lld KB, after: %lld KB",
              before / 1024, after / 1024);
        QVERIFY2(
            after - before < 512 * 1024,
            qPrintable(
                QStringLiteral("the busy round left %1 KB behind").arg((after - before) / 1024)));
        QCOMPARE(b->rows(), m_central->rows(m_code));
    }
};

QTEST_GUILESS_MAIN(TestSyncMemory)
#include "TestSyncMemory.moc"
