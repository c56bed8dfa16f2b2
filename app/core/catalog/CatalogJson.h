#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ow {

// Reads the catalog from its JSON form (db/seed/catalog.json, or a published catalog) and writes
// the shape `owctl catalog export --json` prints. Reading checks every code and count it can, so
// a damaged file is refused with a message naming the place, before anything is stored.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogJson)

public:
    static Result<Catalog> read(const QByteArray& json, const QString& sourceName);
    static QByteArray write(const Catalog& catalog);
};

} // namespace ow
