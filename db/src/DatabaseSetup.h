#pragma once

#include "Database.h"

#include <memory>

namespace ow {

// What both executables do at start: open the local database (refusing a foreign, damaged or
// newer one), bring its schema up to date, and load the catalog seed on first start.
struct DatabaseSetup
{
    Q_DECLARE_TR_FUNCTIONS(ow::DatabaseSetup)

public:
    struct Outcome
    {
        std::unique_ptr<Database> database;
        int migratedFrom = 0;
        bool seeded = false;
        bool guidesSeeded = false;
    };

    // seedPath: the catalog seed; guideFolder: where materials.json and guides/ are.
    static Result<Outcome> prepare(const QString& path, const QString& seedPath,
                                   const QString& guideFolder = defaultGuideFolder());
    static QString defaultGuideFolder();
};

} // namespace ow
