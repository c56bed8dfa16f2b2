#include "Database.h"

#include "migrations/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace ow {

namespace {

constexpr char SqliteHeader[] = "SQLite format 3";

// Checks the file before SQLite touches it: a missing file needs a writable folder, an existing
// one must be a readable regular file that starts like an SQLite database.
Status checkFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.exists())
            return Status::failure(Database::tr("Cannot create the database %1: the folder %2 "
                                                "does not exist.")
                                       .arg(path, folder.filePath()));
        if (!folder.isDir())
            return Status::failure(Database::tr("Cannot create the database %1: %2 is not a "
                                                "folder.")
                                       .arg(path, folder.filePath()));
        if (!folder.isWritable())
            return Status::failure(Database::tr("Cannot create the database %1: the folder %2 "
                                                "is read-only.")
                                       .arg(path, folder.filePath()));
        return Status::success();
    }
    if (info.isDir())
        return Status::failure(Database::tr("Cannot open the database %1: it is a folder, not a "
                                            "file.")
                                   .arg(path));
    if (!info.isWritable())
        return Status::failure(Database::tr("The database %1 is read-only: OneWindow needs to "
                                            "write to it. It was left unchanged.")
                                   .arg(path));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Status::failure(Database::tr("The folder %1 of the database %2 is read-only: "
                                            "SQLite keeps its journal beside the database. It "
                                            "was left unchanged.")
                                   .arg(info.absolutePath(), path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            Database::tr("Cannot read the database %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return Status::success(); // an empty file is a new database
    const QByteArray header = file.read(16);
    if (!header.startsWith(SqliteHeader))
        return Status::failure(Database::tr("%1 is not a OneWindow database (it is not an "
                                            "SQLite file). It was left unchanged.")
                                   .arg(path));
    return Status::success();
}

sqlite3* nativeHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.trimmed().isEmpty())
        return R::failure(tr("No database path was given."));
    if (const Status fileStatus = checkFile(path); !fileStatus)
        return R::failure(fileStatus.error());

    const QString connectionName =
        QStringLiteral("ow-local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid())
        return R::failure(tr("The SQLite driver of Qt is missing (package libqt6sql6-sqlite)."));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return R::failure(
            tr("Cannot open the database %1: %2").arg(path, db.lastError().databaseText()));
    if (const Status status = database->configure(); !status)
        return R::failure(status.error());
    return R::success(std::move(database));
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // Read-only checks first: a refused file must not be changed (WAL mode would change it).
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_schema), "
                                   "(SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version)")) ||
        !query.next())
        return Status::failure(tr("The database %1 is damaged or unreadable: %2. It was left "
                                  "unchanged.")
                                   .arg(m_path, query.lastError().databaseText()));
    const int objectCount = query.value(0).toInt();
    const int applicationId = query.value(1).toInt();
    const int version = query.value(2).toInt();
    query.finish();
    if (applicationId != ApplicationId && (objectCount > 0 || version > 0))
        return Status::failure(tr("%1 is an SQLite database of another program, not of "
                                  "OneWindow. It was left unchanged.")
                                   .arg(m_path));
    if (version > Migrator::latestVersion())
        return Status::failure(tr("The database %1 has schema version %2, but this OneWindow "
                                  "knows versions up to %3 only. Install the newer OneWindow "
                                  "that wrote it; the database was left unchanged.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(Migrator::latestVersion()));

    // secure_delete: what is deleted (an applicant's ID number, a phone) is overwritten in the
    // file, not left in free pages. Debian's SQLite does so by default; others (Qt's own, on
    // Windows) do not.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return Status::failure(tr("Cannot set up the database %1: %2")
                                       .arg(m_path, query.lastError().databaseText()));
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString() != QLatin1String("wal"))
        return Status::failure(tr("Cannot switch the database %1 to write-ahead logging; is its "
                                  "folder writable? %2")
                                   .arg(m_path, query.lastError().databaseText()));
    query.finish();
    if (applicationId != ApplicationId &&
        !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
        return Status::failure(tr("Cannot write to the database %1: %2")
                                   .arg(m_path, query.lastError().databaseText()));
    return Status::success();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::moveToThread(QThread* thread)
{
    QSqlDriver* driver = connection().driver();
    if (!driver || driver->thread() != QThread::currentThread())
        return false;
    driver->moveToThread(thread);
    return driver->thread() == thread;
}

bool Database::inTransaction() const
{
    return inTransaction(connection());
}

bool Database::inTransaction(const QSqlDatabase& connection)
{
    sqlite3* handle = nativeHandle(connection);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

Status Database::executeScript(const QString& sql)
{
    sqlite3* handle = nativeHandle(connection());
    if (!handle)
        return Status::failure(tr("The SQLite connection to %1 is not open.").arg(m_path));
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return Status::success();
    const QString text =
        message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Status::failure(text);
}

} // namespace ow
