#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ow {

// Hashes and checks staff passwords for local sign-in. A stored hash is the ASCII string
// libsodium's crypto_pwhash_str returns (Argon2id, interactive limits, random salt, parameters
// included), so it can be kept in a text column and checked later without any other setting.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(ow::PasswordHasher)

public:
    // The password is hashed as UTF-8. Fails only when libsodium cannot start or runs out of
    // memory.
    static Result<QByteArray> hash(const QString& password);

    // True only when `stored` is a well-formed Argon2id hash of `password`. An empty, malformed,
    // foreign or absurdly expensive stored hash gives false, never a crash.
    static bool verify(const QByteArray& stored, const QString& password);

    // True when `stored` was not made with today's algorithm and limits (or is not a hash at all):
    // after a successful verify() the caller should store a fresh hash().
    static bool needsRehash(const QByteArray& stored);
};

} // namespace ow
