#include "guide/GuideRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString replacementName(MaterialDefinition::Replacement replacement)
{
    switch (replacement) {
    case MaterialDefinition::Replacement::ELicence:
        return QStringLiteral("e_licence");
    case MaterialDefinition::Replacement::SharedData:
        return QStringLiteral("shared_data");
    case MaterialDefinition::Replacement::None:
        break;
    }
    return QString();
}

} // namespace

Result<int> GuideRepository::guideCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(DISTINCT item_code) FROM guide")) || !query.next())
        return Result<int>::failure(
            tr("Cannot read the guides from %1: %2").arg(m_database.path(), failureText(query)));
    return Result<int>::success(query.value(0).toInt());
}

Result<std::optional<Guide>> GuideRepository::latest(const QString& itemCode) const
{
    using R = Result<std::optional<Guide>>;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT content FROM guide WHERE item_code = ? "
                       "ORDER BY review_status = 'published' DESC, version DESC LIMIT 1"));
    query.addBindValue(itemCode);
    if (!query.exec())
        return R::failure(tr("Cannot read the guide of %1 from %2: %3")
                              .arg(itemCode, m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    const Result<Guide> guide = GuideJson::readGuide(
        query.value(0).toString().toUtf8(), tr("guide %1 in %2").arg(itemCode, m_database.path()));
    if (!guide)
        return R::failure(guide.error());
    return R::success(guide.value());
}

Result<QHash<QString, Guide>> GuideRepository::latestAll() const
{
    return guidesWhere(
        QStringLiteral("g.version = (SELECT version FROM guide WHERE item_code = g.item_code "
                       "ORDER BY review_status = 'published' DESC, version DESC LIMIT 1)"));
}

Result<QHash<QString, Guide>> GuideRepository::newestAll() const
{
    return guidesWhere(QStringLiteral(
        "g.version = (SELECT max(version) FROM guide WHERE item_code = g.item_code)"));
}

Result<std::optional<Guide>> GuideRepository::version(const QString& itemCode, int version) const
{
    using R = Result<std::optional<Guide>>;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT content FROM guide WHERE item_code = ? AND version = ?"),
                 {itemCode, version}))
        return R::failure(tr("Cannot read version %1 of the guide of %2 from %3: %4")
                              .arg(version)
                              .arg(itemCode, m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    const Result<Guide> guide = GuideJson::readGuide(
        query.value(0).toString().toUtf8(), tr("guide %1 in %2").arg(itemCode, m_database.path()));
    if (!guide)
        return R::failure(guide.error());
    return R::success(guide.value());
}

Result<QList<int>> GuideRepository::versions(const QString& itemCode) const
{
    using R = Result<QList<int>>;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT version FROM guide WHERE item_code = ? ORDER BY version"),
                 {itemCode}))
        return R::failure(tr("Cannot read the versions of the guide of %1 from %2: %3")
                              .arg(itemCode, m_database.path(), failureText(query)));
    QList<int> found;
    while (query.next())
        found.append(query.value(0).toInt());
    return R::success(found);
}

Result<int> GuideRepository::addDraft(Guide guide)
{
    using R = Result<int>;
    SqlTransaction transaction(m_database.connection());
    if (!transaction.begin())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT coalesce(max(version), 0) FROM guide WHERE item_code = ?"),
                 {guide.itemCode}) ||
        !query.next())
        return R::failure(tr("Cannot add a draft of the guide of %1 to %2: %3")
                              .arg(guide.itemCode, m_database.path(), failureText(query)));
    guide.version = query.value(0).toInt() + 1;
    guide.reviewStatus = QStringLiteral("draft");
    if (!execute(query,
                 QStringLiteral("INSERT INTO guide (item_code, version, effective_date, "
                                "review_status, content) VALUES (?, ?, ?, 'draft', ?)"),
                 {guide.itemCode, guide.version, guide.effectiveDate.toString(Qt::ISODate),
                  QString::fromUtf8(GuideJson::writeGuide(guide))}))
        return R::failure(tr("Cannot add a draft of the guide of %1 to %2: %3")
                              .arg(guide.itemCode, m_database.path(), failureText(query)));
    for (int i = 0; i < guide.materials.size(); ++i)
        if (!execute(query,
                     QStringLiteral("INSERT INTO guide_material (item_code, version, position, "
                                    "material_key) VALUES (?, ?, ?, ?)"),
                     {guide.itemCode, guide.version, i + 1, guide.materials.at(i).key}))
            return R::failure(tr("Cannot add a draft of the guide of %1 to %2: %3")
                                  .arg(guide.itemCode, m_database.path(), failureText(query)));
    if (!transaction.commit())
        return R::failure(transaction.error());
    return R::success(guide.version);
}

Result<QHash<QString, Guide>> GuideRepository::guidesWhere(const QString& condition) const
{
    using R = Result<QHash<QString, Guide>>;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT g.item_code, g.content FROM guide g WHERE ") +
                    condition))
        return R::failure(
            tr("Cannot read the guides from %1: %2").arg(m_database.path(), failureText(query)));
    QHash<QString, Guide> guides;
    while (query.next()) {
        const QString code = query.value(0).toString();
        Result<Guide> guide = GuideJson::readGuide(
            query.value(1).toString().toUtf8(), tr("guide %1 in %2").arg(code, m_database.path()));
        if (!guide)
            return R::failure(guide.error());
        guides.insert(code, std::move(guide).value());
    }
    return R::success(guides);
}

Result<QStringList> GuideRepository::itemsWithGuides() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT item_code FROM guide ORDER BY item_code")))
        return Result<QStringList>::failure(
            tr("Cannot read the guides from %1: %2").arg(m_database.path(), failureText(query)));
    QStringList codes;
    while (query.next())
        codes.append(query.value(0).toString());
    return Result<QStringList>::success(codes);
}

Result<GuideJson::Dictionary> GuideRepository::dictionary() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, name, description, replaceable_by FROM material")))
        return Result<GuideJson::Dictionary>::failure(
            tr("Cannot read the materials dictionary from %1: %2")
                .arg(m_database.path(), failureText(query)));
    GuideJson::Dictionary dictionary;
    while (query.next()) {
        MaterialDefinition definition;
        definition.key = query.value(0).toString();
        definition.name = query.value(1).toString();
        definition.description = query.value(2).toString();
        const QString replacement = query.value(3).toString();
        if (replacement == QLatin1String("e_licence"))
            definition.replaceableBy = MaterialDefinition::Replacement::ELicence;
        else if (replacement == QLatin1String("shared_data"))
            definition.replaceableBy = MaterialDefinition::Replacement::SharedData;
        dictionary.insert(definition.key, definition);
    }
    return Result<GuideJson::Dictionary>::success(dictionary);
}

Status GuideRepository::replaceAll(const GuideJson::Dictionary& dictionary,
                                   const QList<Guide>& guides)
{
    const auto failed = [this](const QString& detail) {
        return Status::failure(
            tr("Cannot write the guides to %1: %2").arg(m_database.path(), detail));
    };
    SqlTransaction transaction(m_database.connection());
    if (!transaction.begin())
        return failed(transaction.error());
    QSqlQuery query(m_database.connection());
    for (const char* table : {"guide_material", "guide", "material"}) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return failed(failureText(query));
    }
    query.prepare(QStringLiteral(
        "INSERT INTO material (key, name, description, replaceable_by) VALUES (?, ?, ?, ?)"));
    for (const MaterialDefinition& definition : dictionary) {
        const QString replacement = replacementName(definition.replaceableBy);
        query.bindValue(0, definition.key);
        query.bindValue(1, definition.name);
        query.bindValue(2, definition.description);
        query.bindValue(3, replacement.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(replacement));
        if (!query.exec())
            return failed(failureText(query));
    }
    QSqlQuery insertGuide(m_database.connection());
    insertGuide.prepare(QStringLiteral("INSERT INTO guide (item_code, version, effective_date, "
                                       "review_status, content) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertMaterial(m_database.connection());
    insertMaterial.prepare(QStringLiteral("INSERT INTO guide_material (item_code, version, "
                                          "position, material_key) VALUES (?, ?, ?, ?)"));
    for (const Guide& guide : guides) {
        insertGuide.bindValue(0, guide.itemCode);
        insertGuide.bindValue(1, guide.version);
        insertGuide.bindValue(2, guide.effectiveDate.toString(Qt::ISODate));
        insertGuide.bindValue(3, guide.reviewStatus);
        insertGuide.bindValue(4, QString::fromUtf8(GuideJson::writeGuide(guide)));
        if (!insertGuide.exec())
            return failed(failureText(insertGuide));
        for (int i = 0; i < guide.materials.size(); ++i) {
            insertMaterial.bindValue(0, guide.itemCode);
            insertMaterial.bindValue(1, guide.version);
            insertMaterial.bindValue(2, i + 1);
            insertMaterial.bindValue(3, guide.materials.at(i).key);
            if (!insertMaterial.exec())
                return failed(failureText(insertMaterial));
        }
    }
    if (!transaction.commit())
        return failed(transaction.error());
    return Status::success();
}

} // namespace ow
