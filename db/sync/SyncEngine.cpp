#include "SyncEngine.h"

#include "CentralCopy.h"
#include "CentralSchema.h"
#include "Database.h"
#include "FileTransfer.h"
#include "ReferenceApply.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>

#include <algorithm>
#include <csignal>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

// A text column as a field of COPY's CSV format: quoted, its quotes doubled; NULL stays an
// empty field, which CSV reads as NULL (a quoted empty field is an empty string). One replace
// per field (the text format needs four: backslash, tab, newline, carriage return).
QString csvField(const QString& column)
{
    return QStringLiteral("'\"' || replace(%1, '\"', '\"\"') || '\"'").arg(column);
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

bool SyncEngine::beginStatement(QString& error)
{
    ++m_statements;
    if (m_faultAt <= 0 || m_statements != m_faultAt)
        return true;
    if (m_fault == Fault::Crash)
        std::raise(SIGKILL);
    if (m_fault == Fault::BeforeStatement) {
        error = tr("statement %1 failed on purpose (fault injection)").arg(m_statements);
        return false;
    }
    return true;
}

bool SyncEngine::answerLost(int statement, QString& error) const
{
    if (m_faultAt <= 0 || statement != m_faultAt)
        return false;
    error = tr("the answer to statement %1 was lost on purpose (fault injection)").arg(statement);
    return true;
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
    if (!beginStatement(error))
        return false;
    const int statement = m_statements;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        error = errorOf(*query);
        return false;
    }
    if (answerLost(statement, error))
        return false;
    return true;
}

void SyncEngine::disconnect()
{
    m_staging = false;
    m_central = QSqlDatabase();
    CentralSettings::closeConnection(m_connectionName);
    m_secondStaging = false;
    m_second = QSqlDatabase();
    CentralSettings::closeConnection(m_connectionName + QStringLiteral("-next"));
}

Status SyncEngine::openSecond()
{
    if (m_second.isOpen())
        return Status::success();
    if (!m_settings)
        return Status::failure(tr("No central store to connect to."));
    const Result<QSqlDatabase> opened =
        m_settings->open(m_connectionName + QStringLiteral("-next"));
    if (!opened)
        return Status::failure(opened.error());
    m_second = opened.value();
    m_secondStaging = false;
    return Status::success();
}

QString SyncEngine::inlined(const QString& sql, const QVariantList& values) const
{
    // Each ? outside a quoted literal becomes the next value as the driver quotes it.
    QString out;
    out.reserve(sql.size());
    qsizetype next = 0;
    bool literal = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            literal = !literal;
        if (c != u'?' || literal || next >= values.size()) {
            out += c;
            continue;
        }
        const QVariant& value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        out += m_central.driver()->formatValue(field);
    }
    return out;
}

bool SyncEngine::run(QSqlQuery& query, const QString& sql, const QVariantList& values,
                     QString& error)
{
    if (!beginStatement(error))
        return false;
    const int statement = m_statements;
    // A central statement goes as one text with its values inlined by the driver's quoting: a
    // QPSQL prepared statement costs three round trips (PREPARE, EXECUTE, DEALLOCATE).
    const bool central = (m_central.isValid() && query.driver() == m_central.driver()) ||
                         (m_second.isValid() && query.driver() == m_second.driver());
    if (!(central ? query.exec(inlined(sql, values)) : execute(query, sql, values))) {
        error = errorOf(query);
        return false;
    }
    if (answerLost(statement, error))
        return false;
    return true;
}

bool SyncEngine::copyIn(const QSqlDatabase& central, const char* sql, const QByteArray& rows,
                        int count, QString& error)
{
    // A statement like the others for the fault hook.
    if (!beginStatement(error))
        return false;
    const int statement = m_statements;
    const Result<qint64> copied = CentralCopy::copyIn(central, sql, rows);
    if (!copied) {
        error = copied.error();
        return false;
    }
    if (copied.value() != count) {
        error = tr("the central store took %1 of the %2 rows sent").arg(copied.value()).arg(count);
        return false;
    }
    if (answerLost(statement, error))
        return false;
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
    m_settings = &central;
    if (m_central.isOpen())
        return Status::success(); // a broken one shows in the hello, which opens it again
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
    bool broke = false;
    const Status greeted = helloOnce(broke);
    if (greeted || !broke || !m_settings)
        return greeted;
    // The connection kept from the last round broke (server restart, network): open it again
    // and say hello once more.
    disconnect();
    if (const Status connected = connect(*m_settings); !connected)
        return connected;
    return helloOnce(broke);
}

Status SyncEngine::helloOnce(bool& connectionBroke)
{
    connectionBroke = false;
    QSqlQuery query(m_local.connection());
    QString error;
    if (!run(query,
             QStringLiteral("SELECT s.client_id, w.center_code, s.cursor_xid, s.cursor_seq, "
                            "s.resync FROM sync_state s LEFT JOIN workstation w ON w.id = 1 WHERE "
                            "s.id = 1"),
             {}, error) ||
        !query.next())
        return Status::failure(tr("Cannot read the sync state of %1: %2")
                                   .arg(m_local.path(), error.isEmpty() ? errorOf(query) : error));
    m_clientId = query.value(0).toString();
    const QString center = query.value(1).toString();
    m_cursorXid = query.value(2).toString();
    m_cursorSeq = query.value(3).toLongLong();
    m_resync = query.value(4).toInt() != 0;
    query.finish();
    if (center.isEmpty())
        return Status::failure(tr("This workstation has no hall yet: set it up first (owctl init "
                                  "--center CODE …)."));

    QSqlQuery central(m_central);
    if (!run(central, QStringLiteral("SELECT onewindow.sync_hello(?, CAST(? AS uuid), ?, ?)"),
             {CentralSchema::ProtocolVersion, m_clientId, m_cursorXid, m_cursorSeq}, error) ||
        !central.next()) {
        if (error.isEmpty())
            error = errorOf(central);
        connectionBroke = central.lastError().type() == QSqlError::ConnectionError ||
                          !m_central.isOpen() || error.contains(QLatin1String("connection"));
        if (error.contains(QLatin1String("sync_hello")) &&
            error.contains(QLatin1String("does not exist")))
            return Status::failure(tr("The central store has no OneWindow schema (or an older "
                                      "one): run 'owctl central init' against it first."));
        return Status::failure(tr("The central store refused this workstation: %1").arg(error));
    }
    const Result<SyncPayload::Hello> decoded =
        SyncPayload::decodeHello(central.value(0).toString().toUtf8());
    central.finish();
    if (!decoded)
        return Status::failure(decoded.error());
    const SyncPayload::Hello& answer = decoded.value();
    if (answer.protocol != CentralSchema::ProtocolVersion)
        return Status::failure(tr("The central store speaks sync protocol %1, this OneWindow "
                                  "speaks %2: update the older side first. Nothing was sent.")
                                   .arg(answer.protocol)
                                   .arg(CentralSchema::ProtocolVersion));
    if (answer.schema > CentralSchema::latestVersion())
        return Status::failure(tr("The central store has schema version %1, this OneWindow knows "
                                  "up to %2: update OneWindow. Nothing was sent.")
                                   .arg(answer.schema)
                                   .arg(CentralSchema::latestVersion()));
    // (A store of an older version lacks functions this push and pull call: said plainly here,
    // instead of a "function does not exist" in the middle of a round.)
    if (answer.schema < CentralSchema::latestVersion())
        return Status::failure(tr("The central store has schema version %1, this OneWindow needs "
                                  "%2: run 'owctl central init' against it (it upgrades the "
                                  "store). Nothing was sent.")
                                   .arg(answer.schema)
                                   .arg(CentralSchema::latestVersion()));
    const QString& storeCenter = answer.center;
    if (storeCenter.isEmpty())
        return Status::failure(tr("The login %1 is not a hall's login in the central store "
                                  "(owctl central add-center creates one).")
                                   .arg(m_central.userName()));
    if (storeCenter != center)
        return Status::failure(tr("This workstation belongs to hall %1, but the central login "
                                  "is hall %2's. Nothing was sent.")
                                   .arg(center, storeCenter));
    m_changes = answer.changes;
    m_behind = answer.behind;
    return Status::success();
}

Result<int> SyncEngine::push(SyncReport& report)
{
    using R = Result<int>;
    int pushed = 0;
    // Until the acknowledged batches leave the outbox (see clearAcknowledged; m_acked starts the
    // round at 0), the next batch starts after the last one acknowledged; should the delete not
    // happen (a crash, a failure), those batches go again and the store skips them.
    // The batch as COPY input (CSV), made by SQLite in one statement (the rows are JSON text
    // already) and read as bytes (no conversion to UTF-16 and back): one line per operation in
    // outbox order, seq, op, table, key, old, new.
    struct Batch
    {
        int count = 0;
        qint64 last = 0;
        QByteArray rows;
    };
    auto readBatch = [&](qint64 after, Batch& batch) {
        QSqlQuery query(m_local.connection());
        QString error;
        if (!run(query,
                 QStringLiteral("SELECT count(*), max(seq), CAST(group_concat(seq || ',' || op_id "
                                "|| ',' || %1 || ',' || %2 || ',' || coalesce(%3, '') || ',' || "
                                "coalesce(%4, '') || char(10), '') AS BLOB) FROM (SELECT * FROM "
                                "sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?)")
                     .arg(csvField(QStringLiteral("table_name")),
                          csvField(QStringLiteral("row_key")), csvField(QStringLiteral("old_row")),
                          csvField(QStringLiteral("new_row"))),
                 {after, m_batchSize}, error) ||
            !query.next())
            return Status::failure(
                tr("Cannot read the outbox: %1").arg(error.isEmpty() ? errorOf(query) : error));
        batch.count = query.value(0).toInt();
        batch.last = query.value(1).toLongLong();
        batch.rows = query.value(2).toByteArray();
        return Status::success();
    };
    // One server transaction per batch: the batch into the session's staging table by COPY,
    // then sync_push_rows over it (the rules of sync_push), then the commit. Batches alternate
    // between two connections: while the store applies one on the first, the next is read from
    // the outbox and loaded by COPY on the second (the cores work at once), and it is applied
    // only after the first committed, so batches are applied in outbox order.
    struct Side
    {
        QSqlDatabase* db;
        bool* staged;
        bool open = false; // its server transaction
    };
    Side sides[2] = {{&m_central, &m_staging}, {&m_second, &m_secondStaging}};
    int at = 0;           // the side applying the current batch
    bool waiting = false; // sync_push_rows sent there, its answer not yet taken
    auto refused = [&](const QString& failure) {
        if (waiting)
            (void)CentralCopy::answer(*sides[at].db);
        for (Side& side : sides) {
            if (side.open)
                QSqlQuery(*side.db).exec(QStringLiteral("ROLLBACK"));
            side.open = false;
        }
        QString ignored; // what was acknowledged leaves the outbox all the same, if it can
        clearAcknowledged(ignored);
        return R::failure(tr("The central store did not take the changes: %1").arg(failure));
    };
    auto load = [&](Side& side, Batch& loaded, QString& error) {
        QSqlQuery query(*side.db);
        if (!*side.staged &&
            !run(query,
                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ow_push_stage (seq bigint, op "
                                "uuid, tbl text, k text, old jsonb, new jsonb) ON COMMIT DELETE "
                                "ROWS"),
                 {}, error))
            return false;
        *side.staged = true;
        if (!(side.open = run(query, QStringLiteral("BEGIN"), {}, error)) ||
            !copyIn(*side.db, "COPY pg_temp.ow_push_stage FROM STDIN (FORMAT csv)", loaded.rows,
                    loaded.count, error)) {
            if (error.isEmpty())
                error = errorOf(query);
            return false;
        }
        loaded.rows = QByteArray();
        return true;
    };

    Batch batch;
    if (const Status read = readBatch(0, batch); !read)
        return R::failure(read.error());
    QString error;
    if (batch.count == 0)
        return R::success(pushed);
    if (!load(sides[at], batch, error))
        return refused(error);
    for (;;) {
        // (One sort for the seven arrays: the aggregates take the sorted rows as they come; the
        // store refuses positions that are not ascending.)
        int applying = 0; // the statement number of sync_push_rows, for the fault hook
        if (!send(*sides[at].db,
                  QStringLiteral("SELECT onewindow.sync_push_rows(CAST(? AS uuid), "
                                 "array_agg(seq), array_agg(op), array_agg(tbl), array_agg(k), "
                                 "array_agg(old), array_agg(new)) FROM (SELECT * FROM "
                                 "pg_temp.ow_push_stage ORDER BY seq) AS batch"),
                  {m_clientId}, applying, error))
            return refused(error);
        waiting = true;
        Batch next;
        const qint64 last = batch.last;
        const int count = batch.count;
        const Status nextRead = readBatch(last, next);
        QString loadFailure;
        bool loaded = false;
        if (nextRead && next.count > 0) {
            if (const Status second = openSecond(); !second)
                loadFailure = second.error();
            else
                loaded = load(sides[1 - at], next, loadFailure);
        }
        QByteArray reply;
        waiting = false;
        if (!answer(*sides[at].db, applying, reply, error))
            return refused(error);
        if (!nextRead)
            return refused(nextRead.error());
        if (next.count > 0 && !loaded)
            return refused(loadFailure);
        const Result<SyncPayload::PushAnswer> answered = SyncPayload::decodePushAnswer(reply);
        // Not acknowledged: the batch stays in the outbox and goes again (the store skips it);
        // the batches acknowledged before it leave the outbox all the same, if they can.
        if (!answered)
            return refused(answered.error());
        sides[at].open = false; // committed or not, the transaction ends here
        QSqlQuery commit(*sides[at].db);
        if (!run(commit, QStringLiteral("COMMIT"), {}, error))
            return refused(error);
        report.conflicts += answered.value().conflicts;

        // Acknowledged: out of the outbox after the pull (see clearAcknowledged).
        m_acked = last;
        m_ackedLast.append(last);
        pushed += count;
        report.pushed += count;
        m_checked = false;
        if (next.count == 0)
            return R::success(pushed);
        at = 1 - at;
        batch = std::move(next);
    }
}

bool SyncEngine::clearAcknowledged(QString& error)
{
    // The batches the store acknowledged leave the outbox after the pull, not while the store
    // applies the next batch: deleting a batch's rows costs SQLite more than reading and
    // loading the next one (5,000 entries at random places of two indexes: 50 ms, against 30),
    // and the round would wait for it. When nothing came in meanwhile, the whole table goes
    // (SQLite's truncation: no index entry is looked up; with secure_delete, as Debian's SQLite
    // has it, its pages are overwritten: 90 ms for 60,000 rows, done while the store counts
    // for the count check); else batch by batch, each in its own transaction, so that a
    // clerk's write never waits long for the lock.
    while (m_cleared < m_acked) {
        QSqlQuery query(m_local.connection());
        if (!run(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
            return false;
        bool done = run(query, QStringLiteral("SELECT max(seq) FROM sync_outbox"), {}, error) &&
                    query.next();
        const bool whole = done && query.value(0).toLongLong() <= m_acked;
        const qint64 upTo = whole ? m_acked : m_ackedLast.constFirst();
        query.finish();
        done = done &&
               (whole ? run(query, QStringLiteral("DELETE FROM sync_outbox"), {}, error)
                      : run(query, QStringLiteral("DELETE FROM sync_outbox WHERE seq <= ?"), {upTo},
                            error)) &&
               run(query, QStringLiteral("COMMIT"), {}, error);
        if (!done) {
            QSqlQuery(m_local.connection()).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        m_cleared = upTo;
        while (!m_ackedLast.isEmpty() && m_ackedLast.constFirst() <= m_cleared)
            m_ackedLast.removeFirst();
    }
    return true;
}

bool SyncEngine::send(const QSqlDatabase& central, const QString& sql, const QVariantList& values,
                      int& statement, QString& error)
{
    // A statement like the others for the fault hook: before it is sent, or its answer lost.
    if (!beginStatement(error))
        return false;
    statement = m_statements;
    if (const Status sent = CentralCopy::send(central, inlined(sql, values).toUtf8()); !sent) {
        error = sent.error();
        return false;
    }
    return true;
}

bool SyncEngine::answer(const QSqlDatabase& central, int statement, QByteArray& value,
                        QString& error)
{
    const Result<QByteArray> answered = CentralCopy::answer(central);
    if (!answered) {
        error = answered.error();
        return false;
    }
    if (answerLost(statement, error))
        return false;
    value = answered.value();
    return true;
}

Result<bool> SyncEngine::applyRow(const PulledRow& row, bool track)
{
    using R = Result<bool>;
    const auto found = m_tables.constFind(row.table);
    if (found == m_tables.constEnd() || found->direction == QLatin1String("up") ||
        found->clientScope)
        return R::success(false); // a table this version does not keep
    const SyncOutbox::TableInfo& table = *found;
    QString error;
    QStringList where;
    for (const QString& key : table.keyColumns)
        where.append(quoted(key) + QStringLiteral(" = ?"));

    QVariantList keyValues;
    if (!row.tombstone) {
        for (const QString& key : table.keyColumns)
            keyValues.append(sqlValue(row.data.value(key)));
    } else {
        const Result<QJsonArray> key = SyncPayload::decodeKey(row.key, table.keyColumns.size());
        if (!key)
            return R::failure(tr("The central store sent a malformed key for %1: %2")
                                  .arg(table.name, key.error()));
        for (const QJsonValue& part : key.value())
            keyValues.append(sqlValue(part));
    }
    // A full resync notes every row the store has (what it did not send goes at the end).
    if (track && !row.tombstone && counted(table) && keyValues.size() <= 3) {
        QVariantList seen{table.name};
        seen += keyValues;
        while (seen.size() < 4)
            seen.append(QVariant(QMetaType::fromType<QString>()));
        if (!runLocal(QStringLiteral("INSERT INTO sync_seen (table_name, k1, k2, k3) VALUES (?, ?, "
                                     "?, ?)"),
                      seen, error))
            return R::failure(error);
    }

    // A change of ours to this row still waits in the outbox: keep ours; the store decides when
    // it arrives and sends the outcome back. (Rows that only come down are never in it; what
    // the store acknowledged this round waits for nothing.)
    if (m_outboxBusy && table.direction != QLatin1String("down")) {
        QSqlQuery* pending = nullptr;
        if (!runLocal(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE table_name "
                                     "= ? AND row_key = ? AND seq > ?)"),
                      {table.name, row.key, m_acked}, error, &pending) ||
            !pending->next())
            return R::failure(error);
        const bool waiting = pending->value(0).toBool();
        pending->finish();
        if (waiting)
            return R::success(false);
    }

    if (row.tombstone) {
        QSqlQuery* query = nullptr;
        if (!runLocal(QStringLiteral("DELETE FROM %1 WHERE %2")
                          .arg(quoted(table.name), where.join(QStringLiteral(" AND "))),
                      keyValues, error, &query))
            return R::failure(error);
        return R::success(query->numRowsAffected() > 0);
    }

    const QJsonObject& object = row.data;
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

Result<int> SyncEngine::pullPage(const QString& mode, int pageSize, bool& more, bool& orphans)
{
    using R = Result<int>;
    more = false;
    orphans = false;
    QString error;
    QSqlQuery central(m_central);
    if (!run(central,
             QStringLiteral("SELECT onewindow.sync_pull_page(CAST(? AS uuid), ?, ?, ?, ?)"),
             {m_clientId, m_cursorXid, m_cursorSeq, pageSize, mode}, error) ||
        !central.next())
        return R::failure(tr("Cannot read the changes from the central store: %1")
                              .arg(error.isEmpty() ? errorOf(central) : error));
    const Result<SyncPayload::PullPage> decoded =
        SyncPayload::decodePullPage(central.value(0).toString().toUtf8());
    central.finish();
    if (!decoded) // nothing of it is applied, the cursor stays
        return R::failure(decoded.error());
    const SyncPayload::PullPage& page = decoded.value();
    if (page.read == 0)
        return R::success(0);
    more = page.read >= pageSize;
    const QList<PulledRow>& rows = page.rows;
    const QString& lastXid = page.xid;
    const qint64 lastSeq = page.seq;

    // The rows and the cursor that says they are here: one local transaction.
    QSqlQuery query(m_local.connection());
    if (!run(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return R::failure(tr("Cannot store the changes from the central store: %1").arg(error));
    auto rollback = [&](const QString& message) {
        clearPrepared();
        QSqlQuery(m_local.connection()).exec(QStringLiteral("ROLLBACK"));
        return R::failure(message);
    };
    int changed = 0;
    if (!rows.isEmpty()) {
        if (!run(query, QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"), {},
                 error) ||
            !run(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, error))
            return rollback(tr("Cannot store the changes from the central store: %1").arg(error));
        // Nothing waits in the outbox (the usual case): no row needs the look into it. The
        // transaction holds the write lock, so nothing comes in meanwhile.
        if (!run(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE seq > ?)"),
                 {m_acked}, error) ||
            !query.next())
            return rollback(tr("Cannot store the changes from the central store: %1")
                                .arg(error.isEmpty() ? errorOf(query) : error));
        m_outboxBusy = query.value(0).toBool();
        query.finish();
        const bool track = mode == QLatin1String("full");
        for (const PulledRow& row : rows) {
            const Result<bool> applied = applyRow(row, track);
            if (!applied)
                return rollback(applied.error());
            changed += applied.value() ? 1 : 0;
            // What the count check covers changed (reference data does not count).
            if (applied.value() && counted(m_tables.value(row.table)))
                m_checked = false;
        }
        clearPrepared();
        // Reference documents pulled in this page are applied in its transaction.
        if (const Status applied =
                ReferenceApply(m_local).apply(QDateTime::currentDateTimeUtc(), &m_refused);
            !applied)
            return rollback(applied.error());
    }
    if (!run(query,
             QStringLiteral("UPDATE sync_state SET applying = 0, cursor_xid = ?, cursor_seq = ? "
                            "WHERE id = 1"),
             {lastXid, lastSeq}, error))
        return rollback(tr("Cannot store the changes from the central store: %1").arg(error));
    // A parent changed after its children comes after them in the log: when the page ends
    // between, the commit fails on the deferred foreign keys and the transaction stays open; the
    // missing parents' current rows come by key and join it (their own parents too, 4 deep).
    bool committed = run(query, QStringLiteral("COMMIT"), {}, error);
    QList<PulledRow> children = rows;
    for (int depth = 0; !committed && depth < 4 &&
                        error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive);
         ++depth) {
        const Result<int> parents = pullParents(children);
        if (!parents)
            return rollback(parents.error());
        if (parents.value() == 0)
            break;
        changed += parents.value();
        committed = run(query, QStringLiteral("COMMIT"), {}, error);
    }
    if (!committed) {
        orphans = error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive);
        return rollback(tr("Cannot store the changes from the central store: %1").arg(error));
    }
    m_cursorXid = lastXid;
    m_cursorSeq = lastSeq;
    m_pullRead += int(page.read);
    return R::success(changed);
}

Result<int> SyncEngine::pullParents(QList<PulledRow>& rows)
{
    using R = Result<int>;
    QString error;
    QJsonArray keys;
    QSet<QString> asked;
    QHash<QString, QList<QPair<QString, QStringList>>> foreignKeys; // table → (parent, columns)
    for (const PulledRow& row : rows) {
        if (row.tombstone)
            continue;
        if (!foreignKeys.contains(row.table)) {
            // The row's foreign keys to synced tables: the parent and, in the order of its key
            // columns, the columns naming it.
            QSqlQuery list(m_local.connection());
            if (!run(list,
                     QStringLiteral("SELECT id, seq, \"table\", \"from\", \"to\" FROM "
                                    "pragma_foreign_key_list(?) ORDER BY id, seq"),
                     {row.table}, error))
                return R::failure(error);
            QMap<int, QPair<QString, QHash<QString, QString>>> byId;
            while (list.next()) {
                auto& fk = byId[list.value(0).toInt()];
                fk.first = list.value(2).toString();
                const auto parent = m_tables.constFind(fk.first);
                QString to = list.value(4).toString();
                if (to.isEmpty() && parent != m_tables.constEnd() &&
                    list.value(1).toInt() < parent->keyColumns.size())
                    to = parent->keyColumns.at(list.value(1).toInt()); // the parent's key
                fk.second.insert(to, list.value(3).toString());
            }
            QList<QPair<QString, QStringList>>& found = foreignKeys[row.table];
            for (const auto& fk : std::as_const(byId)) {
                const auto parent = m_tables.constFind(fk.first);
                if (parent == m_tables.constEnd() || parent->clientScope ||
                    parent->direction == QLatin1String("up"))
                    continue;
                QStringList columns;
                for (const QString& column : parent->keyColumns)
                    if (fk.second.contains(column))
                        columns.append(fk.second.value(column));
                if (columns.size() == parent->keyColumns.size())
                    found.append({parent->name, columns}); // else not by the key: not asked
            }
        }
        for (const auto& [parentName, columns] : std::as_const(foreignKeys[row.table])) {
            const SyncOutbox::TableInfo& parent = m_tables[parentName];
            QVariantList values;
            QStringList where;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                values.append(sqlValue(row.data.value(columns.at(i))));
                where.append(quoted(parent.keyColumns.at(i)) + QStringLiteral(" = ?"));
            }
            if (std::any_of(values.cbegin(), values.cend(),
                            [](const QVariant& value) { return value.isNull(); }))
                continue; // no parent named
            // The parent's key as the outbox writes it, when this database lacks the parent.
            QStringList marks(columns.size(), QStringLiteral("?"));
            QSqlQuery* missing = nullptr;
            if (!runLocal(QStringLiteral("SELECT json_array(%1) WHERE NOT EXISTS (SELECT 1 FROM %2 "
                                         "WHERE %3)")
                              .arg(marks.join(QStringLiteral(", ")), quoted(parent.name),
                                   where.join(QStringLiteral(" AND "))),
                          values + values, error, &missing))
                return R::failure(error);
            const QString key = missing->next() ? missing->value(0).toString() : QString();
            missing->finish();
            if (key.isEmpty() || asked.contains(parent.name + u'\n' + key))
                continue;
            asked.insert(parent.name + u'\n' + key);
            keys.append(
                QJsonObject{{QStringLiteral("table"), parent.name}, {QStringLiteral("key"), key}});
        }
    }
    rows.clear();
    if (keys.isEmpty())
        return R::success(0);
    QSqlQuery central(m_central);
    if (!run(central,
             QStringLiteral("SELECT onewindow.sync_pull_rows(CAST(? AS uuid), CAST(? AS jsonb))"),
             {m_clientId, QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))},
             error) ||
        !central.next())
        return R::failure(tr("Cannot read the changes from the central store: %1")
                              .arg(error.isEmpty() ? errorOf(central) : error));
    Result<QList<PulledRow>> parents =
        SyncPayload::decodePulledRows(central.value(0).toString().toUtf8());
    central.finish();
    if (!parents)
        return R::failure(parents.error());
    rows = std::move(parents.value());
    // The outbox triggers quiet again while they are stored (the cursor's update woke them).
    if (!runLocal(QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"), {}, error))
        return R::failure(error);
    int changed = 0;
    for (const PulledRow& row : std::as_const(rows)) {
        const Result<bool> applied = applyRow(row, false); // tracked where the log sends it
        if (!applied)
            return R::failure(applied.error());
        changed += applied.value() ? 1 : 0;
        if (applied.value() && counted(m_tables.value(row.table)))
            m_checked = false;
    }
    if (!runLocal(QStringLiteral("UPDATE sync_state SET applying = 0 WHERE id = 1"), {}, error))
        return R::failure(error);
    clearPrepared();
    return R::success(changed);
}

Result<int> SyncEngine::pullAll(const QString& mode)
{
    int pulled = 0;
    int pageSize = m_batchSize;
    m_pullRead = 0;
    m_largestPage = 0;
    for (bool more = true; more;) {
        bool orphans = false;
        m_largestPage = std::max(m_largestPage, pageSize);
        const Result<int> page = pullPage(mode, pageSize, more, orphans);
        if (!page) {
            // The log keeps only a row's newest version, so a parent changed after its children
            // comes after them: a page that ends between cannot be committed alone. The same
            // page again, larger, until the parent is in (the log's end says it never comes),
            // when its parents cannot be asked for by key (pullParents: deleted meanwhile).
            if (orphans && more) {
                pageSize *= 2;
                continue;
            }
            return page;
        }
        pulled += page.value();
        pageSize = m_batchSize;
        if (m_pullProgress)
            m_pullProgress(m_pullRead, more);
    }
    return Result<int>::success(pulled);
}

Status SyncEngine::startResync()
{
    // From the start of the log, noting what the store has; the cursor and the flag together.
    QSqlQuery query(m_local.connection());
    QString error;
    if (!run(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error) ||
        !run(query, QStringLiteral("DELETE FROM sync_seen"), {}, error) ||
        !run(query,
             QStringLiteral("UPDATE sync_state SET resync = 1, cursor_xid = '0', cursor_seq = 0 "
                            "WHERE id = 1"),
             {}, error) ||
        !run(query, QStringLiteral("COMMIT"), {}, error)) {
        QSqlQuery(m_local.connection()).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(tr("Cannot start a full resync: %1").arg(error));
    }
    m_resync = true;
    m_cursorXid = QStringLiteral("0");
    m_cursorSeq = 0;
    return Status::success();
}

Status SyncEngine::askCheck(int& statement)
{
    QString error;
    if (!send(m_central, QStringLiteral("SELECT onewindow.sync_check(CAST(? AS uuid), ?, ?)::text"),
              {m_clientId, m_cursorXid, m_cursorSeq}, statement, error))
        return Status::failure(
            tr("Cannot compare the row counts with the central store: %1").arg(error));
    return Status::success();
}

Result<SyncPayload::CountCheck> SyncEngine::checkAnswer(int statement)
{
    using R = Result<SyncPayload::CountCheck>;
    QByteArray reply;
    QString error;
    if (!answer(m_central, statement, reply, error))
        return R::failure(
            tr("Cannot compare the row counts with the central store: %1").arg(error));
    return SyncPayload::decodeCountCheck(reply);
}

namespace {

// The rows of a table a first pull brings (all but those of cases closed before the cutoff),
// for row alias NEW; appends its values.
QString inScope(const QString& caseField, const SyncPayload::CountCheck& check,
                QVariantList& values)
{
    if (caseField.isEmpty())
        return QStringLiteral("1");
    QStringList marks;
    for (const QString& status : check.closed) {
        marks.append(QStringLiteral("?"));
        values.append(status);
    }
    values.append(check.cutoff);
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM case_file c WHERE c.id = NEW.%1 AND c.status "
                          "IN (%2) AND c.received_on < ?)")
        .arg(quoted(caseField),
             marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QStringLiteral(", ")));
}

} // namespace

Result<int> SyncEngine::countsMatch(const SyncPayload::CountCheck& check)
{
    using R = Result<int>;
    if (check.moved)
        return R::success(-1); // another window pushed meanwhile: next time
    const QHash<QString, qint64>& theirs = check.counts;
    QSqlQuery query(m_local.connection());
    QString error;
    // One snapshot: nothing pending (else the sides differ by what waits), then the counts.
    if (!run(query, QStringLiteral("BEGIN"), {}, error))
        return R::failure(tr("Cannot count the rows here: %1").arg(error));
    auto failed = [&](const QString& message) {
        QSqlQuery(m_local.connection()).exec(QStringLiteral("ROLLBACK"));
        return R::failure(tr("Cannot count the rows here: %1").arg(message));
    };
    if (!run(query, QStringLiteral("SELECT count(*) FROM sync_outbox"), {}, error) || !query.next())
        return failed(error.isEmpty() ? errorOf(query) : error);
    const bool quiet = query.value(0).toInt() == 0;
    query.finish();
    QStringList differing;
    for (auto it = m_tables.cbegin(); quiet && it != m_tables.cend(); ++it) {
        if (!counted(*it) || !theirs.contains(it->name))
            continue;
        QVariantList values;
        const QString scope = inScope(check.caseFields.value(it->name), check, values);
        if (!run(query,
                 QStringLiteral("SELECT count(*) FROM %1 AS NEW WHERE %2")
                     .arg(quoted(it->name), scope),
                 values, error) ||
            !query.next())
            return failed(error.isEmpty() ? errorOf(query) : error);
        if (query.value(0).toLongLong() != theirs.value(it->name))
            differing.append(it->name);
        query.finish();
    }
    if (!run(query, QStringLiteral("COMMIT"), {}, error))
        return failed(error);
    if (!quiet)
        return R::success(-1); // what waits here makes the sides differ: next time
    return R::success(differing.isEmpty() ? 1 : 0);
}

Result<int> SyncEngine::finishResync(const SyncPayload::CountCheck& check)
{
    using R = Result<int>;
    QSqlQuery query(m_local.connection());
    QString error;
    if (!run(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return R::failure(tr("Cannot finish the full resync: %1").arg(error));
    auto rollback = [&](const QString& message) {
        QSqlQuery(m_local.connection()).exec(QStringLiteral("ROLLBACK"));
        return R::failure(tr("Cannot finish the full resync: %1").arg(message));
    };
    if (!run(query, QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"), {}, error) ||
        !run(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, error))
        return rollback(error);
    // What the store no longer has goes, unless a change of ours to it waits in the outbox or it
    // lies outside what the store sends (cases closed long ago).
    int removed = 0;
    for (const SyncOutbox::TableInfo& table : std::as_const(m_tables)) {
        if (!counted(table) || table.keyColumns.size() > 3)
            continue;
        QStringList keys;
        QStringList newKeys;
        QStringList seen;
        for (int i = 0; i < table.keyColumns.size(); ++i) {
            keys.append(quoted(table.keyColumns.at(i)));
            newKeys.append(QStringLiteral("NEW.") + quoted(table.keyColumns.at(i)));
            seen.append(
                QStringLiteral("s.k%1 IS NEW.%2").arg(i + 1).arg(quoted(table.keyColumns.at(i))));
        }
        QVariantList values{table.name, table.name};
        const QString scope = inScope(check.caseFields.value(table.name), check, values);
        const QString sql =
            QStringLiteral("DELETE FROM %1 WHERE (%2) IN (SELECT %3 FROM %1 AS NEW WHERE NOT "
                           "EXISTS (SELECT 1 FROM sync_seen s WHERE s.table_name = ? AND %4) AND "
                           "NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.table_name = ? AND "
                           "o.row_key = %5) AND %6)")
                .arg(quoted(table.name), keys.join(QStringLiteral(", ")),
                     newKeys.join(QStringLiteral(", ")), seen.join(QStringLiteral(" AND ")),
                     SyncOutbox::keyExpression(table, QStringLiteral("NEW")), scope);
        if (!run(query, sql, values, error))
            return rollback(error);
        removed += query.numRowsAffected();
    }
    if (!run(query, QStringLiteral("DELETE FROM sync_seen"), {}, error) ||
        !run(query, QStringLiteral("UPDATE sync_state SET applying = 0, resync = 0 WHERE id = 1"),
             {}, error) ||
        !run(query, QStringLiteral("COMMIT"), {}, error))
        return rollback(error);
    m_resync = false;
    return R::success(removed);
}

Result<int> SyncEngine::fullResync()
{
    using R = Result<int>;
    const Result<int> pulled = pullAll(QStringLiteral("full"));
    if (!pulled)
        return pulled;
    int asked = 0;
    if (const Status sent = askCheck(asked); !sent)
        return R::failure(sent.error());
    const Result<SyncPayload::CountCheck> check = checkAnswer(asked);
    if (!check)
        return R::failure(check.error());
    const Result<int> removed = finishResync(check.value());
    if (!removed)
        return removed;
    return R::success(pulled.value() + removed.value());
}

Result<SyncReport> SyncEngine::runOnce(const CentralSettings& central)
{
    using R = Result<SyncReport>;
    m_statements = 0;
    m_refused.clear();
    m_acked = m_cleared = 0;
    m_ackedLast.clear();
    SyncReport report;
    // The round's own commits need not wait for the disk: whatever of them a power cut takes
    // is done again by the next round (a replayed batch is skipped by the store, a page pulled
    // again changes nothing). Business writes on this connection keep their setting.
    struct Relaxed
    {
        QSqlDatabase db;
        QString before;
        explicit Relaxed(QSqlDatabase connection) : db(std::move(connection))
        {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA synchronous")) && query.next())
                before = query.value(0).toString();
            query.finish();
            if (!before.isEmpty())
                query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        ~Relaxed()
        {
            if (!before.isEmpty() && !Database::inTransaction(db))
                QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = ") + before);
        }
    } relaxed(m_local.connection());
    if (const Status connected = connect(central); !connected)
        return R::failure(fail(connected.error()).error());
    if (const Status greeted = hello(); !greeted) {
        disconnect();
        return R::failure(fail(greeted.error()).error());
    }
    // The synced tables change only with a migration, i.e. before the database is opened: read
    // once per engine.
    if (m_tables.isEmpty()) {
        const Result<QList<SyncOutbox::TableInfo>> tables = SyncOutbox::tables(m_local);
        if (!tables)
            return R::failure(fail(tables.error()).error());
        for (const SyncOutbox::TableInfo& table : tables.value())
            m_tables.insert(table.name, table);
    }
    auto failed = [&](const QString& message) {
        const Status failure = fail(message); // rolls back first: no lock held while trimming
        QString ignored; // what the store acknowledged leaves the outbox all the same, if it can
        (void)clearAcknowledged(ignored);
        releaseMemory(); // disconnects; a failed page may have been a large one
        return R::failure(failure.error());
    };

    // Files go first: a scan or signature row is taken by the store only with its file whole.
    if (const auto files = FileTransfer(m_local, m_central, m_clientId).uploadPending(); !files)
        return failed(files.error());
    if (const Result<int> pushed = push(report); !pushed)
        return failed(pushed.error());

    // What the store acknowledged leaves the outbox after the pull, while the store counts for
    // the count check (see clearAcknowledged); before a full resync, which looks at the outbox.
    QString error;
    const auto clearPushed = [&]() {
        return clearAcknowledged(error)
                   ? Status::success()
                   : Status::failure(tr("Cannot clear the outbox: %1").arg(error));
    };

    // A cursor older than tombstones the store purged may have missed a delete.
    if (m_behind && !m_resync) {
        if (const Status started = startResync(); !started)
            return failed(started.error());
    }
    if (m_resync) {
        if (const Status cleared = clearPushed(); !cleared)
            return failed(cleared.error());
        const Result<int> resynced = fullResync();
        if (!resynced)
            return failed(resynced.error());
        report.pulled += resynced.value();
        report.resynced = true;
    } else if (m_changes || report.pushed > 0) {
        const bool initial = m_cursorXid == QLatin1String("0") && m_cursorSeq == 0;
        const Result<int> pulled =
            pullAll(initial ? QStringLiteral("initial") : QStringLiteral("next"));
        if (!pulled)
            return failed(pulled.error());
        report.pulled += pulled.value();
    }

    // The count check, when something moved (or first thing after a start): a difference means
    // rows went missing on one side, and this side reloads the center's rows. At most once per
    // interval (see setCheckInterval); what moved meanwhile is checked with the next one.
    // (What moved in a round that failed before its check is checked in the next one.)
    if (report.resynced) {
        m_checked = true;
        m_sinceCheck.start();
    }
    const bool checkDue = !m_sinceCheck.isValid() || m_checkInterval == 0 ||
                          m_sinceCheck.hasExpired(qint64(m_checkInterval) * 1000);
    if (!m_checked && checkDue) {
        int asked = 0;
        if (const Status sent = askCheck(asked); !sent)
            return failed(sent.error());
        const Status cleared = clearPushed();
        const Result<SyncPayload::CountCheck> check = checkAnswer(asked);
        if (!cleared)
            return failed(cleared.error());
        if (!check)
            return failed(check.error());
        const Result<int> same = countsMatch(check.value());
        if (!same)
            return failed(same.error());
        if (same.value() == 0) {
            if (const Status started = startResync(); !started)
                return failed(started.error());
            const Result<int> resynced = fullResync();
            if (!resynced)
                return failed(resynced.error());
            report.pulled += resynced.value();
            report.resynced = true;
        }
        m_checked = same.value() >= 0;
        if (m_checked)
            m_sinceCheck.start();
    }
    if (const Status cleared = clearPushed(); !cleared)
        return failed(cleared.error());

    QSqlQuery query(m_local.connection());
    if (!run(query,
             QStringLiteral("UPDATE sync_state SET last_success = ?, last_error = '' WHERE id = 1"),
             {timeValue(QDateTime::currentDateTimeUtc())}, error))
        return R::failure(fail(tr("Cannot record the sync: %1").arg(error)).error());
    report.refused = m_refused;
    query.finish();
    if (report.resynced || report.pushed + report.pulled >= BigRoundRows)
        releaseMemory();
    return R::success(report);
}

void SyncEngine::releaseMemory()
{
    // libpq keeps a connection's input and output buffers at the size of the largest message
    // they ever carried (a page of thousands of rows is one JSON value of megabytes): a new
    // connection next round starts them small again.
    disconnect();
#ifdef __GLIBC__
    // glibc keeps what a large page's copies freed for later (its trim threshold rises with the
    // largest block freed, up to 64 MB), so the resident set would stay at the busiest round's.
    malloc_trim(0);
#endif
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
    query.finish();
    const Result<QStringList> refused = ReferenceApply::refusals(local);
    if (!refused)
        return R::failure(refused.error());
    state.refused = refused.value();
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
