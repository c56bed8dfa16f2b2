#include "CentralCopy.h"

#include <QLibrary>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <type_traits>

#include <libpq-fe.h>

namespace ow {

namespace {

// libpq's functions, taken at run time from the libpq that Qt's QPSQL driver has already loaded:
// the program is not linked to libpq, so that starting it does not load libpq and what libpq
// needs (Kerberos, LDAP, TLS), a large part of the time to the sign-in window (issue 11).
struct LibPq
{
    decltype(&PQstatus) status = nullptr;
    decltype(&PQexec) exec = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQputCopyData) putCopyData = nullptr;
    decltype(&PQputCopyEnd) putCopyEnd = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    decltype(&PQcmdTuples) cmdTuples = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQsendQuery) sendQuery = nullptr;
    decltype(&PQntuples) ntuples = nullptr;
    decltype(&PQnfields) nfields = nullptr;
    decltype(&PQgetvalue) getvalue = nullptr;
    decltype(&PQgetlength) getlength = nullptr;
    QString error;

    static const LibPq& instance()
    {
        static const LibPq loaded = load();
        return loaded;
    }

private:
    static LibPq load()
    {
        LibPq pq;
        QLibrary library(QStringLiteral("pq"), 5);
        if (!library.load()) {
            pq.error = CentralCopy::tr("The PostgreSQL client library libpq cannot be loaded: %1")
                           .arg(library.errorString());
            return pq;
        }
        // Never unloaded: QPSQL holds it too, and the functions are kept.
        const auto take = [&](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                library.resolve(name));
            if (!function && pq.error.isEmpty())
                pq.error = CentralCopy::tr("The PostgreSQL client library libpq has no %1.")
                               .arg(QLatin1String(name));
        };
        take(pq.status, "PQstatus");
        take(pq.exec, "PQexec");
        take(pq.resultStatus, "PQresultStatus");
        take(pq.clear, "PQclear");
        take(pq.putCopyData, "PQputCopyData");
        take(pq.putCopyEnd, "PQputCopyEnd");
        take(pq.getResult, "PQgetResult");
        take(pq.cmdTuples, "PQcmdTuples");
        take(pq.resultErrorMessage, "PQresultErrorMessage");
        take(pq.errorMessage, "PQerrorMessage");
        take(pq.sendQuery, "PQsendQuery");
        take(pq.ntuples, "PQntuples");
        take(pq.nfields, "PQnfields");
        take(pq.getvalue, "PQgetvalue");
        take(pq.getlength, "PQgetlength");
        return pq;
    }
};

QString messageOf(const LibPq& pq, PGconn* connection, const PGresult* result)
{
    const char* text = result ? pq.resultErrorMessage(result) : nullptr;
    if (!text || !*text)
        text = pq.errorMessage(connection);
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
    const LibPq& pq = LibPq::instance();
    if (!pq.error.isEmpty())
        return R::failure(pq.error);
    if (!connection || pq.status(connection) != CONNECTION_OK)
        return R::failure(tr("The connection to the central store is closed."));
    return R::success(connection);
}

Status CentralCopy::runScript(const QSqlDatabase& central, const QByteArray& sql)
{
    const Result<PGconn*> connection = libpqOf(central);
    if (!connection)
        return Status::failure(connection.error());
    const LibPq& pq = LibPq::instance();
    // PQexec runs the statements in turn and stops at the first error, whose result it returns.
    PGresult* result = pq.exec(connection.value(), sql.constData());
    const ExecStatusType status = pq.resultStatus(result);
    const QString message = messageOf(pq, connection.value(), result);
    pq.clear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        return Status::failure(message);
    return Status::success();
}

Status CentralCopy::send(const QSqlDatabase& central, const QByteArray& sql)
{
    const Result<PGconn*> connection = libpqOf(central);
    if (!connection)
        return Status::failure(connection.error());
    const LibPq& pq = LibPq::instance();
    if (pq.sendQuery(connection.value(), sql.constData()) != 1)
        return Status::failure(messageOf(pq, connection.value(), nullptr));
    return Status::success();
}

Result<QByteArray> CentralCopy::answer(const QSqlDatabase& central)
{
    using R = Result<QByteArray>;
    const Result<PGconn*> connection = libpqOf(central);
    if (!connection)
        return R::failure(connection.error());
    const LibPq& pq = LibPq::instance();
    QByteArray value;
    QString failure;
    bool got = false;
    // Every result of the statement, so that the connection is free for the driver again.
    while (PGresult* result = pq.getResult(connection.value())) {
        const ExecStatusType status = pq.resultStatus(result);
        if (status == PGRES_TUPLES_OK && !got && pq.ntuples(result) > 0 && pq.nfields(result) > 0) {
            value = QByteArray(pq.getvalue(result, 0, 0), pq.getlength(result, 0, 0));
            got = true;
        } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && failure.isEmpty()) {
            failure = messageOf(pq, connection.value(), result);
        }
        pq.clear(result);
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
    const LibPq& pq = LibPq::instance();

    PGresult* started = pq.exec(connection, sql.constData());
    if (pq.resultStatus(started) != PGRES_COPY_IN) {
        const QString message = messageOf(pq, connection, started);
        pq.clear(started);
        return R::failure(message);
    }
    pq.clear(started);
    // In pieces of 1 MiB (libpq would otherwise double its buffer up to the whole input).
    constexpr qsizetype piece = 1 << 20;
    QString failure;
    for (qsizetype at = 0; at < input.size() && failure.isEmpty(); at += piece) {
        const int size = int(std::min(piece, input.size() - at));
        if (pq.putCopyData(connection, input.constData() + at, size) != 1)
            failure = messageOf(pq, connection, nullptr);
    }
    if (pq.putCopyEnd(connection, failure.isEmpty() ? nullptr : "client failed") != 1 &&
        failure.isEmpty())
        failure = messageOf(pq, connection, nullptr);
    qint64 rows = -1;
    // Every result of the command, so that the connection is free for the driver again.
    while (PGresult* result = pq.getResult(connection)) {
        if (pq.resultStatus(result) == PGRES_COMMAND_OK)
            rows = QByteArray(pq.cmdTuples(result)).toLongLong();
        else if (failure.isEmpty())
            failure = messageOf(pq, connection, result);
        pq.clear(result);
    }
    if (!failure.isEmpty())
        return R::failure(failure);
    return R::success(rows);
}

} // namespace ow
