#include "access/AccountService.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ow {

namespace {

// Generated demo passwords: no look-alike characters, letters and digits, as the policy wants.
QString generatedPassword()
{
    static const QString letters =
        QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    QString password;
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < 9; ++i)
        password += letters.at(random->bounded(int(letters.size())));
    for (int i = 0; i < 3; ++i)
        password += digits.at(random->bounded(int(digits.size())));
    return password;
}

} // namespace

AccountService::AccountService(Database& database, const Clock& clock)
    : m_database(database), m_clock(clock)
{}

Status AccountService::checkUserName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch())
        return Status::failure(
            tr("The user name \"%1\" is not valid: use 2 to 32 lower-case letters, "
               "digits, dots, dashes or underscores, starting with a letter.")
                .arg(name));
    return Status::success();
}

Status AccountService::checkDisplayName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return Status::failure(tr("The display name must have 1 to 40 characters."));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Status::failure(tr("The display name must not contain control characters."));
    }
    return Status::success();
}

Status AccountService::checkHall(const HallSetup& hall)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{2,16}$"));
    if (!code.match(hall.centerCode).hasMatch())
        return Status::failure(
            tr("The center code \"%1\" is not valid: use 2 to 16 capital letters "
               "or digits, such as XC01.")
                .arg(hall.centerCode));
    if (hall.centerName.trimmed().isEmpty() || hall.centerName.trimmed().size() > 60)
        return Status::failure(tr("The center name must have 1 to 60 characters."));
    if (hall.window < 1 || hall.window > 999)
        return Status::failure(tr("The window number must be a whole number from 1 to 999."));
    if (hall.idleLockMinutes < 1 || hall.idleLockMinutes > 120)
        return Status::failure(tr("The idle lock must be 1 to 120 minutes."));
    return Status::success();
}

Result<std::optional<HallSetup>> AccountService::hall() const
{
    return UserRepository(m_database).hall();
}

AuditLog AccountService::auditLog() const
{
    const auto setup = hall();
    if (setup.ok() && setup.value())
        return AuditLog(m_database, m_clock, setup.value()->centerCode,
                        QString::number(setup.value()->window));
    return AuditLog(m_database, m_clock, QStringLiteral("-"), QStringLiteral("-"));
}

Status AccountService::audit(const Session& session, const QString& action, const QString& subject,
                             const QString& detail) const
{
    return AuditLog(m_database, m_clock, session.hall.centerCode,
                    QString::number(session.hall.window))
        .append(session.user.name, action, subject, detail);
}

Result<QByteArray> AccountService::hashChecked(const QString& password,
                                               const QString& userName) const
{
    if (const Status policy = PasswordPolicy::check(password, userName); !policy)
        return Result<QByteArray>::failure(policy.error());
    return PasswordHasher::hash(password);
}

Status AccountService::setUpHall(const HallSetup& hall, const QString& adminName,
                                 const QString& adminDisplayName, const QString& password)
{
    if (const Status s = checkHall(hall); !s)
        return s;
    if (const Status s = checkUserName(adminName); !s)
        return s;
    if (const Status s = checkDisplayName(adminDisplayName); !s)
        return s;
    const auto existing = this->hall();
    if (!existing)
        return Status::failure(existing.error());
    if (existing.value())
        return Status::failure(tr("This database is already set up for %1 %2, window %3.")
                                   .arg(existing.value()->centerCode, existing.value()->centerName)
                                   .arg(existing.value()->window));
    const Result<QByteArray> hash = hashChecked(password, adminName);
    if (!hash)
        return Status::failure(hash.error());
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(transaction.error());
    UserRepository users(m_database);
    if (const Status s = users.setUpHall(hall); !s)
        return s;
    UserAccount admin{
        adminName, adminDisplayName.trimmed(), Role::Admin, hall.centerCode, false, true, 0, {}};
    if (const Status s = users.add(admin, hash.value(), m_clock.now()); !s)
        return s;
    AuditLog log(m_database, m_clock, hall.centerCode, QString::number(hall.window));
    if (const Status s =
            log.append(adminName, QStringLiteral("hall_set_up"), hall.centerCode,
                       tr("window %1; administrator %2").arg(hall.window).arg(adminName));
        !s)
        return s;
    if (!transaction.commit())
        return Status::failure(transaction.error());
    return Status::success();
}

Result<QList<QPair<UserAccount, QString>>> AccountService::setUpDemo()
{
    using R = Result<QList<QPair<UserAccount, QString>>>;
    const auto existing = hall();
    if (!existing)
        return R::failure(existing.error());
    if (existing.value() && existing.value()->centerCode != QLatin1String("DEMO"))
        return R::failure(tr("This database belongs to %1 %2; demo users go only into a demo "
                             "database (make a new one with --db).")
                              .arg(existing.value()->centerCode, existing.value()->centerName));
    const QList<QPair<QString, Role>> people = {
        {QStringLiteral("demo-admin"), Role::Admin},
        {QStringLiteral("demo-clerk"), Role::Clerk},
        {QStringLiteral("demo-assisted"), Role::Assisted},
        {QStringLiteral("demo-supervisor"), Role::Supervisor},
    };
    UserRepository users(m_database);
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(transaction.error());
    const HallSetup demoHall{QStringLiteral("DEMO"), tr("Demo service center"), 1, 5};
    if (!existing.value()) {
        if (const Status s = users.setUpHall(demoHall); !s)
            return R::failure(s.error());
    }
    QList<QPair<UserAccount, QString>> created;
    for (const auto& [name, role] : people) {
        const auto found = users.find(name);
        if (!found)
            return R::failure(found.error());
        if (found.value())
            continue; // made before: its password was printed then
        const QString password = generatedPassword();
        const Result<QByteArray> hash = PasswordHasher::hash(password);
        if (!hash)
            return R::failure(hash.error());
        UserAccount account{name, tr("Demo %1").arg(Roles::displayName(role)),
                            role, QStringLiteral("DEMO"),
                            true, true,
                            0,    {}};
        if (const Status s = users.add(account, hash.value(), m_clock.now()); !s)
            return R::failure(s.error());
        if (const Status s =
                AuditLog(m_database, m_clock, QStringLiteral("DEMO"), QStringLiteral("1"))
                    .append(name, QStringLiteral("demo_user_created"), name, Roles::key(role));
            !s)
            return R::failure(s.error());
        created.append({account, password});
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    return R::success(created);
}

Result<Session> AccountService::sessionFor(const UserAccount& account)
{
    const auto setup = hall();
    if (!setup)
        return Result<Session>::failure(setup.error());
    if (!setup.value())
        return Result<Session>::failure(
            tr("This workstation is not set up yet: its hall and window are "
               "unknown. Run the first-start setup (or owctl init --center …)."));
    return Result<Session>::success(Session{account, *setup.value(), m_clock.now()});
}

Result<Session> AccountService::signIn(const QString& name, const QString& password)
{
    using R = Result<Session>;
    UserRepository users(m_database);
    AuditLog log = auditLog();
    const QString wrong = tr("Wrong user name or password. After %1 wrong passwords an account is "
                             "locked for %2 minutes.")
                              .arg(MaxFailedAttempts)
                              .arg(LockMinutes);
    const auto found = users.find(name.trimmed());
    if (!found)
        return R::failure(found.error());
    if (!found.value()) {
        (void)log.append(QStringLiteral("-"), QStringLiteral("sign_in_failed"), QStringLiteral("-"),
                         tr("unknown user name"));
        return R::failure(wrong);
    }
    const StoredUser& stored = *found.value();
    const QDateTime now = m_clock.now();
    if (!stored.account.active) {
        (void)log.append(stored.account.name, QStringLiteral("sign_in_failed"), stored.account.name,
                         tr("account deactivated"));
        return R::failure(
            tr("The account %1 is deactivated. Ask an administrator.").arg(stored.account.name));
    }
    if (stored.account.lockedUntil.isValid() && stored.account.lockedUntil > now) {
        (void)log.append(stored.account.name, QStringLiteral("sign_in_failed"), stored.account.name,
                         tr("account locked"));
        return R::failure(
            tr("The account %1 is locked until %2 after %3 wrong passwords; an "
               "administrator can unlock it sooner.")
                .arg(stored.account.name,
                     QLocale().toString(stored.account.lockedUntil.toLocalTime().time(),
                                        QLocale::ShortFormat))
                .arg(MaxFailedAttempts));
    }
    if (!PasswordHasher::verify(stored.passwordHash, password)) {
        const int attempts =
            stored.account.lockedUntil.isValid() ? 1 : stored.account.failedAttempts + 1;
        const bool lock = attempts >= MaxFailedAttempts;
        const QDateTime until = lock ? now.addSecs(LockMinutes * 60) : QDateTime();
        if (const Status s = users.recordFailure(stored.account.name, lock ? 0 : attempts, until);
            !s)
            return R::failure(s.error());
        (void)log.append(stored.account.name,
                         lock ? QStringLiteral("account_locked") : QStringLiteral("sign_in_failed"),
                         stored.account.name,
                         tr("wrong password (%1 of %2)").arg(attempts).arg(MaxFailedAttempts));
        if (lock)
            return R::failure(
                tr("Wrong password for the %1th time: the account %2 is locked for %3 minutes.")
                    .arg(MaxFailedAttempts)
                    .arg(stored.account.name)
                    .arg(LockMinutes));
        return R::failure(wrong);
    }
    if (const Status s = users.recordSuccess(stored.account.name); !s)
        return R::failure(s.error());
    if (PasswordHasher::needsRehash(stored.passwordHash)) {
        if (const Result<QByteArray> rehashed = PasswordHasher::hash(password); rehashed)
            (void)users.setPasswordHash(stored.account.name, rehashed.value());
    }
    Result<Session> session = sessionFor(stored.account);
    if (!session)
        return session;
    session.value().user.failedAttempts = 0;
    session.value().user.lockedUntil = QDateTime();
    if (const Status s = audit(session.value(), QStringLiteral("sign_in"), stored.account.name); !s)
        return R::failure(s.error());
    return session;
}

Status AccountService::confirm(const Session& session, const QString& password)
{
    const Result<Session> again = signIn(session.user.name, password);
    return again ? Status::success() : Status::failure(again.error());
}

void AccountService::signOut(const Session& session, const QString& reason)
{
    (void)audit(session, QStringLiteral("sign_out"), session.user.name, reason);
}

Status AccountService::require(const Session& session, Action action)
{
    if (session.isExpired(m_clock.now()))
        return Status::failure(
            tr("Your session began more than %1 hours ago; please sign in again.")
                .arg(Session::MaxAgeHours));
    const Status allowed = AccessPolicy::check(session.user.role, action);
    if (!allowed)
        (void)audit(session, QStringLiteral("access_denied"), Actions::key(action));
    return allowed;
}

Result<QList<UserAccount>> AccountService::users(const Session& by)
{
    if (const Status s = require(by, Action::ManageUsers); !s)
        return Result<QList<UserAccount>>::failure(s.error());
    return UserRepository(m_database).list();
}

Status AccountService::addUser(const Session& by, const UserAccount& account,
                               const QString& password)
{
    if (const Status s = require(by, Action::ManageUsers); !s)
        return s;
    if (const Status s = checkUserName(account.name); !s)
        return s;
    if (const Status s = checkDisplayName(account.displayName); !s)
        return s;
    UserRepository users(m_database);
    const auto existing = users.find(account.name);
    if (!existing)
        return Status::failure(existing.error());
    if (existing.value())
        return Status::failure(tr("There is already a user named %1.").arg(account.name));
    const Result<QByteArray> hash = hashChecked(password, account.name);
    if (!hash)
        return Status::failure(hash.error());
    UserAccount stored = account;
    stored.centerCode = by.hall.centerCode;
    stored.displayName = account.displayName.trimmed();
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(transaction.error());
    if (const Status s = users.add(stored, hash.value(), m_clock.now()); !s)
        return s;
    if (const Status s =
            audit(by, QStringLiteral("user_added"), account.name, Roles::key(account.role));
        !s)
        return s;
    return transaction.commit() ? Status::success() : Status::failure(transaction.error());
}

Status AccountService::changePassword(const Session& session, const QString& current,
                                      const QString& next)
{
    UserRepository users(m_database);
    const auto found = users.find(session.user.name);
    if (!found)
        return Status::failure(found.error());
    if (!found.value() || !PasswordHasher::verify(found.value()->passwordHash, current))
        return Status::failure(tr("The current password is wrong."));
    const Result<QByteArray> hash = hashChecked(next, session.user.name);
    if (!hash)
        return Status::failure(hash.error());
    if (const Status s = users.setPasswordHash(session.user.name, hash.value()); !s)
        return s;
    return audit(session, QStringLiteral("password_changed"), session.user.name);
}

Status AccountService::resetPassword(const Session& by, const QString& name,
                                     const QString& password)
{
    if (const Status s = require(by, Action::ManageUsers); !s)
        return s;
    UserRepository users(m_database);
    const auto found = users.find(name);
    if (!found)
        return Status::failure(found.error());
    if (!found.value())
        return Status::failure(tr("There is no user named %1.").arg(name));
    const Result<QByteArray> hash = hashChecked(password, name);
    if (!hash)
        return Status::failure(hash.error());
    if (const Status s = users.setPasswordHash(name, hash.value()); !s)
        return s;
    return audit(by, QStringLiteral("password_reset"), name);
}

Status AccountService::unlock(const Session& by, const QString& name)
{
    if (const Status s = require(by, Action::ManageUsers); !s)
        return s;
    UserRepository users(m_database);
    const auto found = users.find(name);
    if (!found)
        return Status::failure(found.error());
    if (!found.value())
        return Status::failure(tr("There is no user named %1.").arg(name));
    if (const Status s = users.recordSuccess(name); !s)
        return s;
    return audit(by, QStringLiteral("account_unlocked"), name);
}

Status AccountService::setActive(const Session& by, const QString& name, bool active)
{
    if (const Status s = require(by, Action::ManageUsers); !s)
        return s;
    if (name == by.user.name && !active)
        return Status::failure(tr("You cannot deactivate your own account."));
    UserRepository users(m_database);
    const auto found = users.find(name);
    if (!found)
        return Status::failure(found.error());
    if (!found.value())
        return Status::failure(tr("There is no user named %1.").arg(name));
    if (const Status s = users.setActive(name, active); !s)
        return s;
    return audit(
        by, active ? QStringLiteral("account_activated") : QStringLiteral("account_deactivated"),
        name);
}

Status AccountService::setIdleLockMinutes(const Session& by, int minutes)
{
    if (const Status s = require(by, Action::ConfigureWorkstation); !s)
        return s;
    HallSetup hall = by.hall;
    hall.idleLockMinutes = minutes;
    if (const Status s = checkHall(hall); !s)
        return s;
    if (const Status s = UserRepository(m_database).setIdleLockMinutes(minutes); !s)
        return s;
    return audit(by, QStringLiteral("workstation_changed"), QStringLiteral("idle_lock_minutes"),
                 QString::number(minutes));
}

Result<QJsonObject> AccountService::userSettings(const Session& session) const
{
    return UserRepository(m_database).settings(session.user.name);
}

Status AccountService::saveUserSettings(const Session& session, const QJsonObject& settings)
{
    return UserRepository(m_database).setSettings(session.user.name, settings);
}

} // namespace ow
