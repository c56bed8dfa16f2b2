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
    // The newest version of an item's guide, or nothing when none is published for it.
    Result<std::optional<Guide>> latest(const QString& itemCode) const;
    Result<QStringList> itemsWithGuides() const;
    // The newest version of every guide, by item code.
    Result<QHash<QString, Guide>> latestAll() const;
    Result<GuideJson::Dictionary> dictionary() const;
    // Replaces the dictionary and every guide in one transaction.
    Status replaceAll(const GuideJson::Dictionary& dictionary, const QList<Guide>& guides);

private:
    Database& m_database;
};

} // namespace ow
