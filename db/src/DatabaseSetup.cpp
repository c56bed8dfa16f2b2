#include "DatabaseSetup.h"

#include "catalog/CatalogSeed.h"
#include "guide/GuideSeed.h"
#include "migrations/Migrator.h"

namespace ow {

QString DatabaseSetup::defaultGuideFolder()
{
    return GuideSeed::embeddedFolder();
}

Result<DatabaseSetup::Outcome> DatabaseSetup::prepare(const QString& path, const QString& seedPath,
                                                      const QString& guideFolder)
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
    const Result<bool> guides = GuideSeed::loadIfEmpty(*outcome.database, guideFolder);
    if (!guides)
        return R::failure(guides.error());
    outcome.guidesSeeded = guides.value();
    return R::success(std::move(outcome));
}

} // namespace ow
