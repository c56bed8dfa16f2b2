#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ow {

// PostgreSQL's COPY … FROM STDIN over a connection opened by Qt's QPSQL driver (which cannot
// COPY itself): the driver's handle is libpq's PGconn of the same session, so the rows land in
// the transaction the driver's statements run in (BEGIN, COPY, the function that reads them,
// COMMIT). The input is in COPY's text format.
class CentralCopy
{
    Q_DECLARE_TR_FUNCTIONS(ow::CentralCopy)

public:
    // Runs `sql` (a COPY … FROM STDIN) with input; the number of rows the server took.
    static Result<qint64> copyIn(const QSqlDatabase& central, const QByteArray& sql,
                                 const QByteArray& input);
};

} // namespace ow
