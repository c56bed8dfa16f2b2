#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace ow {

// Where the key that encrypts stored personal files (scans of certificates and the like) lives:
// the platform keychain or an owner-only key file. loadOrCreateKey() returns the same 32-byte
// crypto_secretbox key every time, creating it on first use; a key that cannot be read is a
// failure, never a silently new key (a new key would make every stored file unreadable).
class KeyStore
{
public:
    static constexpr int KeySize = 32; // crypto_secretbox_KEYBYTES

    virtual ~KeyStore();
    virtual Result<QByteArray> loadOrCreateKey() = 0;
    // Where the key is kept, for messages and the settings screen; never the key itself.
    virtual QString describe() const = 0;

protected:
    KeyStore() = default;
    KeyStore(const KeyStore&) = default;
    KeyStore& operator=(const KeyStore&) = default;
};

} // namespace ow
