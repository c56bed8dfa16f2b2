#pragma once

#include "CentralSettings.h"
#include "SyncPayload.h"
#include "common/Result.h"
#include "sync/SyncOutbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace ow {

class Database;

// What one round moved: operations the store acknowledged, rows that changed here, and the
// overlapping edits the store decided against this workstation.
struct SyncReport
{
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
};

// Where this workstation stands, for the status bar and owctl.
struct SyncState
{
    QString clientId;
    int pending = 0;
    QDateTime lastSuccess;
    QString lastError;
    QString centralUrl;
};

// One sync round with the central store, over the local outbox (SyncOutbox):
//  1. hello: the store's protocol must be ours and its login must belong to this hall;
//  2. push: outbox operations in batches, each batch one server transaction (sync_push); the
//     batch leaves the outbox only after the store answered, so a lost answer means a replay,
//     which the store skips by operation id;
//  3. pull: the store's change log after our cursor, each page applied in one local
//     transaction together with the new cursor (the outbox triggers quiet meanwhile).
// Any failure leaves both sides consistent; the next round carries on from there. Keeps its
// central connection between rounds (reconnecting after a failure); one engine per thread.
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

    // Test hook (the Nextcloud client's habit): the statement-th statement of each following
    // round, local or central, fails before it runs or after it ran (an answer lost on the
    // way). 0 turns it off. statementsRun() counts the statements of the last round.
    enum class Fault
    {
        BeforeStatement,
        AfterStatement
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
    Result<int> push(SyncReport& report);
    Result<int> pullPage(bool initial, bool& more);
    Result<bool> applyRow(const PulledRow& row);
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString& error);
    // The same with a local statement prepared once per round (the pull applies thousands).
    bool runLocal(const QString& sql, const QVariantList& values, QString& error,
                  QSqlQuery** used = nullptr);
    Status fail(const QString& message);
    void disconnect();
    void clearPrepared();

    Database& m_local;
    QString m_connectionName;
    QSqlDatabase m_central;
    QString m_clientId;
    QHash<QString, SyncOutbox::TableInfo> m_tables;
    QHash<QString, QSqlQuery*> m_prepared;
    int m_batchSize = 500;
    bool m_pullOpen = false; // a pulled page waits in an open transaction for its parents
    int m_faultAt = 0;
    Fault m_fault = Fault::BeforeStatement;
    int m_statements = 0;
};

} // namespace ow
