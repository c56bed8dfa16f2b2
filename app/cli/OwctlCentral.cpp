// owctl central init | add-center, and owctl sync: the central store and one sync round.
#include "CentralSchema.h"
#include "CentralSettings.h"
#include "Database.h"
#include "Owctl.h"
#include "PasswordPrompt.h"
#include "ReferenceApply.h"
#include "SyncEngine.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogPublisher.h"

#include "sync/ShiftHandover.h"
#include <QSqlError>
#include <QSqlQuery>

#include <QFile>
#include <QUuid>

#include <cstdio>

namespace ow {

namespace {

// Takes "--central URL" out of words; empty when absent.
bool takeCentral(QStringList& words, QString& url, QString& error)
{
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("--central") ||
            words.at(i).startsWith(QLatin1String("--central="))) {
            int j = i;
            if (!takeValue(words, j, QStringLiteral("--central"), url, error))
                return false;
            words.remove(i, j - i + 1);
            return true;
        }
    }
    return true;
}

// One QPSQL connection for a command, closed when the command ends.
class CentralSession
{
public:
    CentralSession()
        : m_name(QStringLiteral("owctl-central-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~CentralSession()
    {
        m_db = QSqlDatabase();
        CentralSettings::closeConnection(m_name);
    }
    Result<QSqlDatabase*> open(const CentralSettings& settings)
    {
        const Result<QSqlDatabase> opened = settings.open(m_name);
        if (!opened)
            return Result<QSqlDatabase*>::failure(opened.error());
        m_db = opened.value();
        return Result<QSqlDatabase*>::success(&m_db);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

int Owctl::centralCommand(const QStringList& arguments)
{
    QStringList words = arguments;
    QString url;
    QString error;
    if (!takeCentral(words, url, error))
        return usageError(error);
    if (words.isEmpty())
        return usageError(tr("central: say init, add-center, allow-publish or publish"));
    const QString sub = words.takeFirst();
    if (url.isEmpty())
        return usageError(
            tr("central %1 needs --central URL (the administrator's login)").arg(sub));
    const Result<CentralSettings> settings = CentralSettings::fromUrl(url);
    if (!settings)
        return usageError(settings.error());

    if (sub == QLatin1String("init")) {
        if (!words.isEmpty())
            return usageError(tr("central init: unknown argument '%1'").arg(words.first()));
        CentralSession session;
        const Result<QSqlDatabase*> db = session.open(settings.value());
        if (!db)
            return failure(db.error());
        const Result<int> from = CentralSchema::upgrade(*db.value());
        if (!from)
            return failure(from.error());
        const int to = CentralSchema::latestVersion();
        print((from.value() == to ? tr("%1: central schema version %2 (up to date)\n")
                                        .arg(settings.value().displayUrl())
                                        .arg(to)
                                  : tr("%1: central schema version %2 (updated from %3)\n")
                                        .arg(settings.value().displayUrl())
                                        .arg(to)
                                        .arg(from.value()))
                  .toUtf8());
        return 0;
    }
    if (sub == QLatin1String("add-center")) {
        if (words.size() != 2)
            return usageError(tr("central add-center needs CODE and NAME"));
        const Result<QString> password = PasswordPrompt::read(
            "OWCTL_NEW_PASSWORD", tr("Password of the center's login %1: ")
                                      .arg(QStringLiteral("ow_") + words.at(0).toLower()));
        if (!password)
            return failure(password.error());
        CentralSession session;
        const Result<QSqlDatabase*> db = session.open(settings.value());
        if (!db)
            return failure(db.error());
        const Result<QString> role =
            CentralSchema::addCenter(*db.value(), words.at(0), words.at(1), password.value());
        if (!role)
            return failure(role.error());
        print(
            tr("center %1 (%2): login %3\n").arg(words.at(0), words.at(1), role.value()).toUtf8());
        return 0;
    }
    if (sub == QLatin1String("allow-publish")) {
        // The hall's own center login may then publish from its administrator screen.
        if (words.size() != 1)
            return usageError(tr("central allow-publish needs the CODE of a center"));
        CentralSession session;
        const Result<QSqlDatabase*> db = session.open(settings.value());
        if (!db)
            return failure(db.error());
        QSqlQuery query(*db.value());
        query.prepare(QStringLiteral("SELECT onewindow.allow_publish(?)"));
        query.addBindValue(words.at(0));
        if (!query.exec())
            return failure(tr("center %1 may not publish: %2")
                               .arg(words.at(0), query.lastError().databaseText().trimmed()));
        print(tr("center %1 may publish the catalog and the holiday calendar from its "
                 "administrator screen\n")
                  .arg(words.at(0))
                  .toUtf8());
        return 0;
    }
    if (sub == QLatin1String("publish")) {
        // catalog release without a file: the newest version published in --db's database.
        const bool localRelease = words.size() == 2 && words.at(0) == QLatin1String("catalog") &&
                                  words.at(1) == QLatin1String("release");
        if (words.size() != 3 && !localRelease)
            return usageError(tr("central publish needs KIND KEY FILE.json (or catalog release, "
                                 "for the newest catalog version of the database)"));
        if (!ReferenceApply::kinds().contains(words.at(0)))
            return usageError(tr("central publish: the kind is one of %1")
                                  .arg(ReferenceApply::kinds().join(QStringLiteral(", "))));
        QByteArray body;
        if (localRelease) {
            int exitCode = 0;
            const std::unique_ptr<Database> database = openExisting(exitCode);
            if (!database)
                return exitCode;
            const auto newest = CatalogPublisher(*database).current();
            if (!newest)
                return failure(newest.error());
            if (!newest.value())
                return failure(tr("%1 has no published catalog version to send: publish one "
                                  "first (owctl catalog publish --note TEXT).")
                                   .arg(database->path()));
            const Result<QByteArray> document =
                ReferenceApply::releaseDocument(*database, newest.value()->version);
            if (!document)
                return failure(document.error());
            body = document.value();
        } else {
            QFile file(words.at(2));
            if (!file.open(QIODevice::ReadOnly))
                return failure(tr("cannot read %1: %2").arg(words.at(2), file.errorString()));
            body = file.readAll();
        }
        // What a workstation would refuse is not sent.
        if (const Status valid = ReferenceApply::check(words.at(0), words.at(1), body); !valid)
            return failure(tr("not published: %1").arg(valid.error()));
        CentralSession session;
        const Result<QSqlDatabase*> db = session.open(settings.value());
        if (!db)
            return failure(db.error());
        const Result<int> version =
            CentralSchema::publishReference(*db.value(), words.at(0), words.at(1), body);
        if (!version)
            return failure(version.error());
        print(tr("%1 %2: version %3 published\n")
                  .arg(words.at(0), words.at(1))
                  .arg(version.value())
                  .toUtf8());
        return 0;
    }
    return usageError(tr("central: unknown command '%1'").arg(sub));
}

int Owctl::syncCommand(const QStringList& arguments)
{
    QStringList words = arguments;
    QString url;
    QString error;
    if (!takeCentral(words, url, error))
        return usageError(error);
    const bool status = !words.isEmpty() && words.first() == QLatin1String("status");
    if (status)
        words.removeFirst();
    const bool savePassword = words.removeAll(QStringLiteral("--save-password")) > 0;
    const bool verbose = words.removeAll(QStringLiteral("--verbose")) > 0;
    if (!words.isEmpty())
        return usageError(tr("sync: unknown argument '%1'").arg(words.first()));
    int exitCode = 0;
    std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const Result<SyncState> state = SyncEngine::state(*database);
    if (!state)
        return failure(state.error());
    if (status) {
        print(
            tr("central store: %1\npending: %2\nlast success: %3\nlast error: %4\n")
                .arg(state.value().centralUrl.isEmpty() ? tr("not set") : state.value().centralUrl)
                .arg(state.value().pending)
                .arg(state.value().lastSuccess.isValid()
                         ? state.value().lastSuccess.toString(Qt::ISODate)
                         : tr("never"),
                     state.value().lastError.isEmpty() ? tr("none") : state.value().lastError)
                .toUtf8());
        for (const QString& refused : state.value().refused)
            print(tr("refused: %1\n").arg(refused).toUtf8());
        return 0;
    }
    if (url.isEmpty())
        url = state.value().centralUrl;
    if (url.isEmpty())
        return usageError(tr("sync needs --central URL the first time (it is remembered)"));
    Result<CentralSettings> settings = CentralSettings::fromUrl(url);
    if (!settings)
        return usageError(settings.error());
    if (const Status saved = SyncEngine::saveCentralUrl(*database, settings.value().displayUrl());
        !saved)
        return failure(saved.error());
    if (savePassword) {
        const Result<QString> secret = PasswordPrompt::read(
            "OWCTL_CENTRAL_PASSWORD",
            tr("Password of the central login %1: ").arg(settings.value().user));
        if (!secret)
            return failure(secret.error());
        QString keychainProblem;
        const Result<CentralSettings::PasswordStore> stored =
            settings.value().storePassword(database->path(), secret.value(), &keychainProblem);
        if (!stored)
            return failure(stored.error());
        const QString where =
            stored.value() == CentralSettings::PasswordStore::Keychain
                ? tr("the password is kept in the system keychain (%1)")
                      .arg(settings.value().keychainEntry())
                : tr("the password is kept in %1, readable by its owner only (%2)")
                      .arg(CentralSettings::passwordFileFor(database->path()), keychainProblem);
        std::fprintf(stderr, "owctl: %s\n", qUtf8Printable(where));
    }
    QString keychainCache;
    settings.value().useStoredPassword(database->path(), keychainCache);
    SyncEngine engine(*database);
    if (verbose) // a long pull (a new window, a full resync) says how far it is
        engine.setPullProgress([](int read, bool more) {
            // Without %n: owctl speaks English from the source texts (no translator to pick
            // the plural form).
            std::fprintf(
                stderr, "owctl: %s\n",
                qUtf8Printable(more ? tr("rows received so far: %1…").arg(read)
                                    : tr("rows received: %1, the pull is complete").arg(read)));
        });
    const Result<SyncReport> report = engine.runOnce(settings.value());
    if (!report)
        return failure(tr("sync failed: %1").arg(report.error()));
    print(tr("pushed %1, pulled %2, conflicts %3\n")
              .arg(report.value().pushed)
              .arg(report.value().pulled)
              .arg(report.value().conflicts)
              .toUtf8());
    // Refused publications are said on every round until a corrected one arrives.
    const Result<SyncState> after = SyncEngine::state(*database);
    for (const QString& refused : after ? after.value().refused : report.value().refused)
        print(tr("refused: %1\n").arg(refused).toUtf8());
    return 0;
}

int Owctl::shiftCommand(const QStringList& words)
{
    // shift summary: what the user leaves behind; shift close: the same, recorded as handed over.
    if (words.size() != 1 ||
        (words.first() != QLatin1String("summary") && words.first() != QLatin1String("close")))
        return usageError(tr("shift needs summary or close"));
    int exitCode = 0;
    std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const std::optional<Session> session =
        authorize(*database, Action::SearchCatalog, exitCode); // every role
    if (!session)
        return exitCode;
    const Result<ShiftHandover> summary = ShiftHandover::summarize(*database, session->user.name);
    if (!summary)
        return failure(summary.error());
    if (words.first() == QLatin1String("close")) {
        const SystemClock clock;
        AccountService accounts(*database, clock);
        AuditLog audit = accounts.auditLog();
        if (const Status recorded = summary.value().record(audit); !recorded)
            return failure(recorded.error());
    }
    print(summary.value().text().toUtf8());
    return 0;
}

} // namespace ow
