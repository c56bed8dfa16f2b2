#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace ow {

// The catalog as one CSV table for spreadsheet users: UTF-8 with a byte-order mark (so Excel
// reads the Chinese), CRLF line ends, RFC 4180 quoting. One row per item, followed by one row
// per sub-item of it (the item columns repeated); a cell naming several departments separates
// them with "；". Reading checks the header, every row and every code, and names the line and
// column of the first problem; writing then reading gives the same catalog back.
class CatalogCsv
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogCsv)

public:
    static QStringList columns();
    static QByteArray write(const Catalog& catalog);
    static Result<Catalog> read(const QByteArray& bytes, const QString& sourceName);

    // RFC 4180 rows of a CSV text (quotes, doubled quotes, line breaks inside quotes); the
    // message says the line of an unterminated quote.
    static Result<QList<QStringList>> parseRows(const QString& text);
};

} // namespace ow
