#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

// The local half of the sync protocol's "up" direction: every insert, update and delete of a
// table listed in sync_table (migration 0010) writes an outbox row in the same SQLite
// transaction, through triggers generated here from the table's current columns. Business code
// does not change; a new table joins with one row in sync_table (a later migration), and its
// existing rows are queued once when its triggers are first installed. The triggers are quiet
// while pulled rows are applied (sync_state.applying = 1).
class SyncOutbox
{
    Q_DECLARE_TR_FUNCTIONS(ow::SyncOutbox)

public:
    // The schema version that brings sync_table (0010); below it install() does nothing.
    static constexpr int FirstVersion = 10;

    // (Re)creates the triggers of every up / both table whose columns changed since they were
    // installed; queues the rows of tables seen for the first time. One transaction.
    static Status install(Database& database);

    // An SQL expression of a random (version 4) UUID in SQLite.
    static QString uuidExpression();

    struct TableInfo
    {
        QString name;
        QStringList keyColumns;
        QStringList columns;
        bool clientScope = false;
        QString direction;
        int applyOrder = 0;
    };
    // The tables of sync_table with their current columns, in apply order.
    static Result<QList<TableInfo>> tables(Database& database);
    // The SQL expression of a row's key / content (json) for NEW or OLD.
    static QString keyExpression(const TableInfo& table, const QString& row);
    static QString rowExpression(const TableInfo& table, const QString& row);
};

} // namespace ow
