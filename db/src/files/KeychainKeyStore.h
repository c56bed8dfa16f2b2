#pragma once

#include "files/FileKeyStore.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace ow {

// Keeps the file encryption key in the platform keychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows) through QtKeychain, under the service
// "OneWindow" and the entry name given. QtKeychain is asynchronous; loadOrCreateKey() waits in a
// local QEventLoop (user input excluded) for at most the timeout, shared by all the jobs it
// runs, and needs a QCoreApplication. No reachable keychain (a server without a D-Bus session),
// a locked or refusing keychain, or no answer in time is a failure, never a crash or a hang, so
// that the caller can fall back to an OwnerOnlyFileKeyStore (see KeyStores::preferred()).
// A job that outlives its timeout is left to finish and delete itself. The key, once read, is
// kept in this object and wiped when it is destroyed.
class KeychainKeyStore : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::KeychainKeyStore)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{20000};

    explicit KeychainKeyStore(QString entryName,
                              std::chrono::milliseconds timeout = DefaultTimeout);
    ~KeychainKeyStore() override;
    KeychainKeyStore(const KeychainKeyStore&) = delete;
    KeychainKeyStore& operator=(const KeychainKeyStore&) = delete;

    static QString serviceName(); // "OneWindow"

    Result<QByteArray> loadOrCreateKey() override;
    QString describe() const override;
    const QString& entryName() const { return m_entryName; }

private:
    QString m_entryName;
    std::chrono::milliseconds m_timeout;
    QByteArray m_key;
};

} // namespace ow
