#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct pg_conn;
using PGconn = pg_conn;

namespace ow {

// PostgreSQL's COPY … FROM STDIN over a connection opened by Qt's QPSQL driver (which cannot
// COPY itself): the driver's handle is libpq's PGconn of the same session, so the rows land in
// the transaction the driver's statements run in (BEGIN, COPY, the function that reads them,
// COMMIT). The input is in COPY's text format.
// Also scripts of several statements (the central migrations): QPSQL reports only how the first
// statement went, so an error further down would show only as "current transaction is aborted"
// at the next statement, without its cause.
class CentralCopy
{
    Q_DECLARE_TR_FUNCTIONS(ow::CentralCopy)

public:
    // Runs `sql` (a COPY … FROM STDIN) with input; the number of rows the server took.
    static Result<qint64> copyIn(const QSqlDatabase& central, const QByteArray& sql,
                                 const QByteArray& input);
    // Runs the statements of `sql` in turn; the first error, by its server message.
    static Status runScript(const QSqlDatabase& central, const QByteArray& sql);
    // A statement sent without waiting for its answer (the caller works meanwhile), then its
    // answer: the first value of its one row. Nothing else may use the connection in between.
    static Status send(const QSqlDatabase& central, const QByteArray& sql);
    static Result<QByteArray> answer(const QSqlDatabase& central);

private:
    static Result<PGconn*> libpqOf(const QSqlDatabase& central);
};

} // namespace ow
