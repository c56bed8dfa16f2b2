#include "catalog/CatalogSeed.h"

#include "Database.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"

#include <QFile>
#include <QFileInfo>

namespace ow {

Result<Catalog> CatalogSeed::read(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Result<Catalog>::failure(tr("The catalog seed file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Catalog>::failure(
            tr("Cannot read the catalog seed file %1: %2").arg(path, file.errorString()));
    return CatalogJson::read(file.readAll(), path);
}

Result<bool> CatalogSeed::loadIfEmpty(Database& database, const QString& path)
{
    CatalogRepository repository(database);
    const Result<int> count = repository.itemCount();
    if (!count)
        return Result<bool>::failure(count.error());
    if (count.value() > 0)
        return Result<bool>::success(false);
    const Result<Catalog> catalog = read(path);
    if (!catalog)
        return Result<bool>::failure(catalog.error());
    if (const Status stored = repository.replace(catalog.value()); !stored)
        return Result<bool>::failure(stored.error());
    return Result<bool>::success(true);
}

} // namespace ow
