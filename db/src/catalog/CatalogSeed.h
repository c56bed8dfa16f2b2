#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace ow {

class Database;

// The catalog shipped with the program (db/seed/catalog.json, embedded), or one given as a file.
class CatalogSeed
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogSeed)

public:
    static QString embeddedPath() { return QStringLiteral(":/db/seed/catalog.json"); }

    // Reads and checks a seed file; the message names the file when it is missing or damaged.
    static Result<Catalog> read(const QString& path);

    // Loads the seed into an empty catalog (first start). A catalog already present is left as
    // it is, so running this again changes nothing. Returns whether it loaded anything.
    static Result<bool> loadIfEmpty(Database& database, const QString& path);
};

} // namespace ow
