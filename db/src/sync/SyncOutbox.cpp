#include "sync/SyncOutbox.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ow {

namespace {

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString literal(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace

QString SyncOutbox::uuidExpression()
{
    return QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
        "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
        "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
}

QString SyncOutbox::keyExpression(const TableInfo& table, const QString& row)
{
    QStringList parts;
    if (table.clientScope)
        parts.append(QStringLiteral("(SELECT client_id FROM sync_state WHERE id = 1)"));
    for (const QString& column : table.keyColumns)
        parts.append(row + u'.' + quoted(column));
    return QStringLiteral("json_array(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString SyncOutbox::rowExpression(const TableInfo& table, const QString& row)
{
    QStringList parts;
    for (const QString& column : table.columns)
        parts.append(literal(column) + QStringLiteral(", ") + row + u'.' + quoted(column));
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

Result<QList<SyncOutbox::TableInfo>> SyncOutbox::tables(Database& database)
{
    using R = Result<QList<TableInfo>>;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT name, key_columns, scope, direction, apply_order FROM "
                                   "sync_table ORDER BY apply_order, name")))
        return R::failure(
            tr("Cannot read the synced tables of %1: %2").arg(database.path(), failureText(query)));
    QList<TableInfo> result;
    while (query.next()) {
        TableInfo table;
        table.name = query.value(0).toString();
        const QJsonArray keys = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array();
        for (const QJsonValue& key : keys)
            table.keyColumns.append(key.toString());
        table.clientScope = query.value(2).toString() == QLatin1String("client");
        table.direction = query.value(3).toString();
        table.applyOrder = query.value(4).toInt();
        result.append(table);
    }
    for (TableInfo& table : result) {
        QSqlQuery columns(database.connection());
        if (!columns.exec(QStringLiteral("SELECT name FROM pragma_table_info(%1) ORDER BY cid")
                              .arg(literal(table.name))))
            return R::failure(
                tr("Cannot read the columns of %1: %2").arg(table.name, failureText(columns)));
        while (columns.next())
            table.columns.append(columns.value(0).toString());
        if (table.columns.isEmpty())
            return R::failure(
                tr("The synced table %1 does not exist in %2.").arg(table.name, database.path()));
    }
    return R::success(result);
}

Status SyncOutbox::install(Database& database)
{
    if (database.schemaVersion() < FirstVersion)
        return Status::success();
    const Result<QList<TableInfo>> all = tables(database);
    if (!all)
        return Status::failure(all.error());

    QStringList script;
    const QString quiet = QStringLiteral("(SELECT applying FROM sync_state WHERE id = 1) = 0");
    QSqlQuery query(database.connection());
    for (const TableInfo& table : all.value()) {
        if (table.direction == QLatin1String("down"))
            continue;
        const QString signature = table.columns.join(u',');
        if (!execute(query, QStringLiteral("SELECT installed FROM sync_table WHERE name = ?"),
                     {table.name}) ||
            !query.next())
            return Status::failure(tr("Cannot read the synced tables of %1: %2")
                                       .arg(database.path(), failureText(query)));
        const QString installed = query.value(0).toString();
        query.finish();
        if (installed == signature)
            continue;

        const QString name = quoted(table.name);
        const QString prefix = QStringLiteral("sync_outbox_") + table.name;
        const QString insertOp = QStringLiteral(
            "INSERT INTO sync_outbox (op_id, table_name, row_key, old_row, new_row) ");
        const QString uuid = uuidExpression();
        const QString newKey = keyExpression(table, QStringLiteral("NEW"));
        const QString oldKey = keyExpression(table, QStringLiteral("OLD"));
        const QString newRow = rowExpression(table, QStringLiteral("NEW"));
        const QString oldRow = rowExpression(table, QStringLiteral("OLD"));
        for (const char* kind : {"insert", "update", "delete"})
            script.append(QStringLiteral("DROP TRIGGER IF EXISTS %1;")
                              .arg(quoted(prefix + u'_' + QLatin1String(kind))));
        script.append(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3 BEGIN "
                                     "%4 VALUES (%5, %6, %7, NULL, %8); END;")
                          .arg(quoted(prefix + QStringLiteral("_insert")), name, quiet, insertOp,
                               uuid, literal(table.name), newKey, newRow));
        // An update that moves the key is a delete of the old key and an insert of the new.
        script.append(
            QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN %3 AND %4 IS NOT %5 BEGIN "
                           "%6 SELECT %7, %8, %9, %10, NULL WHERE %9 IS NOT %11; "
                           "%6 SELECT %7, %8, %11, CASE WHEN %9 IS %11 THEN %4 END, %5; END;")
                .arg(quoted(prefix + QStringLiteral("_update")), name, quiet, oldRow, newRow,
                     insertOp, uuid, literal(table.name), oldKey)
                .arg(oldRow, newKey));
        script.append(QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN %3 BEGIN "
                                     "%4 VALUES (%5, %6, %7, %8, NULL); END;")
                          .arg(quoted(prefix + QStringLiteral("_delete")), name, quiet, insertOp,
                               uuid, literal(table.name), oldKey, oldRow));
        if (installed.isEmpty()) {
            // First time: the rows already there go up too (as inserts: the central store
            // never lets them overwrite what it has; differing fields become conflicts).
            const QString keys = table.keyColumns.isEmpty() ? QStringLiteral("rowid") : [&] {
                QStringList quotedKeys;
                for (const QString& key : table.keyColumns)
                    quotedKeys.append(quoted(key));
                return quotedKeys.join(QStringLiteral(", "));
            }();
            script.append(
                QStringLiteral("%1 SELECT %2, %3, %4, NULL, %5 FROM %6 AS NEW "
                               "ORDER BY %7;")
                    .arg(insertOp, uuid, literal(table.name), newKey, newRow, name, keys));
        }
        script.append(QStringLiteral("UPDATE sync_table SET installed = %1 WHERE name = %2;")
                          .arg(literal(signature), literal(table.name)));
    }
    if (script.isEmpty())
        return Status::success();
    const QString sql =
        QStringLiteral("BEGIN IMMEDIATE;\n") + script.join(u'\n') + QStringLiteral("\nCOMMIT;");
    if (const Status status = database.executeScript(sql); !status) {
        (void)database.executeScript(QStringLiteral("ROLLBACK;"));
        return Status::failure(
            tr("Cannot set up the sync outbox of %1: %2").arg(database.path(), status.error()));
    }
    return Status::success();
}

} // namespace ow
