#pragma once

#include "CentralSettings.h"
#include "SyncPayload.h"
#include "common/Result.h"
#include "sync/SyncOutbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace ow {

class Database;

// What one round moved: operations the store acknowledged, rows that changed here, and the
// overlapping edits the store decided against this workstation.
struct SyncReport
{
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    // This round reloaded the center's rows from the store (a failed count check, or a cursor
    // older than the store's purged tombstones).
    bool resynced = false;
    // Reference documents of the store this workstation could not use, skipped this round (one
    // message each, naming the document and what is wrong); the rest was applied.
    QStringList refused;
};

// Where this workstation stands, for the status bar and owctl.
struct SyncState
{
    QString clientId;
    int pending = 0;
    QDateTime lastSuccess;
    QString lastError;
    QString centralUrl;
    // The store's reference documents refused here and not yet replaced by a later version.
    QStringList refused;
};

// One sync round with the central store, over the local outbox (SyncOutbox):
//  1. hello: the store's protocol must be ours and its login must belong to this hall; the same
//     call says whether the log has anything after our cursor and whether our cursor is older
//     than tombstones the store purged (then only a full resync is right);
//  2. push: outbox operations in batches, each batch one server transaction (sync_push, set-based
//     on the server); the batch leaves the outbox only after the store answered, so a lost
//     answer means a replay, which the store skips by operation id;
//  3. pull (only when something moved): the store's change log after our cursor, each page
//     applied in one local transaction together with the new cursor (the outbox triggers quiet
//     meanwhile);
//  4. count check (after a round that moved something, and the engine's first round): the
//     center's live rows per table here and in the store; a difference starts a full resync,
//     which only ever changes this side (an empty or new database never overwrites the store).
// Any failure leaves both sides consistent; the next round carries on from there (a full resync
// too). Keeps its central connection between rounds (reconnecting when it broke), except after
// a round that moved many rows, resynced or failed (releaseMemory); one engine per thread.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(ow::SyncEngine)

public:
    explicit SyncEngine(Database& local);
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    Result<SyncReport> runOnce(const CentralSettings& central);

    void setBatchSize(int rows) { m_batchSize = rows > 0 ? rows : 1; }
    // The count check compares the hall's rows here and in the store after a round that moved
    // rows: in the engine's first such round, then at most once per interval (it counts every
    // row of the hall on both sides, which grows with the hall's years, not with the round).
    // 0: after every round that moved rows.
    static constexpr int DefaultCheckIntervalSeconds = 600;
    void setCheckInterval(int seconds) { m_checkInterval = seconds > 0 ? seconds : 0; }
    // The largest page the last pull asked the store for (the batch size, unless a page that
    // ended between a parent and its children could not be completed by key).
    int largestPullPage() const { return m_largestPage; }

    // Called after each page a pull stored (on the engine's thread): the rows read from the store
    // so far in this pull, and whether more pages follow. The store does not say how many rows
    // wait, so a long pull is told by its running count (an indeterminate bar, owctl --verbose).
    using PullProgress = std::function<void(int rowsRead, bool more)>;
    void setPullProgress(PullProgress report) { m_pullProgress = std::move(report); }

    // Test hook (the Nextcloud client's habit): the statement-th statement of each following
    // round, local or central, fails before it runs or after it ran (an answer lost on the
    // way). 0 turns it off. statementsRun() counts the statements of the last round.
    // Crash: the process dies at once before the statement (SIGKILL to itself: no rollback, no
    // cleanup, what kill -9 or a power cut leaves), for tests that run the round in a child.
    enum class Fault
    {
        BeforeStatement,
        AfterStatement,
        Crash
    };
    void injectFault(int statement, Fault fault)
    {
        m_faultAt = statement;
        m_fault = fault;
    }
    int statementsRun() const { return m_statements; }

    static Result<SyncState> state(Database& local);
    // Remembers the store's address (never a password) for the next rounds.
    static Status saveCentralUrl(Database& local, const QString& url);

private:
    Status connect(const CentralSettings& central);
    Status hello();
    Status helloOnce(bool& connectionBroke);
    Result<int> push(SyncReport& report);
    // The outbox rows of the batches the store acknowledged this round leave the outbox (see
    // push); false with error when they could not (they go again next round, and are skipped).
    bool clearAcknowledged(QString& error);
    // One page of at most pageSize rows; orphans: it could not be stored because a row's parent
    // comes later in the log.
    Result<int> pullPage(const QString& mode, int pageSize, bool& more, bool& orphans);
    Result<int> pullAll(const QString& mode);
    // Within a page's open transaction: the current rows of the parents `rows` name and this
    // database lacks, by key from the store, stored; `rows` becomes them. Rows changed.
    Result<int> pullParents(QList<PulledRow>& rows);
    Result<bool> applyRow(const PulledRow& row, bool track);
    Status startResync();
    // The count check's question, sent without waiting (statement: its number for the fault
    // hook), and its answer.
    Status askCheck(int& statement);
    Result<SyncPayload::CountCheck> checkAnswer(int statement);
    // 1: the counts agree, 0: they differ, -1: cannot tell now (something moved meanwhile).
    Result<int> countsMatch(const SyncPayload::CountCheck& check);
    Result<int> finishResync(const SyncPayload::CountCheck& check);
    Result<int> fullResync();
    // The tables whose rows both sides keep (the count check and the full resync cover them).
    bool counted(const SyncOutbox::TableInfo& table) const
    {
        return table.direction == QLatin1String("both") && !table.clientScope;
    }
    // The fault hook of the tests around every statement of a round: beginStatement counts it
    // and fails it (or kills the process) when the fault is set for it; answerLost says whether
    // the answer of statement number `statement`, which ran, is to be lost.
    bool beginStatement(QString& error);
    bool answerLost(int statement, QString& error) const;
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString& error);
    QString inlined(const QString& sql, const QVariantList& values) const;
    // The same with a local statement prepared once per round (the pull applies thousands).
    bool runLocal(const QString& sql, const QVariantList& values, QString& error,
                  QSqlQuery** used = nullptr);
    // COPY … FROM STDIN of rows (count lines) on the central connection, a statement for the
    // fault hook like run().
    bool copyIn(const QSqlDatabase& central, const char* sql, const QByteArray& rows, int count,
                QString& error);
    // A central statement sent without waiting (statement: its number for the fault hook), and
    // then its answer (the first value of its row).
    bool send(const QSqlDatabase& central, const QString& sql, const QVariantList& values,
              int& statement, QString& error);
    bool answer(const QSqlDatabase& central, int statement, QByteArray& value, QString& error);
    // The push's second connection to the store (a push of more than one batch loads the next
    // batch on it while the store applies the current one on the first).
    Status openSecond();
    Status fail(const QString& message);
    void disconnect();
    void clearPrepared();
    // After a round that moved many rows (or a full resync): gives back what its large messages
    // left behind, so a long-lived process holds after a busy round what it held before.
    void releaseMemory();
    static constexpr int BigRoundRows = 1000;

    Database& m_local;
    QString m_connectionName;
    QSqlDatabase m_central;
    const CentralSettings* m_settings = nullptr;
    QString m_clientId;
    QString m_cursorXid;
    qint64 m_cursorSeq = 0;
    bool m_changes = true;
    bool m_behind = false;
    bool m_resync = false;
    bool m_checked = false;
    int m_checkInterval = DefaultCheckIntervalSeconds;
    QElapsedTimer m_sinceCheck; // since the last comparison of the counts (invalid: none yet)
    bool m_outboxBusy = true;
    // Outbox positions the store acknowledged this round: up to m_acked (the last position of
    // each batch in m_ackedLast), of which up to m_cleared are out of the outbox. Between the
    // two, the rows are the store's already: the pull does not take them for changes waiting.
    qint64 m_acked = 0;
    qint64 m_cleared = 0;
    QList<qint64> m_ackedLast;
    bool m_staging = false; // the push's staging table exists in the central session
    QSqlDatabase m_second;
    bool m_secondStaging = false;
    QHash<QString, SyncOutbox::TableInfo> m_tables;
    QHash<QString, QSqlQuery*> m_prepared;
    int m_batchSize = 5000;
    PullProgress m_pullProgress;
    int m_pullRead = 0;    // rows read by the pull under way
    int m_largestPage = 0; // the largest page the last pull asked for
    QStringList m_refused; // reference documents skipped this round
    int m_faultAt = 0;
    Fault m_fault = Fault::BeforeStatement;
    int m_statements = 0;
};

} // namespace ow
