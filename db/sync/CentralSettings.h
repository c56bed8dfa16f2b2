#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ow {

// Where the central store is and how to log in, from a libpq URL:
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE?sslmode=…&sslrootcert=FILE
// Without a password in the URL libpq takes it from PGPASSWORD or ~/.pgpass (owner-only), as
// psql does. Options libpq knows (sslmode, sslrootcert, sslcert, sslkey, connect_timeout,
// application_name, host for a socket folder) pass through.
struct CentralSettings
{
    Q_DECLARE_TR_FUNCTIONS(ow::CentralSettings)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QStringList options; // key=value for libpq

    static Result<CentralSettings> fromUrl(const QString& url);
    // The URL again, never with the password (for settings and messages).
    QString displayUrl() const;

    // The workstation's own password file for the central login, beside its database, in
    // libpq's .pgpass format and readable by the owner only. savePassword replaces the line of
    // this login (written to a temporary file, fsync'd, renamed); usePasswordFile makes libpq
    // read it when the URL has no password (before PGPASSWORD and ~/.pgpass).
    static QString passwordFileFor(const QString& databasePath);
    Status savePassword(const QString& file, const QString& secret) const;
    void usePasswordFile(const QString& file);

    // Where the password of the central login is kept: the system keychain (QtKeychain, service
    // "OneWindow", entry keychainEntry()) when a desktop session offers one, else the owner-only
    // password file above. Never in QSettings, the database or a plain config file.
    enum class PasswordStore
    {
        Keychain,
        File
    };
    QString keychainEntry() const; // "central-password USER@HOST:PORT/DATABASE"
    // keychainProblem receives why the keychain was not used (empty when it was).
    Result<PasswordStore> storePassword(const QString& databasePath, const QString& secret,
                                        QString* keychainProblem = nullptr) const;
    // Without a password in the URL: the keychain's (remembered in cache, so a worker asks the
    // keychain once), else the password file beside the database (usePasswordFile).
    void useStoredPassword(const QString& databasePath, QString& cache);
    // A desktop session whose keychain may be asked (DBUS_SESSION_BUS_ADDRESS set on Linux).
    static bool keychainReachable();

    // Opens a QPSQL connection under connectionName (removed again by closeConnection).
    Result<QSqlDatabase> open(const QString& connectionName) const;
    static void closeConnection(const QString& connectionName);
};

} // namespace ow
