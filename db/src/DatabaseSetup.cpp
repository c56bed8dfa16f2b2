#include "DatabaseSetup.h"

#include "catalog/CatalogSeed.h"
#include "migrations/Migrator.h"

namespace ow {

Result<DatabaseSetup::Outcome> DatabaseSetup::prepare(const QString& path, const QString& seedPath)
{
    using R = Result<Outcome>;
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return R::failure(opened.error());
    Outcome outcome;
    outcome.database = std::move(opened).value();
    outcome.migratedFrom = outcome.database->schemaVersion();
    if (const Status migrated = Migrator::migrate(*outcome.database); !migrated)
        return R::failure(migrated.error());
    const Result<bool> seeded = CatalogSeed::loadIfEmpty(*outcome.database, seedPath);
    if (!seeded)
        return R::failure(seeded.error());
    outcome.seeded = seeded.value();
    return R::success(std::move(outcome));
}

} // namespace ow
