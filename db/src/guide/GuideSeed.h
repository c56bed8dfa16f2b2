#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>

namespace ow {

class Database;

// The guides and materials dictionary shipped with the program (db/seed/guides/*.json,
// db/seed/materials.json, embedded), or read from a folder of the same layout.
class GuideSeed
{
    Q_DECLARE_TR_FUNCTIONS(ow::GuideSeed)

public:
    struct Content
    {
        GuideJson::Dictionary dictionary;
        QList<Guide> guides;
    };

    static QString embeddedFolder() { return QStringLiteral(":/db/seed"); }

    // Reads FOLDER/materials.json and FOLDER/guides/*.json and checks them in full (every
    // material key known, every guide for an item of the catalog) before anything is stored.
    static Result<Content> read(const QString& folder, const Catalog& catalog);
    // Loads the guides when the database has none yet; returns whether it loaded anything.
    static Result<bool> loadIfEmpty(Database& database, const QString& folder,
                                    const Catalog& catalog);
    // The same with the database's own catalog, read only when there are no guides yet (the
    // catalog is not read at every start: issue 11, time to the sign-in window).
    static Result<bool> loadIfEmpty(Database& database, const QString& folder);
};

} // namespace ow
