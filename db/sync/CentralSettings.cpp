#include "CentralSettings.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace ow {

Result<CentralSettings> CentralSettings::fromUrl(const QString& text)
{
    using R = Result<CentralSettings>;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return R::failure(tr("'%1' is not a PostgreSQL URL: write "
                             "postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or "
                             "~/.pgpass).")
                              .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword)
                                                 : tr("the central address")));
    CentralSettings settings;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    settings.database = url.path(QUrl::FullyDecoded).mid(1);
    static const QStringList known = {QStringLiteral("sslmode"),
                                      QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name"),
                                      QStringLiteral("host"),
                                      QStringLiteral("port"),
                                      QStringLiteral("sslcrl"),
                                      QStringLiteral("target_session_attrs")};
    const QUrlQuery query(url);
    bool timeout = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return R::failure(tr("The central address has an option '%1' that OneWindow does "
                                 "not pass on; known: %2.")
                                  .arg(key, known.join(QStringLiteral(", "))));
        if (key == QLatin1String("host")) {
            settings.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            settings.port = value.toInt(&ok);
            if (!ok)
                return R::failure(
                    tr("The port '%1' of the central address is not a number.").arg(value));
        } else {
            if (value.contains(u' ') || value.contains(u';'))
                return R::failure(
                    tr("The option %1 of the central address contains a space or ';'.").arg(key));
            settings.options.append(key + u'=' + value);
            timeout = timeout || key == QLatin1String("connect_timeout");
        }
    }
    if (!timeout)
        settings.options.append(QStringLiteral("connect_timeout=10"));
    return R::success(settings);
}

QString CentralSettings::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!host.startsWith(u'/'))
        url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    for (const QString& option : options) {
        if (option != QLatin1String("connect_timeout=10"))
            query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    }
    url.setQuery(query);
    return url.toString();
}

Result<QSqlDatabase> CentralSettings::open(const QString& connectionName) const
{
    using R = Result<QSqlDatabase>;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return R::failure(tr("The PostgreSQL driver of Qt is missing (package libqt6sql6-psql)."));
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString error = db.lastError().databaseText().isEmpty()
                                  ? db.lastError().text()
                                  : db.lastError().databaseText();
        return R::failure(
            tr("Cannot reach the central store %1: %2").arg(displayUrl(), error.trimmed()));
    }
    return R::success(db);
}

void CentralSettings::closeConnection(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace ow
