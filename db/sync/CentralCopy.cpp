#include "CentralCopy.h"

#include <QSqlDriver>
#include <QVariant>

#include <algorithm>

#include <libpq-fe.h>

namespace ow {

namespace {

QString messageOf(PGconn* connection, const PGresult* result)
{
    const char* text = result ? PQresultErrorMessage(result) : nullptr;
    if (!text || !*text)
        text = PQerrorMessage(connection);
    return QString::fromUtf8(text).trimmed();
}

} // namespace

Result<PGconn*> CentralCopy::libpqOf(const QSqlDatabase& central)
{
    using R = Result<PGconn*>;
    const QVariant handle = central.driver() ? central.driver()->handle() : QVariant();
    // QPSQL names it by the struct behind libpq's typedef (Qt 6.4: "pg_conn*").
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return R::failure(tr("The connection to the central store is not a PostgreSQL one."));
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return R::failure(tr("The connection to the central store is closed."));
    return R::success(connection);
}

Status CentralCopy::runScript(const QSqlDatabase& central, const QByteArray& sql)
{
    const Result<PGconn*> connection = libpqOf(central);
    if (!connection)
        return Status::failure(connection.error());
    // PQexec runs the statements in turn and stops at the first error, whose result it returns.
    PGresult* result = PQexec(connection.value(), sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    const QString message = messageOf(connection.value(), result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        return Status::failure(message);
    return Status::success();
}

Status CentralCopy::send(const QSqlDatabase& central, const QByteArray& sql)
{
    const Result<PGconn*> connection = libpqOf(central);
    if (!connection)
        return Status::failure(connection.error());
    if (PQsendQuery(connection.value(), sql.constData()) != 1)
        return Status::failure(messageOf(connection.value(), nullptr));
    return Status::success();
}

Result<QByteArray> CentralCopy::answer(const QSqlDatabase& central)
{
    using R = Result<QByteArray>;
    const Result<PGconn*> connection = libpqOf(central);
    if (!connection)
        return R::failure(connection.error());
    QByteArray value;
    QString failure;
    bool got = false;
    // Every result of the statement, so that the connection is free for the driver again.
    while (PGresult* result = PQgetResult(connection.value())) {
        if (PQresultStatus(result) == PGRES_TUPLES_OK && !got && PQntuples(result) > 0 &&
            PQnfields(result) > 0) {
            value = QByteArray(PQgetvalue(result, 0, 0), PQgetlength(result, 0, 0));
            got = true;
        } else if (PQresultStatus(result) != PGRES_TUPLES_OK &&
                   PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty()) {
            failure = messageOf(connection.value(), result);
        }
        PQclear(result);
    }
    if (!failure.isEmpty())
        return R::failure(failure);
    if (!got)
        return R::failure(tr("The central store gave no answer."));
    return R::success(value);
}

Result<qint64> CentralCopy::copyIn(const QSqlDatabase& central, const QByteArray& sql,
                                   const QByteArray& input)
{
    using R = Result<qint64>;
    const Result<PGconn*> libpq = libpqOf(central);
    if (!libpq)
        return R::failure(libpq.error());
    PGconn* connection = libpq.value();

    PGresult* started = PQexec(connection, sql.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        const QString message = messageOf(connection, started);
        PQclear(started);
        return R::failure(message);
    }
    PQclear(started);
    // In pieces of 1 MiB (libpq would otherwise double its buffer up to the whole input).
    constexpr qsizetype piece = 1 << 20;
    QString failure;
    for (qsizetype at = 0; at < input.size() && failure.isEmpty(); at += piece) {
        const int size = int(std::min(piece, input.size() - at));
        if (PQputCopyData(connection, input.constData() + at, size) != 1)
            failure = messageOf(connection, nullptr);
    }
    if (PQputCopyEnd(connection, failure.isEmpty() ? nullptr : "client failed") != 1 &&
        failure.isEmpty())
        failure = messageOf(connection, nullptr);
    qint64 rows = -1;
    // Every result of the command, so that the connection is free for the driver again.
    while (PGresult* result = PQgetResult(connection)) {
        if (PQresultStatus(result) == PGRES_COMMAND_OK)
            rows = QByteArray(PQcmdTuples(result)).toLongLong();
        else if (failure.isEmpty())
            failure = messageOf(connection, result);
        PQclear(result);
    }
    if (!failure.isEmpty())
        return R::failure(failure);
    return R::success(rows);
}

} // namespace ow
