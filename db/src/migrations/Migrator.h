#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow {

class Database;

// One numbered schema change: db/migrations/NNNN_name.sql, embedded as a resource.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Brings a database to a schema version by applying the embedded migrations in order, each in
// one transaction together with its `PRAGMA user_version`, so a failure leaves the database at
// the last version that fully applied.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(ow::Migrator)

public:
    static const QList<Migration>& migrations();
    static int latestVersion();

    static Status migrate(Database& database);
    static Status migrateTo(Database& database, int version);
};

} // namespace ow
