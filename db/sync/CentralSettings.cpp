#include "CentralSettings.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <qt6keychain/keychain.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
        if (option != QLatin1String("connect_timeout=10") &&
            !option.startsWith(QLatin1String("passfile=")))
            query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    }
    url.setQuery(query);
    return url.toString();
}

namespace {

QString pgpassField(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\")).replace(u':', QStringLiteral("\\:"));
}

} // namespace

QString CentralSettings::passwordFileFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".central-password");
}

Status CentralSettings::savePassword(const QString& file, const QString& secret) const
{
    if (secret.isEmpty() || secret.contains(u'\n'))
        return Status::failure(tr("The password of the central login is empty or has a line "
                                  "break."));
    const QString prefix =
        QStringList{pgpassField(host.isEmpty() ? QStringLiteral("*") : host), QString::number(port),
                    pgpassField(database), pgpassField(user)}
            .join(u':') +
        u':';
    QStringList lines;
    QFile existing(file);
    if (existing.open(QIODevice::ReadOnly)) {
        const QStringList old = QString::fromUtf8(existing.readAll()).split(u'\n');
        for (const QString& line : old) {
            if (!line.isEmpty() && !line.startsWith(prefix))
                lines.append(line);
        }
    }
    lines.append(prefix + pgpassField(secret));
    const QByteArray bytes = (lines.join(u'\n') + u'\n').toUtf8();
    const QByteArray temp = QFile::encodeName(file + QStringLiteral(".tmp"));
    ::unlink(temp.constData());
    const int fd =
        ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && ::fchmod(fd, 0600) == 0;
    for (qsizetype done = 0; ok && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        ok = n > 0;
        done += ok ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    ok = ok && ::rename(temp.constData(), QFile::encodeName(file).constData()) == 0;
    if (!ok) {
        ::unlink(temp.constData());
        return Status::failure(tr("Cannot store the central password in %1: %2")
                                   .arg(file, QString::fromLocal8Bit(strerror(errno))));
    }
    return Status::success();
}

void CentralSettings::usePasswordFile(const QString& file)
{
    if (!password.isEmpty() || !QFileInfo::exists(file))
        return;
    QString quoted = file;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    options.append(QStringLiteral("passfile='%1'").arg(quoted));
}

namespace {

const QString KeychainService = QStringLiteral("OneWindow");
constexpr int KeychainTimeoutMs = 5000;

struct KeychainOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Runs one QtKeychain job and waits for it at most KeychainTimeoutMs (a job that outlives the
// wait deletes itself later; see KeychainKeyStore).
KeychainOutcome runKeychainJob(QKeychain::Job* job)
{
    KeychainOutcome outcome;
    QEventLoop loop;
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead
    QObject::connect(job, &QKeychain::Job::finished, &loop,
                     [&outcome, &loop](QKeychain::Job* done) {
                         outcome.finished = true;
                         outcome.error = done->error();
                         outcome.errorString = done->errorString();
                         if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                             outcome.text = read->textData();
                         loop.quit();
                     });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished) {
        timer.start(KeychainTimeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return outcome;
}

} // namespace

bool CentralSettings::keychainReachable()
{
#ifdef Q_OS_WIN
    return true;
#else
    return QCoreApplication::instance() && !QProcessEnvironment::systemEnvironment()
                                                .value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))
                                                .isEmpty();
#endif
}

QString CentralSettings::keychainEntry() const
{
    return QStringLiteral("central-password %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<CentralSettings::PasswordStore>
CentralSettings::storePassword(const QString& databasePath, const QString& secret,
                               QString* keychainProblem) const
{
    using R = Result<PasswordStore>;
    if (secret.isEmpty() || secret.contains(u'\n'))
        return R::failure(tr("The password of the central login is empty or has a line "
                             "break."));
    QString problem;
    if (!keychainReachable()) {
        problem = tr("There is no desktop session (DBUS_SESSION_BUS_ADDRESS is not set), so no "
                     "system keychain can be reached.");
    } else {
        auto* job = new QKeychain::WritePasswordJob(KeychainService);
        job->setKey(keychainEntry());
        job->setTextData(secret);
        const KeychainOutcome written = runKeychainJob(job);
        if (written.finished && written.error == QKeychain::NoError) {
            if (keychainProblem)
                keychainProblem->clear();
            return R::success(PasswordStore::Keychain);
        }
        problem = written.finished
                      ? tr("The system keychain refused the password: %1").arg(written.errorString)
                      : tr("The system keychain did not answer within %1 seconds.")
                            .arg(KeychainTimeoutMs / 1000);
    }
    if (keychainProblem)
        *keychainProblem = problem;
    if (const Status saved = savePassword(passwordFileFor(databasePath), secret); !saved)
        return R::failure(saved.error());
    return R::success(PasswordStore::File);
}

void CentralSettings::useStoredPassword(const QString& databasePath, QString& cache)
{
    if (!password.isEmpty())
        return;
    if (cache.isEmpty() && keychainReachable()) {
        auto* job = new QKeychain::ReadPasswordJob(KeychainService);
        job->setKey(keychainEntry());
        const KeychainOutcome read = runKeychainJob(job);
        if (read.finished && read.error == QKeychain::NoError)
            cache = read.text;
    }
    if (!cache.isEmpty()) {
        password = cache;
        return;
    }
    usePasswordFile(passwordFileFor(databasePath));
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
