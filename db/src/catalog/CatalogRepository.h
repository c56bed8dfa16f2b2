#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace ow {

class Database;

// Stores the catalog in the local database and reads it back.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogRepository)

public:
    explicit CatalogRepository(Database& database) : m_database(database) {}

    Result<int> itemCount() const;
    Result<Catalog> load() const;
    // Replaces the whole catalog in one transaction: either all of it is stored or none.
    Status replace(const Catalog& catalog);

private:
    Database& m_database;
};

} // namespace ow
