#pragma once

#include "common/Result.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>
#include <optional>

namespace ow {

class Database;

// Stores guides (every version) and the materials dictionary in the local database.
class GuideRepository
{
    Q_DECLARE_TR_FUNCTIONS(ow::GuideRepository)

public:
    explicit GuideRepository(Database& database) : m_database(database) {}

    Result<int> guideCount() const;
    // The guide in force for an item: its newest published version; for an item that has
    // never had one published, its newest draft (the seed's 示范稿). Nothing when it has none.
    // A draft made after a published version waits for the catalog to be published.
    Result<std::optional<Guide>> latest(const QString& itemCode) const;
    // One version, and the list of every version of an item's guide (oldest first).
    Result<std::optional<Guide>> version(const QString& itemCode, int version) const;
    Result<QList<int>> versions(const QString& itemCode) const;
    // The newest version of every item's guide, drafts included: what a publication would put
    // in force.
    Result<QHash<QString, Guide>> newestAll() const;
    // Stores a guide as the item's next version (newest + 1), a draft; returns that version.
    // Joins the caller's transaction when there is one.
    Result<int> addDraft(Guide guide);
    Result<QStringList> itemsWithGuides() const;
    // The guide in force (see latest) of every item, by item code.
    Result<QHash<QString, Guide>> latestAll() const;
    Result<GuideJson::Dictionary> dictionary() const;
    // Replaces the dictionary and every guide in one transaction.
    Status replaceAll(const GuideJson::Dictionary& dictionary, const QList<Guide>& guides);

private:
    Result<QHash<QString, Guide>> guidesWhere(const QString& condition) const;

    Database& m_database;
};

} // namespace ow
