#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

namespace ow {

// The workstation's local SQLite database: one named QtSql connection with the pragmas every
// OneWindow database runs under (WAL, foreign keys, synchronous=FULL). Opening checks, before
// writing anything, that the file is an SQLite database of OneWindow's and not newer than this
// program; a refused file is left exactly as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ow::Database)

public:
    // "OWIN": marks the file as OneWindow's, so that a foreign SQLite file is never migrated.
    static constexpr int ApplicationId = 0x4F57494E;

    static Result<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // Runs a script of several SQL statements through SQLite itself (triggers and all).
    Status executeScript(const QString& sql);
    // Hands the connection to another thread, from the thread that opened it, with no query of
    // it alive: onewindow opens and checks the database on a worker thread while the GUI thread
    // builds the sign-in window (issue 11). Qt 6.4 ties a connection to its driver's thread (6.8
    // has QSqlDatabase::moveToThread for this). False if the connection is not this thread's.
    bool moveToThread(QThread* thread);
    // Whether a transaction is open on this connection (a caller's, that a write joins).
    bool inTransaction() const;
    static bool inTransaction(const QSqlDatabase& connection);

private:
    Database(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
};

} // namespace ow
