// owctl init --center/--demo, user …, audit …: the hall, accounts and the audit log.
#include "Owctl.h"

#include "Database.h"
#include "Localization.h"
#include "PasswordPrompt.h"
#include "access/AccountService.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "json/JsonWriter.h"

#include <cstdio>

namespace ow {

namespace {

const SystemClock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

int Owctl::initHall(Database& database, const QMap<QString, QString>& options)
{
    AccountService accounts(database, systemClock());
    bool windowOk = false;
    bool idleOk = true;
    HallSetup hall{options.value(QStringLiteral("--center")),
                   options.value(QStringLiteral("--center-name")),
                   options.value(QStringLiteral("--window")).toInt(&windowOk), 5};
    if (options.contains(QStringLiteral("--idle-lock")))
        hall.idleLockMinutes = options.value(QStringLiteral("--idle-lock")).toInt(&idleOk);
    if (!windowOk || !idleOk)
        return usageError(tr("init: --window and --idle-lock take whole numbers"));
    if (const Status s = AccountService::checkHall(hall); !s)
        return usageError(s.error());
    const QString admin = options.value(QStringLiteral("--admin"));
    if (const Status s = AccountService::checkUserName(admin); !s)
        return usageError(s.error());
    const auto existing = accounts.hall();
    if (!existing)
        return failure(existing.error());
    if (existing.value()) {
        const HallSetup& set = *existing.value();
        if (set.centerCode == hall.centerCode && set.window == hall.window)
            return 0; // the same setup again: nothing to do
        return failure(tr("this database is already set up for %1 %2, window %3")
                           .arg(set.centerCode, set.centerName)
                           .arg(set.window));
    }
    const Result<QString> password =
        PasswordPrompt::read("OWCTL_PASSWORD", tr("New password for %1: ").arg(admin));
    if (!password)
        return failure(password.error());
    const QString display = options.value(QStringLiteral("--admin-name"), admin);
    if (const Status s = accounts.setUpHall(hall, admin, display, password.value()); !s)
        return failure(s.error());
    print(tr("set up %1 %2, window %3, administrator %4\n")
              .arg(hall.centerCode, hall.centerName)
              .arg(hall.window)
              .arg(admin)
              .toUtf8());
    return 0;
}

int Owctl::initDemo(Database& database)
{
    AccountService accounts(database, systemClock());
    // The demo hall's and users' names are data shown on every screen: in the documents'
    // language (Chinese unless --lang en), not in the shell's.
    const std::unique_ptr<QTranslator> names = Localization::translator(m_documentLanguage);
    if (names)
        QCoreApplication::installTranslator(names.get());
    const auto created = accounts.setUpDemo();
    if (names)
        QCoreApplication::removeTranslator(names.get());
    if (!created)
        return failure(created.error());
    if (created.value().isEmpty()) {
        print(tr("demo users exist already; their passwords were printed when they were made\n")
                  .toUtf8());
        return 0;
    }
    print(tr("DEMO users (for trying OneWindow only; these passwords are shown this once):\n")
              .toUtf8());
    for (const auto& [account, password] : created.value())
        print(QStringLiteral("  %1  %2  %3\n")
                  .arg(account.name, -16)
                  .arg(password, -14)
                  .arg(Roles::displayName(account.role))
                  .toUtf8());
    return 0;
}

std::optional<Session> Owctl::authorize(Database& database, Action action, int& exitCode)
{
    if (m_userName.isEmpty()) {
        exitCode = 4;
        std::fprintf(stderr, "owctl: %s\n",
                     qUtf8Printable(tr("%1 needs a signed-in user: add --user NAME (password from "
                                       "OWCTL_PASSWORD or the terminal)")
                                        .arg(Actions::describe(action))));
        return std::nullopt;
    }
    const Result<QString> password =
        PasswordPrompt::read("OWCTL_PASSWORD", tr("Password for %1: ").arg(m_userName));
    if (!password) {
        exitCode = failure(password.error());
        return std::nullopt;
    }
    AccountService accounts(database, systemClock());
    Result<Session> session = accounts.signIn(m_userName, password.value());
    if (!session) {
        exitCode = 4;
        std::fprintf(stderr, "owctl: %s\n", qUtf8Printable(session.error()));
        return std::nullopt;
    }
    if (const Status allowed = accounts.require(session.value(), action); !allowed) {
        exitCode = 4;
        std::fprintf(stderr, "owctl: %s\n", qUtf8Printable(allowed.error()));
        return std::nullopt;
    }
    exitCode = 0;
    return session.value();
}

int Owctl::userCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(tr("user needs a subcommand: add or list"));
    const QString sub = words.first();
    if (sub == QLatin1String("list")) {
        const QStringList rest = words.mid(1);
        for (const QString& word : rest) {
            if (word != QLatin1String("--json"))
                return usageError(tr("user list: unknown argument '%1'").arg(word));
        }
        int exitCode = 0;
        const std::unique_ptr<Database> database = openExisting(exitCode);
        if (!database)
            return exitCode;
        const std::optional<Session> session = authorize(*database, Action::ManageUsers, exitCode);
        if (!session)
            return exitCode;
        AccountService accounts(*database, systemClock());
        const auto users = accounts.users(*session);
        if (!users)
            return failure(users.error());
        if (rest.contains(QStringLiteral("--json"))) {
            JsonWriter out;
            out.beginArray();
            for (const UserAccount& user : users.value()) {
                out.beginObject();
                out.key(QStringLiteral("name")).value(user.name);
                out.key(QStringLiteral("display_name")).value(user.displayName);
                out.key(QStringLiteral("role")).value(Roles::key(user.role));
                out.key(QStringLiteral("active")).value(user.active);
                out.key(QStringLiteral("locked"))
                    .value(user.lockedUntil.isValid() &&
                           user.lockedUntil > QDateTime::currentDateTimeUtc());
                out.key(QStringLiteral("demo")).value(user.demo);
                out.endObject();
            }
            out.endArray();
            print(out.toUtf8() + '\n');
        } else {
            for (const UserAccount& user : users.value())
                print(QStringLiteral("%1  %2  %3%4%5\n")
                          .arg(user.name, -16)
                          .arg(Roles::displayName(user.role), -12)
                          .arg(user.displayName, user.active ? QString() : tr(" (deactivated)"),
                               user.demo ? tr(" (demo)") : QString())
                          .toUtf8());
        }
        return 0;
    }
    if (sub == QLatin1String("add")) {
        if (words.size() < 2 || words.at(1).startsWith(QLatin1Char('-')))
            return usageError(tr("user add needs a user name"));
        const QString name = words.at(1);
        QString roleKey;
        QString display = name;
        for (int i = 2; i < words.size(); ++i) {
            QString error;
            const QString option = words.at(i).section(QLatin1Char('='), 0, 0);
            if (option == QLatin1String("--role")) {
                if (!takeValue(words, i, option, roleKey, error))
                    return usageError(error);
            } else if (option == QLatin1String("--display-name")) {
                if (!takeValue(words, i, option, display, error))
                    return usageError(error);
            } else {
                return usageError(tr("user add: unknown argument '%1'").arg(words.at(i)));
            }
        }
        const std::optional<Role> role = Roles::fromKey(roleKey);
        if (!role)
            return usageError(tr("user add needs --role clerk|assisted|supervisor|admin"));
        if (const Status s = AccountService::checkUserName(name); !s)
            return usageError(s.error());
        int exitCode = 0;
        const std::unique_ptr<Database> database = openExisting(exitCode);
        if (!database)
            return exitCode;
        const std::optional<Session> session = authorize(*database, Action::ManageUsers, exitCode);
        if (!session)
            return exitCode;
        const Result<QString> password =
            PasswordPrompt::read("OWCTL_NEW_PASSWORD", tr("New password for %1: ").arg(name));
        if (!password)
            return failure(password.error());
        AccountService accounts(*database, systemClock());
        UserAccount account{name, display, *role, session->hall.centerCode, false, true, 0, {}};
        if (const Status s = accounts.addUser(*session, account, password.value()); !s)
            return failure(s.error());
        print(tr("added %1 (%2)\n").arg(name, Roles::displayName(*role)).toUtf8());
        return 0;
    }
    return usageError(tr("unknown user subcommand '%1'").arg(sub));
}

int Owctl::workstationCommand(const QStringList& words)
{
    const QString sub = words.value(0);
    if (sub != QLatin1String("show") && sub != QLatin1String("set"))
        return usageError(tr("workstation needs a subcommand: show or set"));
    int minutes = 0;
    if (sub == QLatin1String("set")) {
        QString value;
        QString error;
        int i = 1;
        if (words.size() < 2 ||
            words.at(1).section(QLatin1Char('='), 0, 0) != QLatin1String("--idle-lock") ||
            !takeValue(words, i, QStringLiteral("--idle-lock"), value, error) ||
            i + 1 != words.size())
            return usageError(error.isEmpty() ? tr("workstation set takes --idle-lock MINUTES")
                                              : error);
        bool ok = false;
        minutes = value.toInt(&ok);
        if (!ok || minutes < 1 || minutes > 120)
            return usageError(
                tr("--idle-lock takes a whole number of minutes from 1 to 120, got '%1'")
                    .arg(value));
    } else if (words.size() > 1) {
        return usageError(tr("workstation show takes no argument"));
    }
    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    AccountService accounts(*database, systemClock());
    if (sub == QLatin1String("show")) {
        const auto hall = accounts.hall();
        if (!hall)
            return failure(hall.error());
        if (!hall.value())
            return failure(
                tr("this database is not set up for a hall yet (owctl init --center …)"));
        print(tr("%1 %2, window %3, idle lock %4 minutes\n")
                  .arg(hall.value()->centerCode, hall.value()->centerName)
                  .arg(hall.value()->window)
                  .arg(hall.value()->idleLockMinutes)
                  .toUtf8());
        return 0;
    }
    const std::optional<Session> session =
        authorize(*database, Action::ConfigureWorkstation, exitCode);
    if (!session)
        return exitCode;
    if (const Status s = accounts.setIdleLockMinutes(*session, minutes); !s)
        return failure(s.error());
    print(tr("idle lock set to %1 minutes\n").arg(minutes).toUtf8());
    return 0;
}

int Owctl::auditCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(tr("audit needs a subcommand: export or verify"));
    const QString sub = words.first();
    if (sub != QLatin1String("export") && sub != QLatin1String("verify"))
        return usageError(tr("unknown audit subcommand '%1'").arg(sub));
    AuditFilter filter;
    bool json = false;
    for (int i = 1; i < words.size(); ++i) {
        const QString option = words.at(i).section(QLatin1Char('='), 0, 0);
        QString value;
        QString error;
        if (option == QLatin1String("--json") && sub == QLatin1String("export")) {
            json = true;
        } else if ((option == QLatin1String("--from") || option == QLatin1String("--to")) &&
                   sub == QLatin1String("export")) {
            if (!takeValue(words, i, option, value, error))
                return usageError(error);
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return usageError(tr("%1 takes a date YYYY-MM-DD, got '%2'").arg(option, value));
            (option == QLatin1String("--from") ? filter.from : filter.to) = date;
        } else {
            return usageError(tr("audit %1: unknown argument '%2'").arg(sub, words.at(i)));
        }
    }
    if (sub == QLatin1String("export") && !json)
        return usageError(tr("audit export needs --json (the only format so far)"));
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usageError(tr("--from is after --to"));
    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const Action action =
        sub == QLatin1String("export") ? Action::ExportAuditLog : Action::ViewAuditLog;
    const std::optional<Session> session = authorize(*database, action, exitCode);
    if (!session)
        return exitCode;
    AccountService accounts(*database, systemClock());
    AuditLog log = accounts.auditLog();
    if (sub == QLatin1String("verify")) {
        const auto verification = log.verify();
        if (!verification)
            return failure(verification.error());
        (void)accounts.audit(
            *session, QStringLiteral("audit_verified"), QStringLiteral("audit_log"),
            verification.value().ok ? QStringLiteral("ok") : verification.value().message);
        if (!verification.value().ok)
            return failure(
                tr("the audit log was tampered with: %1").arg(verification.value().message));
        print(tr("the audit log is intact\n").toUtf8());
        return 0;
    }
    const auto records = log.list(filter);
    if (!records)
        return failure(records.error());
    // The export itself is recorded, after reading, so it is not in its own output.
    if (const Status s =
            accounts.audit(*session, QStringLiteral("audit_exported"), QStringLiteral("audit_log"),
                           tr("%n record(s)", nullptr, int(records.value().size())));
        !s)
        return failure(s.error());
    print(AuditLog::toJson(records.value()) + '\n');
    return 0;
}

} // namespace ow
