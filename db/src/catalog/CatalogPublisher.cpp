#include "catalog/CatalogPublisher.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogCsv.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/PublishCheck.h"
#include "guide/GuideJson.h"
#include "guide/GuideRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace ow {

namespace {

QByteArray guidesJson(const QHash<QString, Guide>& guides)
{
    QJsonObject versions;
    for (auto it = guides.cbegin(); it != guides.cend(); ++it)
        versions.insert(it.key(), it.value().version);
    return QJsonDocument(versions).toJson(QJsonDocument::Compact);
}

// The materials dictionary in force, in db/seed/materials.json's form (sorted by key): what a
// publication keeps with its version and sends to the central store.
const QString DictionarySql = QStringLiteral(
    "SELECT json_object('materials', json_group_array(json_object('key', key, 'name', name, "
    "'description', description, 'replaceable_by', replaceable_by))) "
    "FROM (SELECT * FROM material ORDER BY key)");

bool looksLikeJson(const QByteArray& bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

} // namespace

Result<Catalog> CatalogPublisher::draftOrCurrentCatalog() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT catalog FROM catalog_draft WHERE id = 1")))
        return Result<Catalog>::failure(tr("Cannot read the draft catalog from %1: %2")
                                            .arg(m_database.path(), failureText(query)));
    if (query.next())
        return CatalogJson::read(query.value(0).toString().toUtf8(), tr("the draft catalog"));
    return CatalogRepository(m_database).load();
}

Result<CatalogPublisher::Imported>
CatalogPublisher::importFile(const QByteArray& bytes, const QString& sourceName,
                             const QString& userName, const QDateTime& now, AuditLog& audit)
{
    using R = Result<Imported>;
    if (bytes.trimmed().isEmpty())
        return R::failure(tr("%1 is empty.").arg(sourceName));
    const bool json = looksLikeJson(bytes);
    bool isGuide = false;
    if (json) {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        // A catalog has its lifecycles; anything else in braces is read as one guide.
        isGuide = document.isObject() && !document.object().contains(QStringLiteral("lifecycles"));
    }
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(transaction.error());

    if (isGuide) {
        Result<Guide> guide = GuideJson::readGuide(bytes, sourceName);
        if (!guide)
            return R::failure(guide.error());
        const Result<Catalog> catalog = draftOrCurrentCatalog();
        if (!catalog)
            return R::failure(catalog.error());
        const QString code = guide.value().itemCode;
        if (!catalog.value().item(code) && !catalog.value().subItem(code))
            return R::failure(tr("%1: the guide is for %2, which is not an item or sub-item of the "
                                 "catalog.")
                                  .arg(sourceName, code));
        GuideRepository guides(m_database);
        const Result<GuideJson::Dictionary> dictionary = workingDictionary();
        if (!dictionary)
            return R::failure(dictionary.error());
        if (const Status known =
                GuideJson::checkAgainst(guide.value(), dictionary.value(), sourceName);
            !known)
            return R::failure(known.error());
        const Result<int> version = guides.addDraft(guide.value());
        if (!version)
            return R::failure(version.error());
        const QString what = tr("guide %1 version %2 (draft)").arg(code).arg(version.value());
        if (const Status logged =
                audit.append(userName, QStringLiteral("guide_imported"),
                             QStringLiteral("%1 v%2").arg(code).arg(version.value()), sourceName);
            !logged)
            return R::failure(logged.error());
        if (!transaction.commit())
            return R::failure(transaction.error());
        return R::success(Imported{what, what});
    }

    Result<Catalog> catalog =
        json ? CatalogJson::read(bytes, sourceName) : CatalogCsv::read(bytes, sourceName);
    if (catalog && !json) // the rules of the JSON form (numbering, names) apply to CSV too
        catalog = CatalogJson::read(CatalogJson::write(catalog.value()), sourceName);
    if (!catalog)
        return R::failure(catalog.error());
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("INSERT OR REPLACE INTO catalog_draft (id, catalog, source, "
                                "imported_at, imported_by) VALUES (1, ?, ?, ?, ?)"),
                 {QString::fromUtf8(CatalogJson::write(catalog.value())), sourceName,
                  timeValue(now), userName}))
        return R::failure(tr("Cannot store the draft catalog in %1: %2")
                              .arg(m_database.path(), failureText(query)));
    const QString summary = tr("draft catalog: %1 items, %2 sub-items")
                                .arg(catalog.value().itemCount())
                                .arg(catalog.value().subItemCount());
    if (const Status logged =
            audit.append(userName, QStringLiteral("catalog_imported"), sourceName, summary);
        !logged)
        return R::failure(logged.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    return R::success(Imported{QStringLiteral("catalog"), summary});
}

Result<QStringList> CatalogPublisher::check(const QList<Guide>& pending,
                                            const std::optional<Catalog>& edited) const
{
    using R = Result<QStringList>;
    const Result<Catalog> catalog =
        edited ? Result<Catalog>::success(*edited) : draftOrCurrentCatalog();
    if (!catalog)
        return R::failure(catalog.error());
    const GuideRepository guides(m_database);
    Result<QHash<QString, Guide>> newest = guides.newestAll();
    if (!newest)
        return R::failure(newest.error());
    for (const Guide& guide : pending)
        newest.value().insert(guide.itemCode, guide);
    const Result<GuideJson::Dictionary> dictionary = workingDictionary();
    if (!dictionary)
        return R::failure(dictionary.error());

    std::optional<PublishCheck::Previous> previous;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT catalog, guides FROM catalog_release ORDER BY version DESC LIMIT 1")))
        return R::failure(tr("Cannot read the published versions from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (query.next()) {
        const Result<Catalog> before =
            CatalogJson::read(query.value(0).toString().toUtf8(), tr("the published catalog"));
        if (!before)
            return R::failure(before.error());
        previous = PublishCheck::Previous{
            before.value(),
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object().keys()};
    }
    return R::success(
        PublishCheck::problems(catalog.value(), newest.value(), dictionary.value(), previous));
}

Result<CatalogPublisher::Release>
CatalogPublisher::publish(const QString& note, const QDate& effectiveOn, const QString& userName,
                          const QDateTime& now, AuditLog& audit, const QList<Guide>& pending)
{
    using R = Result<Release>;
    if (note.trimmed().isEmpty())
        return R::failure(tr("Say what changed: a publication needs a note."));
    if (!effectiveOn.isValid())
        return R::failure(tr("A publication needs the date it takes effect."));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(transaction.error());
    const Result<QStringList> problems = check(pending);
    if (!problems)
        return R::failure(problems.error());
    if (!problems.value().isEmpty())
        return R::failure(tr("Not published: %n problem(s) to fix first:", nullptr,
                             int(problems.value().size())) +
                          u'\n' + problems.value().join(u'\n'));
    for (const Guide& guide : pending) {
        const Result<int> added = GuideRepository(m_database).addDraft(guide);
        if (!added)
            return R::failure(added.error());
        if (const Status logged = audit.append(
                userName, QStringLiteral("guide_edited"),
                QStringLiteral("%1 v%2").arg(guide.itemCode).arg(added.value()), QString());
            !logged)
            return R::failure(logged.error());
    }

    // The dictionary drafts come into force first: the guides name them.
    const Result<QStringList> materials = draftMaterials();
    if (!materials)
        return R::failure(materials.error());
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "INSERT INTO material (key, name, description, replaceable_by) "
            "SELECT key, name, description, replaceable_by FROM material_draft WHERE true "
            "ON CONFLICT (key) DO UPDATE SET name = excluded.name, description = "
            "excluded.description, replaceable_by = excluded.replaceable_by")) ||
        !query.exec(QStringLiteral("DELETE FROM material_draft")))
        return R::failure(tr("Cannot publish the materials dictionary in %1: %2")
                              .arg(m_database.path(), failureText(query)));

    const Result<Catalog> catalog = draftOrCurrentCatalog();
    if (!catalog)
        return R::failure(catalog.error());
    const Result<bool> draft = hasDraftCatalog();
    if (!draft)
        return R::failure(draft.error());
    if (draft.value()) {
        if (const Status replaced = CatalogRepository(m_database).replace(catalog.value());
            !replaced)
            return R::failure(replaced.error());
    }
    // The newest version of each guide comes into force.
    if (!query.exec(QStringLiteral(
            "UPDATE guide SET review_status = 'published', "
            "content = json_set(content, '$.review_status', 'published') "
            "WHERE review_status = 'draft' AND version = "
            "(SELECT max(version) FROM guide g WHERE g.item_code = guide.item_code)")))
        return R::failure(
            tr("Cannot publish the guides in %1: %2").arg(m_database.path(), failureText(query)));
    const Result<QHash<QString, Guide>> inForce = GuideRepository(m_database).latestAll();
    if (!inForce)
        return R::failure(inForce.error());

    Release release;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM catalog_release")) ||
        !query.next())
        return R::failure(failureText(query));
    release.version = query.value(0).toInt();
    release.effectiveOn = effectiveOn;
    release.note = note.trimmed();
    release.publishedAt = now;
    release.publishedBy = userName;
    release.itemCount = catalog.value().itemCount();
    release.guideCount = int(inForce.value().size());
    release.materials = materials.value();
    if (!query.exec(DictionarySql) || !query.next())
        return R::failure(tr("Cannot read the materials dictionary from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    const QString dictionaryJson = query.value(0).toString();
    query.finish();
    const QByteArray catalogJson = CatalogJson::write(catalog.value());
    const QByteArray guideVersions = guidesJson(inForce.value());
    release.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(catalogJson + '\n' + guideVersions, QCryptographicHash::Sha256)
            .toHex());
    if (!execute(query,
                 QStringLiteral("INSERT INTO catalog_release (version, effective_on, note, "
                                "published_at, published_by, catalog, guides, sha256, materials) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {release.version, dateValue(effectiveOn), release.note, timeValue(now), userName,
                  QString::fromUtf8(catalogJson), QString::fromUtf8(guideVersions), release.sha256,
                  dictionaryJson}) ||
        !query.exec(QStringLiteral("DELETE FROM catalog_draft")) ||
        // For the central store: sent at once when it answers, else by the next sync.
        !execute(query,
                 QStringLiteral("INSERT INTO central_publication (kind, what, queued_at, "
                                "queued_by) VALUES ('catalog', ?, ?, ?)"),
                 {QString::number(release.version), timeValue(now), userName}))
        return R::failure(tr("Cannot store the published version in %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (const Status logged = audit.append(
            userName, QStringLiteral("catalog_published"),
            QStringLiteral("v%1").arg(release.version),
            release.materials.isEmpty()
                ? QStringLiteral("%1 (%2)").arg(release.note, effectiveOn.toString(Qt::ISODate))
                : QStringLiteral("%1 (%2; materials: %3)")
                      .arg(release.note, effectiveOn.toString(Qt::ISODate),
                           release.materials.join(QStringLiteral(", "))));
        !logged)
        return R::failure(logged.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    return R::success(release);
}

Status CatalogPublisher::saveMaterial(const MaterialDefinition& definition, const QString& userName,
                                      const QDateTime& now, AuditLog& audit)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{1,63}$"));
    if (!keyPattern.match(definition.key).hasMatch())
        return Status::failure(tr("The material key \"%1\" must be 2 to 64 lower-case letters, "
                                  "digits or _, starting with a letter.")
                                   .arg(definition.key));
    if (definition.name.trimmed().isEmpty())
        return Status::failure(tr("The material %1 needs a name.").arg(definition.key));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(transaction.error());
    Result<GuideJson::Dictionary> dictionary = workingDictionary();
    if (!dictionary)
        return Status::failure(dictionary.error());
    MaterialDefinition cleaned = definition;
    cleaned.name = definition.name.trimmed();
    cleaned.description = definition.description.trimmed();
    if (dictionary.value().value(cleaned.key) == cleaned)
        return Status::success(); // nothing changed: no draft
    dictionary.value().insert(cleaned.key, cleaned);
    const Result<QHash<QString, Guide>> all = GuideRepository(m_database).newestAll();
    if (!all)
        return Status::failure(all.error());
    for (const Guide& guide : all.value())
        if (const Status agrees =
                GuideJson::checkAgainst(guide, dictionary.value(), guide.itemCode);
            !agrees)
            return Status::failure(agrees.error());
    static const char* const Replacements[] = {nullptr, "e_licence", "shared_data"};
    const char* replacement = Replacements[int(cleaned.replaceableBy)];
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("INSERT INTO material_draft (key, name, description, "
                                "replaceable_by, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET name = excluded.name, "
                                "description = excluded.description, replaceable_by = "
                                "excluded.replaceable_by, saved_at = excluded.saved_at, "
                                "saved_by = excluded.saved_by"),
                 {cleaned.key, cleaned.name,
                  cleaned.description.isEmpty() ? QStringLiteral("") : cleaned.description,
                  replacement ? QVariant(QString::fromLatin1(replacement))
                              : QVariant(QMetaType::fromType<QString>()),
                  timeValue(now), userName}))
        return Status::failure(tr("Cannot store the material %1 in %2: %3")
                                   .arg(cleaned.key, m_database.path(), failureText(query)));
    if (const Status logged =
            audit.append(userName, QStringLiteral("material_drafted"), cleaned.key, cleaned.name);
        !logged)
        return logged;
    if (!transaction.commit())
        return Status::failure(transaction.error());
    return Status::success();
}

Result<GuideJson::Dictionary> CatalogPublisher::workingDictionary() const
{
    using R = Result<GuideJson::Dictionary>;
    Result<GuideJson::Dictionary> dictionary = GuideRepository(m_database).dictionary();
    if (!dictionary)
        return dictionary;
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT key, name, description, replaceable_by FROM material_draft")))
        return R::failure(tr("Cannot read the materials drafts from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    while (query.next()) {
        MaterialDefinition definition;
        definition.key = query.value(0).toString();
        definition.name = query.value(1).toString();
        definition.description = query.value(2).toString();
        const QString replacement = query.value(3).toString();
        definition.replaceableBy = replacement == QLatin1String("e_licence")
                                       ? MaterialDefinition::Replacement::ELicence
                                   : replacement == QLatin1String("shared_data")
                                       ? MaterialDefinition::Replacement::SharedData
                                       : MaterialDefinition::Replacement::None;
        dictionary.value().insert(definition.key, definition);
    }
    return dictionary;
}

Result<QStringList> CatalogPublisher::draftMaterials() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key FROM material_draft ORDER BY key")))
        return Result<QStringList>::failure(tr("Cannot read the materials drafts from %1: %2")
                                                .arg(m_database.path(), failureText(query)));
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return Result<QStringList>::success(keys);
}

Result<std::optional<GuideJson::Dictionary>> CatalogPublisher::releaseMaterials(int version) const
{
    using R = Result<std::optional<GuideJson::Dictionary>>;
    QSqlQuery query(m_database.connection());
    if (!execute(query, QStringLiteral("SELECT materials FROM catalog_release WHERE version = ?"),
                 {version}))
        return R::failure(tr("Cannot read the published versions from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::failure(
            tr("There is no catalog version %1 in %2.").arg(version).arg(m_database.path()));
    if (query.value(0).isNull())
        return R::success(std::nullopt);
    const Result<GuideJson::Dictionary> read =
        GuideJson::readMaterials(query.value(0).toString().toUtf8(),
                                 tr("the dictionary of catalog version %1").arg(version));
    if (!read)
        return R::failure(read.error());
    return R::success(read.value());
}

Result<QList<CatalogPublisher::Release>> CatalogPublisher::releases() const
{
    using R = Result<QList<Release>>;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT version, effective_on, note, published_at, published_by, sha256, "
            "(SELECT count(*) FROM json_each(guides)), catalog FROM catalog_release "
            "ORDER BY version")))
        return R::failure(tr("Cannot read the published versions from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    QList<Release> found;
    while (query.next()) {
        Release release;
        release.version = query.value(0).toInt();
        release.effectiveOn = dateFrom(query.value(1));
        release.note = query.value(2).toString();
        release.publishedAt = timeFrom(query.value(3));
        release.publishedBy = query.value(4).toString();
        release.sha256 = query.value(5).toString();
        release.guideCount = query.value(6).toInt();
        const Result<Catalog> catalog =
            CatalogJson::read(query.value(7).toString().toUtf8(), tr("published catalog"));
        release.itemCount = catalog ? catalog.value().itemCount() : 0;
        found.append(release);
    }
    return R::success(found);
}

Result<std::optional<CatalogPublisher::Release>> CatalogPublisher::current() const
{
    using R = Result<std::optional<Release>>;
    const Result<QList<Release>> all = releases();
    if (!all)
        return R::failure(all.error());
    if (all.value().isEmpty())
        return R::success(std::nullopt);
    return R::success(all.value().last());
}

Result<int> CatalogPublisher::casesUsing(const QString& code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT count(DISTINCT case_id) FROM case_item WHERE item_code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return Result<int>::failure(
            tr("Cannot read the cases from %1: %2").arg(m_database.path(), failureText(query)));
    return Result<int>::success(query.value(0).toInt());
}

Result<bool> CatalogPublisher::hasDraftCatalog() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM catalog_draft")) || !query.next())
        return Result<bool>::failure(tr("Cannot read the draft catalog from %1: %2")
                                         .arg(m_database.path(), failureText(query)));
    return Result<bool>::success(query.value(0).toInt() > 0);
}

Result<QStringList> CatalogPublisher::draftGuides() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT item_code || ' v' || version FROM guide g WHERE review_status = 'draft' "
            "AND version = (SELECT max(version) FROM guide WHERE item_code = g.item_code) "
            "ORDER BY item_code")))
        return Result<QStringList>::failure(tr("Cannot read the guide drafts from %1: %2")
                                                .arg(m_database.path(), failureText(query)));
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    return Result<QStringList>::success(found);
}

} // namespace ow
