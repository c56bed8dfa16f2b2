#include "CentralSchema.h"

#include "CentralCopy.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString errorText(const QSqlError& error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

QList<CentralSchema::Migration> loadMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<CentralSchema::Migration> result;
    const QDir folder(QStringLiteral(":/central"));
    const QStringList names = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            qFatal("db/central: %s is not named NNNN_name.sql", qPrintable(name));
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("db/central: cannot read %s", qPrintable(name));
        CentralSchema::Migration migration{match.captured(1).toInt(), match.captured(2),
                                           QString::fromUtf8(file.readAll())};
        if (migration.version != int(result.size()) + 1)
            qFatal("db/central: %s breaks the sequence 0001, 0002, …", qPrintable(name));
        result.append(migration);
    }
    return result;
}

} // namespace

const QList<CentralSchema::Migration>& CentralSchema::migrations()
{
    static const QList<Migration> all = loadMigrations();
    return all;
}

int CentralSchema::latestVersion()
{
    return int(migrations().size());
}

Result<int> CentralSchema::version(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('onewindow.schema_version') IS NOT NULL")) ||
        !query.next())
        return Result<int>::failure(
            tr("Cannot read the central schema version: %1").arg(errorText(query.lastError())));
    if (!query.value(0).toBool())
        return Result<int>::success(0);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM "
                                   "onewindow.schema_version")) ||
        !query.next())
        return Result<int>::failure(
            tr("Cannot read the central schema version: %1").arg(errorText(query.lastError())));
    return Result<int>::success(query.value(0).toInt());
}

Result<int> CentralSchema::upgrade(QSqlDatabase& db)
{
    using R = Result<int>;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")))
        return R::failure(
            tr("Cannot update the central schema: %1").arg(errorText(query.lastError())));
    auto fail = [&](const QString& message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return R::failure(message);
    };
    // Two administrators at once: the second waits, then finds the work done.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1331120462)")))
        return fail(tr("Cannot update the central schema: %1").arg(errorText(query.lastError())));
    const Result<int> current = version(db);
    if (!current)
        return fail(current.error());
    if (current.value() > latestVersion())
        return fail(tr("The central store has schema version %1, but this OneWindow knows "
                       "versions up to %2 only; it was left unchanged.")
                        .arg(current.value())
                        .arg(latestVersion()));
    for (const Migration& migration : migrations()) {
        if (migration.version <= current.value())
            continue;
        // (Through libpq: the error of any statement of the script, not only the first.)
        if (const Status ran = CentralCopy::runScript(db, migration.sql.toUtf8()); !ran)
            return fail(tr("Updating the central schema to version %1 (%2) failed: %3. It stays "
                           "at version %4.")
                            .arg(migration.version)
                            .arg(migration.name, ran.error())
                            .arg(current.value()));
        query.prepare(
            QStringLiteral("INSERT INTO onewindow.schema_version (version, name) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        if (!query.exec())
            return fail(tr("Cannot record the central schema version: %1")
                            .arg(errorText(query.lastError())));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(tr("Cannot update the central schema: %1").arg(errorText(query.lastError())));
    return R::success(current.value());
}

Result<QString> CentralSchema::addCenter(QSqlDatabase& db, const QString& code, const QString& name,
                                         const QString& password)
{
    using R = Result<QString>;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9]{2,16}$"));
    if (!codePattern.match(code).hasMatch())
        return R::failure(tr("A center code is 2 to 16 letters or digits; '%1' is not.").arg(code));
    if (name.trimmed().isEmpty())
        return R::failure(tr("The center needs a name."));
    if (password.size() < 8)
        return R::failure(tr("The center's password needs at least 8 characters."));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT onewindow.add_center(?, ?, ?)"));
    query.addBindValue(code);
    query.addBindValue(name.trimmed());
    query.addBindValue(password);
    if (!query.exec() || !query.next())
        return R::failure(
            tr("Cannot add the center %1: %2").arg(code, errorText(query.lastError())));
    return R::success(query.value(0).toString());
}

Result<int> CentralSchema::publishReference(QSqlDatabase& db, const QString& kind,
                                            const QString& key, const QByteArray& json)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT onewindow.publish_reference(?, ?, CAST(? AS jsonb))"));
    query.addBindValue(kind);
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(json));
    if (!query.exec() || !query.next())
        return Result<int>::failure(
            tr("Cannot publish %1 %2: %3").arg(kind, key, errorText(query.lastError())));
    return Result<int>::success(query.value(0).toInt());
}

} // namespace ow
