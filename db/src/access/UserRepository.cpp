#include "access/UserRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

const char* const UserColumns = "name, display_name, role, center_code, demo, active, "
                                "failed_attempts, locked_until, password_hash";

StoredUser userFrom(const QSqlQuery& query)
{
    StoredUser stored;
    UserAccount& account = stored.account;
    account.name = query.value(0).toString();
    account.displayName = query.value(1).toString();
    account.role = Roles::fromKey(query.value(2).toString()).value_or(Role::Clerk);
    account.centerCode = query.value(3).toString();
    account.demo = query.value(4).toBool();
    account.active = query.value(5).toBool();
    account.failedAttempts = query.value(6).toInt();
    account.lockedUntil = timeFrom(query.value(7));
    stored.passwordHash = query.value(8).toString().toLatin1();
    return stored;
}

} // namespace

Status UserRepository::run(const QString& sql, const QVariantList& values, const QString& what)
{
    QSqlQuery query(m_database.connection());
    if (!execute(query, sql, values))
        return Status::failure(
            tr("Cannot %1 in %2: %3").arg(what, m_database.path(), failureText(query)));
    return Status::success();
}

Result<std::optional<HallSetup>> UserRepository::hall() const
{
    using R = Result<std::optional<HallSetup>>;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT c.code, c.name, w.window_no, w.idle_lock_minutes FROM "
                                   "workstation w JOIN center c ON c.code = w.center_code")))
        return R::failure(tr("Cannot read the hall setup from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(HallSetup{query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toInt(), query.value(3).toInt()});
}

Status UserRepository::setUpHall(const HallSetup& hall)
{
    SqlTransaction transaction(m_database.connection());
    if (!transaction.begin())
        return Status::failure(transaction.error());
    if (const Status s = run(QStringLiteral("INSERT INTO center (code, name) VALUES (?, ?)"),
                             {hall.centerCode, hall.centerName}, tr("record the hall"));
        !s)
        return s;
    if (const Status s = run(QStringLiteral("INSERT INTO workstation (id, center_code, window_no, "
                                            "idle_lock_minutes) VALUES (1, ?, ?, ?)"),
                             {hall.centerCode, hall.window, hall.idleLockMinutes},
                             tr("record this workstation"));
        !s)
        return s;
    if (!transaction.commit())
        return Status::failure(transaction.error());
    return Status::success();
}

Status UserRepository::setIdleLockMinutes(int minutes)
{
    return run(QStringLiteral("UPDATE workstation SET idle_lock_minutes = ?"), {minutes},
               tr("change the idle lock"));
}

Result<std::optional<StoredUser>> UserRepository::find(const QString& name) const
{
    using R = Result<std::optional<StoredUser>>;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM user_account WHERE name = ?")
                      .arg(QLatin1String(UserColumns)));
    query.addBindValue(name);
    if (!query.exec())
        return R::failure(tr("Cannot read the user accounts from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(userFrom(query));
}

Result<QList<UserAccount>> UserRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM user_account ORDER BY name")
                        .arg(QLatin1String(UserColumns))))
        return Result<QList<UserAccount>>::failure(tr("Cannot read the user accounts from %1: %2")
                                                       .arg(m_database.path(), failureText(query)));
    QList<UserAccount> accounts;
    while (query.next())
        accounts.append(userFrom(query).account);
    return Result<QList<UserAccount>>::success(accounts);
}

Status UserRepository::add(const UserAccount& account, const QByteArray& passwordHash,
                           const QDateTime& createdAt)
{
    return run(
        QStringLiteral("INSERT INTO user_account (name, center_code, display_name, role, "
                       "password_hash, demo, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {account.name, account.centerCode, account.displayName, Roles::key(account.role),
         QString::fromLatin1(passwordHash), account.demo ? 1 : 0, account.active ? 1 : 0,
         timeValue(createdAt)},
        tr("add the user %1").arg(account.name));
}

Status UserRepository::recordFailure(const QString& name, int failedAttempts,
                                     const QDateTime& lockedUntil)
{
    return run(QStringLiteral(
                   "UPDATE user_account SET failed_attempts = ?, locked_until = ? WHERE name = ?"),
               {failedAttempts, timeValue(lockedUntil), name}, tr("record a failed sign-in"));
}

Status UserRepository::recordSuccess(const QString& name)
{
    return run(
        QStringLiteral(
            "UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE name = ?"),
        {name}, tr("record a sign-in"));
}

Status UserRepository::setPasswordHash(const QString& name, const QByteArray& passwordHash)
{
    return run(QStringLiteral("UPDATE user_account SET password_hash = ?, failed_attempts = 0, "
                              "locked_until = NULL WHERE name = ?"),
               {QString::fromLatin1(passwordHash), name},
               tr("change the password of %1").arg(name));
}

Status UserRepository::setActive(const QString& name, bool active)
{
    return run(QStringLiteral("UPDATE user_account SET active = ? WHERE name = ?"),
               {active ? 1 : 0, name}, tr("change the account %1").arg(name));
}

Result<QJsonObject> UserRepository::settings(const QString& name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT settings FROM user_account WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Result<QJsonObject>::failure(tr("Cannot read the settings of %1 from %2: %3")
                                                .arg(name, m_database.path(), failureText(query)));
    if (!query.next())
        return Result<QJsonObject>::success(QJsonObject());
    return Result<QJsonObject>::success(
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

Status UserRepository::setSettings(const QString& name, const QJsonObject& settings)
{
    return run(QStringLiteral("UPDATE user_account SET settings = ? WHERE name = ?"),
               {QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)), name},
               tr("save the settings of %1").arg(name));
}

} // namespace ow
