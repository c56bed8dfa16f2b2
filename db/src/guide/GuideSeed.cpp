#include "guide/GuideSeed.h"

#include "Database.h"
#include "catalog/CatalogRepository.h"
#include "guide/GuideRepository.h"

#include <QDir>
#include <QFile>

namespace ow {

namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            GuideSeed::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return Result<QByteArray>::success(file.readAll());
}

} // namespace

Result<GuideSeed::Content> GuideSeed::read(const QString& folder, const Catalog& catalog)
{
    using R = Result<Content>;
    Content content;
    const QString materialsPath = QDir(folder).filePath(QStringLiteral("materials.json"));
    const Result<QByteArray> materials = readFile(materialsPath);
    if (!materials)
        return R::failure(materials.error());
    Result<GuideJson::Dictionary> dictionary =
        GuideJson::readMaterials(materials.value(), materialsPath);
    if (!dictionary)
        return R::failure(dictionary.error());
    content.dictionary = std::move(dictionary).value();

    const QDir guides(QDir(folder).filePath(QStringLiteral("guides")));
    const QStringList names = guides.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = guides.filePath(name);
        const Result<QByteArray> bytes = readFile(path);
        if (!bytes)
            return R::failure(bytes.error());
        Result<Guide> guide = GuideJson::readGuide(bytes.value(), path);
        if (!guide)
            return R::failure(guide.error());
        if (const Status checked = GuideJson::checkAgainst(guide.value(), content.dictionary, path);
            !checked)
            return R::failure(checked.error());
        const QString code = guide.value().itemCode;
        if (!catalog.item(code) && !catalog.subItem(code))
            return R::failure(tr("%1: %2 is not an item of the catalog").arg(path, code));
        if (name != code + QStringLiteral(".json"))
            return R::failure(
                tr("%1: the file of the guide of %2 must be named %2.json").arg(path, code));
        content.guides.append(std::move(guide).value());
    }
    return R::success(std::move(content));
}

Result<bool> GuideSeed::loadIfEmpty(Database& database, const QString& folder,
                                    const Catalog& catalog)
{
    GuideRepository repository(database);
    const Result<int> count = repository.guideCount();
    if (!count)
        return Result<bool>::failure(count.error());
    if (count.value() > 0)
        return Result<bool>::success(false);
    const Result<Content> content = read(folder, catalog);
    if (!content)
        return Result<bool>::failure(content.error());
    if (const Status stored =
            repository.replaceAll(content.value().dictionary, content.value().guides);
        !stored)
        return Result<bool>::failure(stored.error());
    return Result<bool>::success(true);
}

Result<bool> GuideSeed::loadIfEmpty(Database& database, const QString& folder)
{
    const Result<int> count = GuideRepository(database).guideCount();
    if (!count)
        return Result<bool>::failure(count.error());
    if (count.value() > 0)
        return Result<bool>::success(false);
    const Result<Catalog> catalog = CatalogRepository(database).load();
    if (!catalog)
        return Result<bool>::failure(catalog.error());
    return loadIfEmpty(database, folder, catalog.value());
}

} // namespace ow
