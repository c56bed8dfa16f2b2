#pragma once

#include "access/AccessPolicy.h"
#include "access/Session.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPair>
#include <optional>

namespace ow {

class Database;
class AuditLog;

// Accounts and sign-in: the hall's first setup, passwords (Argon2id, the password policy),
// the lockout after five wrong passwords, user administration, and the audit record of each of
// these. Every operation that needs a role asks AccessPolicy through require().
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(ow::AccountService)

public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockMinutes = 15;

    AccountService(Database& database, const Clock& clock);

    Result<std::optional<HallSetup>> hall() const;
    // First start: the hall, this window and its administrator, all or nothing.
    Status setUpHall(const HallSetup& hall, const QString& adminName,
                     const QString& adminDisplayName, const QString& password);
    // --demo: a DEMO hall and one demo user per role with generated passwords, returned once.
    Result<QList<QPair<UserAccount, QString>>> setUpDemo();

    Result<Session> signIn(const QString& name, const QString& password);
    // The idle lock: the same user proves it is still them (counts toward the lockout).
    Status confirm(const Session& session, const QString& password);
    void signOut(const Session& session, const QString& reason = QString());

    // Success, or why not: the role may not, or the session is older than a shift.
    Status require(const Session& session, Action action);

    Result<QList<UserAccount>> users(const Session& by);
    Status addUser(const Session& by, const UserAccount& account, const QString& password);
    Status changePassword(const Session& session, const QString& current, const QString& next);
    Status resetPassword(const Session& by, const QString& name, const QString& password);
    Status unlock(const Session& by, const QString& name);
    Status setActive(const Session& by, const QString& name, bool active);
    // The idle lock of this workstation, in minutes (1–120).
    Status setIdleLockMinutes(const Session& by, int minutes);

    // The signed-in user's own settings (JSON, e.g. the accessibility mode), read and replaced
    // whole; a user changes only their own.
    Result<QJsonObject> userSettings(const Session& session) const;
    Status saveUserSettings(const Session& session, const QJsonObject& settings);

    // The audit log of this workstation (center and window of the hall, "-" before setup).
    AuditLog auditLog() const;
    Status audit(const Session& session, const QString& action, const QString& subject,
                 const QString& detail = QString()) const;

    static Status checkUserName(const QString& name);
    static Status checkDisplayName(const QString& name);
    static Status checkHall(const HallSetup& hall);

private:
    Result<QByteArray> hashChecked(const QString& password, const QString& userName) const;
    Result<Session> sessionFor(const UserAccount& account);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
