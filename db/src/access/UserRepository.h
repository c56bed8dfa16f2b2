#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace ow {

class Database;

// A user account as stored: the account and its Argon2id password hash.
struct StoredUser
{
    UserAccount account;
    QByteArray passwordHash;
};

// User accounts and the hall setup in the local database. No business rule here (policies,
// lockout, audit live in AccountService); just reading and writing rows.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(ow::UserRepository)

public:
    explicit UserRepository(Database& database) : m_database(database) {}

    Result<std::optional<HallSetup>> hall() const;
    Status setUpHall(const HallSetup& hall);
    Status setIdleLockMinutes(int minutes);

    Result<std::optional<StoredUser>> find(const QString& name) const;
    Result<QList<UserAccount>> list() const;
    Status add(const UserAccount& account, const QByteArray& passwordHash,
               const QDateTime& createdAt);
    Status recordFailure(const QString& name, int failedAttempts, const QDateTime& lockedUntil);
    Status recordSuccess(const QString& name);
    Status setPasswordHash(const QString& name, const QByteArray& passwordHash);
    Status setActive(const QString& name, bool active);
    Result<QJsonObject> settings(const QString& name) const;
    Status setSettings(const QString& name, const QJsonObject& settings);

private:
    Status run(const QString& sql, const QVariantList& values, const QString& what);
    Database& m_database;
};

} // namespace ow
