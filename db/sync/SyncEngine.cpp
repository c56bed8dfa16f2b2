#include "SyncEngine.h"

#include "CentralSchema.h"
#include "Database.h"
#include "SqlValues.h"
#include "SyncPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace ow {

namespace {

QString errorOf(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QVariant sqlValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QVariant(whole) : QVariant(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

SyncEngine::SyncEngine(Database& local)
    : m_local(local), m_connectionName(QStringLiteral("ow-central-") +
                                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SyncEngine::~SyncEngine()
{
    clearPrepared();
    disconnect();
}

void SyncEngine::clearPrepared()
{
    qDeleteAll(m_prepared);
    m_prepared.clear();
}

bool SyncEngine::runLocal(const QString& sql, const QVariantList& values, QString& error,
                          QSqlQuery** used)
{
    QSqlQuery*& query = m_prepared[sql];
    if (!query) {
        query = new QSqlQuery(m_local.connection());
        if (!query->prepare(sql)) {
            error = errorOf(*query);
            delete query;
            m_prepared.remove(sql);
            return false;
        }
    }
    if (used)
        *used = query;
    ++m_statements;
    const bool faulty = m_faultAt > 0 && m_statements == m_faultAt;
    if (faulty && m_fault == Fault::BeforeStatement) {
        error = tr("statement %1 failed on purpose (fault injection)").arg(m_statements);
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        error = errorOf(*query);
        return false;
    }
    if (faulty) {
        error = tr("the answer to statement %1 was lost on purpose (fault injection)")
                    .arg(m_statements);
        return false;
    }
    return true;
}

void SyncEngine::disconnect()
{
    m_central = QSqlDatabase();
    CentralSettings::closeConnection(m_connectionName);
}

bool SyncEngine::run(QSqlQuery& query, const QString& sql, const QVariantList& values,
                     QString& error)
{
    ++m_statements;
    const bool faulty = m_faultAt > 0 && m_statements == m_faultAt;
    if (faulty && m_fault == Fault::BeforeStatement) {
        error = tr("statement %1 failed on purpose (fault injection)").arg(m_statements);
        return false;
    }
    if (!execute(query, sql, values)) {
        error = errorOf(query);
        return false;
    }
    if (faulty) {
        error = tr("the answer to statement %1 was lost on purpose (fault injection)")
                    .arg(m_statements);
        return false;
    }
    return true;
}

Status SyncEngine::fail(const QString& message)
{
    QSqlQuery query(m_local.connection());
    if (Database::inTransaction(m_local.connection()))
        query.exec(QStringLiteral("ROLLBACK"));
    query.prepare(
        QStringLiteral("UPDATE sync_state SET last_error = ?, applying = 0 WHERE id = 1"));
    query.addBindValue(message);
    query.exec();
    return Status::failure(message);
}

Status SyncEngine::connect(const CentralSettings& central)
{
    if (m_central.isOpen()) {
        // A connection that broke since the last round (server restart, network) is opened
        // again; a cheap statement tells.
        QSqlQuery ping(m_central);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return Status::success();
        disconnect();
    }
    const Result<QSqlDatabase> opened = central.open(m_connectionName);
    if (!opened) {
        disconnect();
        return Status::failure(opened.error());
    }
    m_central = opened.value();
    return Status::success();
}

Status SyncEngine::hello()
{
    QSqlQuery query(m_local.connection());
    QString error;
    if (!run(query,
             QStringLiteral("SELECT s.client_id, w.center_code FROM sync_state s LEFT JOIN "
                            "workstation w ON w.id = 1 WHERE s.id = 1"),
             {}, error) ||
        !query.next())
        return Status::failure(tr("Cannot read the sync state of %1: %2")
                                   .arg(m_local.path(), error.isEmpty() ? errorOf(query) : error));
    m_clientId = query.value(0).toString();
    const QString center = query.value(1).toString();
    if (center.isEmpty())
        return Status::failure(tr("This workstation has no hall yet: set it up first (owctl init "
                                  "--center CODE …)."));

    QSqlQuery central(m_central);
    if (!run(central, QStringLiteral("SELECT onewindow.sync_hello(?)"),
             {CentralSchema::ProtocolVersion}, error) ||
        !central.next()) {
        if (error.contains(QLatin1String("sync_hello")) &&
            error.contains(QLatin1String("does not exist")))
            return Status::failure(tr("The central store has no OneWindow schema (or an older "
                                      "one): run 'owctl central init' against it first."));
        return Status::failure(tr("The central store refused this workstation: %1").arg(error));
    }
    const Result<SyncPayload::Hello> answer =
        SyncPayload::decodeHello(central.value(0).toString().toUtf8());
    if (!answer)
        return Status::failure(answer.error());
    if (answer.value().protocol != CentralSchema::ProtocolVersion)
        return Status::failure(tr("The central store speaks sync protocol %1, this OneWindow "
                                  "speaks %2: update the older side first. Nothing was sent.")
                                   .arg(answer.value().protocol)
                                   .arg(CentralSchema::ProtocolVersion));
    if (answer.value().schema > CentralSchema::latestVersion())
        return Status::failure(tr("The central store has schema version %1, this OneWindow knows "
                                  "up to %2: update OneWindow. Nothing was sent.")
                                   .arg(answer.value().schema)
                                   .arg(CentralSchema::latestVersion()));
    const QString storeCenter = answer.value().center;
    if (storeCenter.isEmpty())
        return Status::failure(tr("The login %1 is not a hall's login in the central store "
                                  "(owctl central add-center creates one).")
                                   .arg(m_central.userName()));
    if (storeCenter != center)
        return Status::failure(tr("This workstation belongs to hall %1, but the central login "
                                  "is hall %2's. Nothing was sent.")
                                   .arg(center, storeCenter));
    return Status::success();
}

Result<int> SyncEngine::push(SyncReport& report)
{
    using R = Result<int>;
    int pushed = 0;
    for (;;) {
        QSqlQuery query(m_local.connection());
        QString error;
        if (!run(query,
                 QStringLiteral("SELECT seq, op_id, table_name, row_key, old_row, new_row FROM "
                                "sync_outbox ORDER BY seq LIMIT ?"),
                 {m_batchSize}, error))
            return R::failure(tr("Cannot read the outbox: %1").arg(error));
        QJsonArray ops;
        qint64 last = 0;
        while (query.next()) {
            last = query.value(0).toLongLong();
            QJsonObject op{{QStringLiteral("op"), query.value(1).toString()},
                           {QStringLiteral("table"), query.value(2).toString()},
                           {QStringLiteral("key"), query.value(3).toString()}};
            for (const auto& [field, column] : {std::pair{"old", 4}, std::pair{"new", 5}}) {
                const QVariant value = query.value(column);
                op.insert(
                    QLatin1String(field),
                    value.isNull()
                        ? QJsonValue()
                        : QJsonValue(QJsonDocument::fromJson(value.toString().toUtf8()).object()));
            }
            ops.append(op);
        }
        query.finish();
        if (ops.isEmpty())
            return R::success(pushed);

        QSqlQuery central(m_central);
        if (!run(central,
                 QStringLiteral("SELECT onewindow.sync_push(CAST(? AS uuid), CAST(? AS jsonb))"),
                 {m_clientId, QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))},
                 error) ||
            !central.next())
            return R::failure(tr("The central store did not take the changes: %1")
                                  .arg(error.isEmpty() ? errorOf(central) : error));
        const Result<int> conflicts =
            SyncPayload::decodePushAnswer(central.value(0).toString().toUtf8());
        if (!conflicts)
            return R::failure(conflicts.error());
        report.conflicts += conflicts.value();

        // Acknowledged: out of the outbox. Should this fail, the batch goes again and the store
        // skips it.
        QSqlQuery done(m_local.connection());
        if (!run(done, QStringLiteral("DELETE FROM sync_outbox WHERE seq <= ?"), {last}, error))
            return R::failure(tr("Cannot clear the outbox: %1").arg(error));
        pushed += int(ops.size());
        report.pushed += int(ops.size());
    }
}

Result<bool> SyncEngine::applyRow(const PulledRow& row)
{
    using R = Result<bool>;
    if (row.own)
        return R::success(false); // exactly as this workstation pushed it
    const auto found = m_tables.constFind(row.table);
    if (found == m_tables.constEnd() || found->direction == QLatin1String("up") ||
        found->clientScope)
        return R::success(false); // a table this version does not keep
    const SyncOutbox::TableInfo& table = *found;
    QString error;
    // A change of ours to this row still waits in the outbox: keep ours; the store decides when
    // it arrives and sends the outcome back.
    QSqlQuery* pending = nullptr;
    if (!runLocal(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE table_name = ? "
                                 "AND row_key = ?)"),
                  {table.name, row.key}, error, &pending) ||
        !pending->next())
        return R::failure(error);
    const bool waiting = pending->value(0).toBool();
    pending->finish();
    if (waiting)
        return R::success(false);
    QStringList where;
    for (const QString& key : table.keyColumns)
        where.append(quoted(key) + QStringLiteral(" = ?"));

    if (row.tombstone) {
        const Result<QJsonArray> key = SyncPayload::decodeKey(row.key, table.keyColumns.size());
        if (!key)
            return R::failure(tr("The central store sent a malformed key for %1: %2")
                                  .arg(table.name, key.error()));
        QVariantList values;
        for (const QJsonValue& part : key.value())
            values.append(sqlValue(part));
        QSqlQuery* query = nullptr;
        if (!runLocal(QStringLiteral("DELETE FROM %1 WHERE %2")
                          .arg(quoted(table.name), where.join(QStringLiteral(" AND "))),
                      values, error, &query))
            return R::failure(error);
        return R::success(query->numRowsAffected() > 0);
    }

    const QJsonObject& object = row.data;
    QVariantList keyValues;
    for (const QString& key : table.keyColumns)
        keyValues.append(sqlValue(object.value(key)));
    // Unchanged rows are left alone (and not counted): a round mostly brings back our own.
    QSqlQuery* current = nullptr;
    if (!runLocal(QStringLiteral("SELECT %1 FROM %2 AS NEW WHERE %3")
                      .arg(SyncOutbox::rowExpression(table, QStringLiteral("NEW")),
                           quoted(table.name), where.join(QStringLiteral(" AND "))),
                  keyValues, error, &current))
        return R::failure(error);
    if (current->next()) {
        const QJsonObject local =
            QJsonDocument::fromJson(current->value(0).toString().toUtf8()).object();
        current->finish();
        bool same = true;
        for (const QString& column : table.columns) {
            if (!object.contains(column))
                continue;
            const QVariant mine = sqlValue(local.value(column));
            const QVariant theirs = sqlValue(object.value(column));
            if (mine.isNull() != theirs.isNull() || mine.toString() != theirs.toString()) {
                same = false;
                break;
            }
        }
        if (same)
            return R::success(false);
    }
    current->finish();

    QStringList columns;
    QStringList marks;
    QStringList updates;
    QVariantList values;
    for (const QString& column : table.columns) {
        if (!object.contains(column))
            continue; // a column the store does not have (yet): its default here
        columns.append(quoted(column));
        marks.append(QStringLiteral("?"));
        values.append(sqlValue(object.value(column)));
        if (!table.keyColumns.contains(column))
            updates.append(quoted(column) + QStringLiteral(" = excluded.") + quoted(column));
    }
    QStringList keys;
    for (const QString& key : table.keyColumns)
        keys.append(quoted(key));
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5")
                            .arg(quoted(table.name), columns.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")),
                                 updates.isEmpty() ? QStringLiteral("NOTHING")
                                                   : QStringLiteral("UPDATE SET ") +
                                                         updates.join(QStringLiteral(", ")));
    if (!runLocal(sql, values, error))
        return R::failure(
            tr("Cannot store a row of %1 from the central store: %2").arg(table.name, error));
    return R::success(true);
}

Result<int> SyncEngine::pullPage(bool initial, bool& more)
{
    using R = Result<int>;
    more = false;
    QSqlQuery query(m_local.connection());
    QString error;
    if (!run(query, QStringLiteral("SELECT cursor_xid, cursor_seq FROM sync_state WHERE id = 1"),
             {}, error) ||
        !query.next())
        return R::failure(tr("Cannot read the sync cursor: %1").arg(error));
    const QString cursorXid = query.value(0).toString();
    const qint64 cursorSeq = query.value(1).toLongLong();
    query.finish();

    QSqlQuery central(m_central);
    if (!run(central, QStringLiteral("SELECT onewindow.sync_pull(CAST(? AS uuid), ?, ?, ?, ?)"),
             {m_clientId, cursorXid, cursorSeq, m_batchSize, initial}, error) ||
        !central.next())
        return R::failure(tr("Cannot read the changes from the central store: %1")
                              .arg(error.isEmpty() ? errorOf(central) : error));
    const Result<QList<PulledRow>> page =
        SyncPayload::decodePullPage(central.value(0).toString().toUtf8());
    central.finish();
    if (!page)
        return R::failure(page.error());
    const QList<PulledRow>& rows = page.value();
    if (rows.isEmpty())
        return R::success(0);
    more = rows.size() >= m_batchSize;

    // The rows and the cursor that says they are here: one local transaction. A row can come
    // pages before the row it refers to (the store logs a row where it last changed: a case
    // decided after its items were stored comes after them). Then SQLite refuses the COMMIT for
    // the deferred foreign key and keeps the transaction open, and the next page joins it, until
    // the rows agree.
    if (!m_pullOpen && !run(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return R::failure(tr("Cannot store the changes from the central store: %1").arg(error));
    m_pullOpen = true;
    auto rollback = [&](const QString& message) {
        m_pullOpen = false;
        clearPrepared();
        QSqlQuery(m_local.connection()).exec(QStringLiteral("ROLLBACK"));
        return R::failure(message);
    };
    if (!run(query, QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"), {}, error) ||
        !run(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, error))
        return rollback(tr("Cannot store the changes from the central store: %1").arg(error));
    int changed = 0;
    for (const PulledRow& row : rows) {
        const Result<bool> applied = applyRow(row);
        if (!applied)
            return rollback(applied.error());
        changed += applied.value() ? 1 : 0;
    }
    clearPrepared();
    const PulledRow& last = rows.last();
    if (!run(query,
             QStringLiteral("UPDATE sync_state SET applying = 0, cursor_xid = ?, cursor_seq = ? "
                            "WHERE id = 1"),
             {last.xid, last.seq}, error))
        return rollback(tr("Cannot store the changes from the central store: %1").arg(error));
    if (!run(query, QStringLiteral("COMMIT"), {}, error)) {
        if (more && error.contains(QLatin1String("FOREIGN KEY constraint failed")))
            return R::success(changed); // still open: the next page completes it
        return rollback(tr("Cannot store the changes from the central store: %1").arg(error));
    }
    m_pullOpen = false;
    return R::success(changed);
}

Result<SyncReport> SyncEngine::runOnce(const CentralSettings& central)
{
    using R = Result<SyncReport>;
    m_statements = 0;
    SyncReport report;
    if (const Status connected = connect(central); !connected)
        return R::failure(fail(connected.error()).error());
    if (const Status greeted = hello(); !greeted) {
        disconnect();
        return R::failure(fail(greeted.error()).error());
    }
    const Result<QList<SyncOutbox::TableInfo>> tables = SyncOutbox::tables(m_local);
    if (!tables)
        return R::failure(fail(tables.error()).error());
    m_tables.clear();
    for (const SyncOutbox::TableInfo& table : tables.value())
        m_tables.insert(table.name, table);

    if (const Result<int> pushed = push(report); !pushed) {
        disconnect();
        return R::failure(fail(pushed.error()).error());
    }

    QSqlQuery query(m_local.connection());
    QString error;
    if (!run(query,
             QStringLiteral("SELECT cursor_xid = '0' AND cursor_seq = 0 FROM sync_state WHERE "
                            "id = 1"),
             {}, error) ||
        !query.next())
        return R::failure(fail(tr("Cannot read the sync cursor: %1").arg(error)).error());
    const bool initial = query.value(0).toBool();
    query.finish();
    for (bool more = true; more;) {
        const Result<int> page = pullPage(initial, more);
        if (!page) {
            disconnect();
            return R::failure(fail(page.error()).error());
        }
        report.pulled += page.value();
    }
    if (!run(query,
             QStringLiteral("UPDATE sync_state SET last_success = ?, last_error = '' WHERE id = 1"),
             {timeValue(QDateTime::currentDateTimeUtc())}, error))
        return R::failure(fail(tr("Cannot record the sync: %1").arg(error)).error());
    return R::success(report);
}

Result<SyncState> SyncEngine::state(Database& local)
{
    using R = Result<SyncState>;
    QSqlQuery query(local.connection());
    if (!query.exec(
            QStringLiteral("SELECT client_id, last_success, last_error, central_url, "
                           "(SELECT count(*) FROM sync_outbox) FROM sync_state WHERE id = 1")) ||
        !query.next())
        return R::failure(
            tr("Cannot read the sync state of %1: %2").arg(local.path(), errorOf(query)));
    SyncState state;
    state.clientId = query.value(0).toString();
    state.lastSuccess = timeFrom(query.value(1));
    state.lastError = query.value(2).toString();
    state.centralUrl = query.value(3).toString();
    state.pending = query.value(4).toInt();
    return R::success(state);
}

Status SyncEngine::saveCentralUrl(Database& local, const QString& url)
{
    QSqlQuery query(local.connection());
    if (!execute(query, QStringLiteral("UPDATE sync_state SET central_url = ? WHERE id = 1"),
                 {url}))
        return Status::failure(
            tr("Cannot store the central address in %1: %2").arg(local.path(), errorOf(query)));
    return Status::success();
}

} // namespace ow
