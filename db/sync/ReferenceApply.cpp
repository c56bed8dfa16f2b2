#include "ReferenceApply.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "calendar/WorkCalendar.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "guide/GuideJson.h"
#include "guide/GuideRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace ow {

namespace {

const QString Catalog_ = QStringLiteral("catalog");
const QString Guide_ = QStringLiteral("guide");
const QString Materials_ = QStringLiteral("materials");
const QString Calendar_ = QStringLiteral("calendar");

QByteArray compact(const QJsonValue& value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// The order in which documents of one pull are applied: what others name comes first.
int rank(const QString& kind)
{
    return kind == Materials_ ? 0 : kind == Calendar_ ? 1 : kind == Catalog_ ? 2 : 3;
}

QString guideVersionsHashText(const QJsonObject& versions)
{
    return QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact));
}

} // namespace

const QStringList& ReferenceApply::kinds()
{
    static const QStringList all = {Catalog_, Guide_, Materials_, Calendar_};
    return all;
}

Status ReferenceApply::check(const QString& kind, const QString& key, const QByteArray& body)
{
    const QString source = QStringLiteral("%1 %2").arg(kind, key);
    if (!kinds().contains(kind))
        return Status::failure(tr("'%1' is not a kind of reference data this OneWindow knows "
                                  "(%2); a newer OneWindow may: update this one.")
                                   .arg(kind, kinds().join(QStringLiteral(", "))));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return Status::failure(tr("%1: the document is not a JSON object.").arg(source));
    if (kind == Materials_) {
        if (key != QLatin1String("dictionary"))
            return Status::failure(tr("The materials dictionary is published under the key "
                                      "'dictionary', not '%1'.")
                                       .arg(key));
        const Result<GuideJson::Dictionary> read = GuideJson::readMaterials(body, source);
        return read ? Status::success() : Status::failure(read.error());
    }
    if (kind == Calendar_) {
        if (key != QLatin1String("holidays"))
            return Status::failure(tr("The holiday calendar is published under the key "
                                      "'holidays', not '%1'.")
                                       .arg(key));
        const Result<WorkCalendar> read = WorkCalendar::fromJson(body, source);
        return read ? Status::success() : Status::failure(read.error());
    }
    if (kind == Guide_) {
        const Result<Guide> guide = GuideJson::readGuide(body, source);
        if (!guide)
            return Status::failure(guide.error());
        if (guide.value().itemCode != key)
            return Status::failure(tr("%1: the guide is for %2, not for %3.")
                                       .arg(source, guide.value().itemCode, key));
        if (guide.value().version < 1)
            return Status::failure(
                tr("%1: a published guide needs a version of 1 or more.").arg(source));
        return Status::success();
    }
    // catalog / release
    if (key != QLatin1String("release"))
        return Status::failure(tr("A catalog version is published under the key 'release', not "
                                  "'%1'.")
                                   .arg(key));
    const QJsonObject release = document.object();
    if (release.value(QStringLiteral("version")).toInt() < 1)
        return Status::failure(
            tr("%1: \"version\" must be a whole number of 1 or more.").arg(source));
    const QDate effective =
        QDate::fromString(release.value(QStringLiteral("effective_on")).toString(), Qt::ISODate);
    if (!effective.isValid())
        return Status::failure(
            tr("%1: \"effective_on\" must be a date YYYY-MM-DD that exists.").arg(source));
    for (const char* field : {"note", "published_at", "published_by", "sha256"})
        if (release.value(QLatin1String(field)).toString().trimmed().isEmpty())
            return Status::failure(
                tr("%1: \"%2\" is missing or empty.").arg(source, QLatin1String(field)));
    if (!release.value(QStringLiteral("catalog")).isObject() ||
        !release.value(QStringLiteral("guides")).isObject() ||
        !release.value(QStringLiteral("materials")).isObject())
        return Status::failure(tr("%1: \"catalog\", \"guides\" and \"materials\" must be JSON "
                                  "objects.")
                                   .arg(source));
    const Result<Catalog> catalog =
        CatalogJson::read(compact(release.value(QStringLiteral("catalog"))), source);
    if (!catalog)
        return Status::failure(catalog.error());
    const Result<GuideJson::Dictionary> dictionary =
        GuideJson::readMaterials(compact(release.value(QStringLiteral("materials"))), source);
    if (!dictionary)
        return Status::failure(dictionary.error());
    const QJsonObject guides = release.value(QStringLiteral("guides")).toObject();
    QJsonObject versions;
    for (auto it = guides.constBegin(); it != guides.constEnd(); ++it) {
        const QString guideSource = source + QStringLiteral(" guide ") + it.key();
        const Result<Guide> guide = GuideJson::readGuide(compact(it.value()), guideSource);
        if (!guide)
            return Status::failure(guide.error());
        if (guide.value().itemCode != it.key() || guide.value().version < 1)
            return Status::failure(tr("%1: the guide is for %2 version %3.")
                                       .arg(guideSource, guide.value().itemCode)
                                       .arg(guide.value().version));
        if (!catalog.value().item(it.key()) && !catalog.value().subItem(it.key()))
            return Status::failure(
                tr("%1: %2 is not an item or sub-item of the catalog.").arg(guideSource, it.key()));
        if (const Status known =
                GuideJson::checkAgainst(guide.value(), dictionary.value(), guideSource);
            !known)
            return known;
        versions.insert(it.key(), guide.value().version);
    }
    // The version's fingerprint, as CatalogPublisher makes it: the document arrived whole.
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(CatalogJson::write(catalog.value()) + '\n' +
                                                         guideVersionsHashText(versions).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    if (sha256 != release.value(QStringLiteral("sha256")).toString())
        return Status::failure(tr("%1: the catalog and guides do not match the version's SHA-256 "
                                  "(the document was altered or cut short).")
                                   .arg(source));
    return Status::success();
}

Result<QByteArray> ReferenceApply::releaseDocument(Database& database, int version)
{
    using R = Result<QByteArray>;
    QSqlQuery query(database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT effective_on, note, published_at, published_by, catalog, "
                                "guides, sha256, materials FROM catalog_release WHERE version = ?"),
                 {version}))
        return R::failure(tr("Cannot read catalog version %1 from %2: %3")
                              .arg(version)
                              .arg(database.path(), failureText(query)));
    if (!query.next())
        return R::failure(
            tr("There is no catalog version %1 in %2.").arg(version).arg(database.path()));
    QJsonObject release{{QStringLiteral("version"), version},
                        {QStringLiteral("effective_on"), query.value(0).toString()},
                        {QStringLiteral("note"), query.value(1).toString()},
                        {QStringLiteral("published_at"), query.value(2).toString()},
                        {QStringLiteral("published_by"), query.value(3).toString()},
                        {QStringLiteral("catalog"),
                         QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()},
                        {QStringLiteral("sha256"), query.value(6).toString()}};
    const QJsonObject versions =
        QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    // The dictionary the version put in force (kept with it since migration 0020).
    const QJsonObject keptMaterials =
        QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    query.finish();
    const GuideRepository repository(database);
    QJsonObject guides;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
        const auto guide = repository.version(it.key(), it.value().toInt());
        if (!guide)
            return R::failure(guide.error());
        if (!guide.value())
            return R::failure(tr("Catalog version %1 names guide %2 version %3, which %4 does "
                                 "not hold.")
                                  .arg(version)
                                  .arg(it.key())
                                  .arg(it.value().toInt())
                                  .arg(database.path()));
        guides.insert(it.key(),
                      QJsonDocument::fromJson(GuideJson::writeGuide(*guide.value())).object());
    }
    release.insert(QStringLiteral("guides"), guides);
    if (!keptMaterials.isEmpty()) {
        release.insert(QStringLiteral("materials"), keptMaterials);
        return R::success(QJsonDocument(release).toJson(QJsonDocument::Compact));
    }
    if (!query.exec(QStringLiteral(
            "SELECT key, name, description, replaceable_by FROM material ORDER BY key")))
        return R::failure(tr("Cannot read the materials dictionary from %1: %2")
                              .arg(database.path(), failureText(query)));
    QJsonArray materials;
    while (query.next())
        materials.append(QJsonObject{
            {QStringLiteral("key"), query.value(0).toString()},
            {QStringLiteral("name"), query.value(1).toString()},
            {QStringLiteral("description"), query.value(2).toString()},
            {QStringLiteral("replaceable_by"),
             query.value(3).isNull() ? QJsonValue() : QJsonValue(query.value(3).toString())}});
    release.insert(QStringLiteral("materials"),
                   QJsonObject{{QStringLiteral("materials"), materials}});
    return R::success(QJsonDocument(release).toJson(QJsonDocument::Compact));
}

Result<QStringList> ReferenceApply::refusals(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT f.reason FROM reference_refused f JOIN sync_reference r ON r.kind = f.kind "
            "AND r.key = f.key AND r.version = f.version ORDER BY f.kind, f.key")))
        return Result<QStringList>::failure(tr("Cannot read the refused reference data of %1: %2")
                                                .arg(database.path(), failureText(query)));
    QStringList reasons;
    while (query.next())
        reasons.append(query.value(0).toString());
    return Result<QStringList>::success(reasons);
}

Status ReferenceApply::apply(const QDateTime& now, QStringList* refused)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT r.kind, r.key, r.version, r.body FROM sync_reference r LEFT JOIN "
            "reference_applied a ON a.kind = r.kind AND a.key = r.key LEFT JOIN reference_refused "
            "f ON f.kind = r.kind AND f.key = r.key WHERE a.version IS NOT r.version AND "
            "f.version IS NOT r.version")))
        return Status::failure(tr("Cannot read the reference data pulled into %1: %2")
                                   .arg(m_database.path(), failureText(query)));
    struct Pending
    {
        QString kind;
        QString key;
        int version;
        QByteArray body;
    };
    QList<Pending> pending;
    while (query.next())
        pending.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toInt(), query.value(3).toString().toUtf8()});
    query.finish();
    if (pending.isEmpty())
        return Status::success();
    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
        return rank(a.kind) < rank(b.kind);
    });
    SqlTransaction transaction(m_database.connection());
    if (!transaction.begin())
        return Status::failure(transaction.error());
    for (const Pending& document : std::as_const(pending)) {
        // Each document on its own: one that cannot be used is undone alone and skipped.
        if (!query.exec(QStringLiteral("SAVEPOINT reference_document")))
            return Status::failure(tr("Cannot apply the reference data in %1: %2")
                                       .arg(m_database.path(), failureText(query)));
        const Status applied = applyOne(document.kind, document.key, document.body);
        if (!applied) {
            const QString reason =
                tr("The central store's %1 %2 (version %3) cannot be used here and was skipped: "
                   "%4 The rest was applied; publish a corrected version.")
                    .arg(document.kind, document.key)
                    .arg(document.version)
                    .arg(applied.error());
            if (!query.exec(QStringLiteral("ROLLBACK TO reference_document")) ||
                !query.exec(QStringLiteral("RELEASE reference_document")) ||
                !execute(query,
                         QStringLiteral("INSERT INTO reference_refused (kind, key, version, "
                                        "reason, refused_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                        "(kind, key) DO UPDATE SET version = excluded.version, "
                                        "reason = excluded.reason, refused_at = "
                                        "excluded.refused_at"),
                         {document.kind, document.key, document.version, reason, timeValue(now)}))
                return Status::failure(tr("Cannot record the refused reference data in %1: %2")
                                           .arg(m_database.path(), failureText(query)));
            if (refused)
                refused->append(reason);
            continue;
        }
        if (!execute(query,
                     QStringLiteral("INSERT INTO reference_applied (kind, key, version, "
                                    "applied_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, key) DO "
                                    "UPDATE SET version = excluded.version, applied_at = "
                                    "excluded.applied_at"),
                     {document.kind, document.key, document.version, timeValue(now)}) ||
            !execute(query,
                     QStringLiteral("DELETE FROM reference_refused WHERE kind = ? AND key = ?"),
                     {document.kind, document.key}) ||
            !query.exec(QStringLiteral("RELEASE reference_document")))
            return Status::failure(tr("Cannot record the reference data applied in %1: %2")
                                       .arg(m_database.path(), failureText(query)));
    }
    if (!transaction.commit())
        return Status::failure(transaction.error());
    return Status::success();
}

Status ReferenceApply::applyOne(const QString& kind, const QString& key, const QByteArray& body)
{
    if (const Status valid = check(kind, key, body); !valid)
        return valid;
    const QString source = QStringLiteral("%1 %2").arg(kind, key);
    if (kind == Materials_)
        return applyMaterials(body, source);
    if (kind == Guide_)
        return applyGuide(body, source, false);
    if (kind == Catalog_)
        return applyRelease(body, source);
    return Status::success(); // the calendar is read from sync_reference (CalendarData)
}

Status ReferenceApply::applyMaterials(const QByteArray& body, const QString& source)
{
    const Result<GuideJson::Dictionary> dictionary = GuideJson::readMaterials(body, source);
    if (!dictionary)
        return Status::failure(dictionary.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO material (key, name, description, replaceable_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET name = excluded.name, description = "
        "excluded.description, replaceable_by = excluded.replaceable_by"));
    for (const MaterialDefinition& definition : dictionary.value()) {
        query.bindValue(0, definition.key);
        query.bindValue(1, definition.name);
        query.bindValue(2, definition.description);
        query.bindValue(3, definition.replaceableBy == MaterialDefinition::Replacement::ELicence
                               ? QVariant(QStringLiteral("e_licence"))
                           : definition.replaceableBy == MaterialDefinition::Replacement::SharedData
                               ? QVariant(QStringLiteral("shared_data"))
                               : nullText());
        if (!query.exec())
            return Status::failure(tr("Cannot store the material %1 in %2: %3")
                                       .arg(definition.key, m_database.path(), failureText(query)));
    }
    return Status::success();
}

Status ReferenceApply::applyGuide(const QByteArray& body, const QString& source, bool fromRelease)
{
    Result<Guide> read = GuideJson::readGuide(body, source);
    if (!read)
        return Status::failure(read.error());
    Guide guide = std::move(read).value();
    GuideRepository repository(m_database);
    if (!fromRelease) {
        const Result<Catalog> catalog = CatalogRepository(m_database).load();
        if (!catalog)
            return Status::failure(catalog.error());
        if (!catalog.value().item(guide.itemCode) && !catalog.value().subItem(guide.itemCode))
            return Status::failure(tr("%1 is not an item or sub-item of this workstation's "
                                      "catalog.")
                                       .arg(guide.itemCode));
    }
    const Result<GuideJson::Dictionary> dictionary = repository.dictionary();
    if (!dictionary)
        return Status::failure(dictionary.error());
    if (const Status known = GuideJson::checkAgainst(guide, dictionary.value(), source); !known)
        return known;
    guide.reviewStatus = QStringLiteral("published");
    const QByteArray content = GuideJson::writeGuide(guide);

    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT review_status, content FROM guide WHERE item_code = ? AND "
                                "version = ?"),
                 {guide.itemCode, guide.version}))
        return Status::failure(failureText(query));
    if (query.next()) {
        const bool published = query.value(0).toString() == QLatin1String("published");
        const Result<Guide> mine = GuideJson::readGuide(query.value(1).toString().toUtf8(), source);
        query.finish();
        Guide comparable = mine ? mine.value() : Guide{};
        comparable.reviewStatus = guide.reviewStatus;
        if (mine && GuideJson::writeGuide(comparable) == content) {
            if (published)
                return Status::success();
        } else if (published) {
            // A version cases may have been taken under is never rewritten.
            return Status::failure(tr("the guide of %1 version %2 published here differs from "
                                      "the central store's.")
                                       .arg(guide.itemCode)
                                       .arg(guide.version));
        }
        // A local draft of that number gives way to the published version.
        if (!execute(query, QStringLiteral("DELETE FROM guide WHERE item_code = ? AND version = ?"),
                     {guide.itemCode, guide.version}))
            return Status::failure(failureText(query));
    }
    if (!execute(query,
                 QStringLiteral("INSERT INTO guide (item_code, version, effective_date, "
                                "review_status, content) VALUES (?, ?, ?, 'published', ?)"),
                 {guide.itemCode, guide.version, guide.effectiveDate.toString(Qt::ISODate),
                  QString::fromUtf8(content)}))
        return Status::failure(tr("Cannot store the guide of %1 in %2: %3")
                                   .arg(guide.itemCode, m_database.path(), failureText(query)));
    for (int i = 0; i < guide.materials.size(); ++i)
        if (!execute(query,
                     QStringLiteral("INSERT INTO guide_material (item_code, version, position, "
                                    "material_key) VALUES (?, ?, ?, ?)"),
                     {guide.itemCode, guide.version, i + 1, guide.materials.at(i).key}))
            return Status::failure(tr("Cannot store the guide of %1 in %2: %3")
                                       .arg(guide.itemCode, m_database.path(), failureText(query)));
    return Status::success();
}

Status ReferenceApply::applyRelease(const QByteArray& body, const QString& source)
{
    const QJsonObject release = QJsonDocument::fromJson(body).object();
    const int version = release.value(QStringLiteral("version")).toInt();
    const QString sha256 = release.value(QStringLiteral("sha256")).toString();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM catalog_release")) ||
        !query.next())
        return Status::failure(failureText(query));
    const int newest = query.value(0).toInt();
    if (!execute(query, QStringLiteral("SELECT sha256 FROM catalog_release WHERE version = ?"),
                 {version}))
        return Status::failure(failureText(query));
    if (query.next()) {
        if (query.value(0).toString() == sha256)
            return Status::success(); // published here, or applied before
        return Status::failure(tr("catalog version %1 of this workstation differs from the "
                                  "central store's.")
                                   .arg(version));
    }
    query.finish();
    if (version < newest)
        return Status::success(); // an older version than the one in use: kept as it is here

    if (const Status materials =
            applyMaterials(compact(release.value(QStringLiteral("materials"))), source);
        !materials)
        return materials;
    const Result<Catalog> catalog =
        CatalogJson::read(compact(release.value(QStringLiteral("catalog"))), source);
    if (!catalog)
        return Status::failure(catalog.error());
    if (const Status replaced = CatalogRepository(m_database).replace(catalog.value()); !replaced)
        return replaced;
    const QJsonObject guides = release.value(QStringLiteral("guides")).toObject();
    QJsonObject versions;
    for (auto it = guides.constBegin(); it != guides.constEnd(); ++it) {
        if (const Status stored = applyGuide(compact(it.value()),
                                             source + QStringLiteral(" guide ") + it.key(), true);
            !stored)
            return stored;
        versions.insert(it.key(), it.value().toObject().value(QStringLiteral("version")).toInt());
    }
    if (!execute(query,
                 QStringLiteral("INSERT INTO catalog_release (version, effective_on, note, "
                                "published_at, published_by, catalog, guides, sha256, "
                                "materials) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {version, release.value(QStringLiteral("effective_on")).toString(),
                  release.value(QStringLiteral("note")).toString(),
                  release.value(QStringLiteral("published_at")).toString(),
                  release.value(QStringLiteral("published_by")).toString(),
                  QString::fromUtf8(CatalogJson::write(catalog.value())),
                  guideVersionsHashText(versions), sha256,
                  QString::fromUtf8(compact(release.value(QStringLiteral("materials"))))}))
        return Status::failure(tr("Cannot store catalog version %1 in %2: %3")
                                   .arg(version)
                                   .arg(m_database.path(), failureText(query)));
    return Status::success();
}

} // namespace ow
