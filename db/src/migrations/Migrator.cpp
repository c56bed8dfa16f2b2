#include "migrations/Migrator.h"

#include "Database.h"
#include "sync/SyncOutbox.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ow {

namespace {

QList<Migration> loadEmbeddedMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir folder(QStringLiteral(":/db/migrations"));
    const QStringList names = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            qFatal("db/migrations: %s is not named NNNN_name.sql", qPrintable(name));
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("db/migrations: cannot read %s", qPrintable(name));
        Migration migration{match.captured(1).toInt(), match.captured(2),
                            QString::fromUtf8(file.readAll())};
        if (migration.version != int(result.size()) + 1)
            qFatal("db/migrations: %s breaks the sequence 0001, 0002, …", qPrintable(name));
        result.append(migration);
    }
    return result;
}

} // namespace

const QList<Migration>& Migrator::migrations()
{
    static const QList<Migration> all = loadEmbeddedMigrations();
    return all;
}

int Migrator::latestVersion()
{
    return int(migrations().size());
}

Status Migrator::migrate(Database& database)
{
    return migrateTo(database, latestVersion());
}

Status Migrator::migrateTo(Database& database, int version)
{
    const int current = database.schemaVersion();
    if (current < 0)
        return Status::failure(tr("Cannot read the schema version of %1.").arg(database.path()));
    if (version > latestVersion() || current > version)
        return Status::failure(tr("Cannot move the database %1 from schema version %2 to %3.")
                                   .arg(database.path())
                                   .arg(current)
                                   .arg(version));
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > version)
            continue;
        // Concatenated, not QString::arg: a migration may contain "%1"-like text of its own.
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n") + migration.sql +
                               QStringLiteral("\n;PRAGMA user_version = ") +
                               QString::number(migration.version) + QStringLiteral(";\nCOMMIT;");
        if (const Status status = database.executeScript(script); !status) {
            (void)database.executeScript(QStringLiteral("ROLLBACK;"));
            return Status::failure(tr("Updating the database %1 to schema version %2 (%3) "
                                      "failed: %4. It stays at version %5.")
                                       .arg(database.path())
                                       .arg(migration.version)
                                       .arg(migration.name, status.error())
                                       .arg(migration.version - 1));
        }
    }
    // The sync outbox triggers follow the synced tables' columns as migrations change them.
    return SyncOutbox::install(database);
}

} // namespace ow
