#include "KeyStores.h"

#include "files/KeychainKeyStore.h"
#ifndef Q_OS_WIN
#include "files/OwnerOnlyFileKeyStore.h"
#endif

#include <QProcessEnvironment>

namespace ow {

std::unique_ptr<KeyStore> KeyStores::preferred(const QString& keyFilePath, QString* keychainProblem)
{
    QString problem;
#ifdef Q_OS_WIN
    // Windows: Credential Manager is always there; the owner-only key file is POSIX only.
    Q_UNUSED(keyFilePath);
    if (keychainProblem)
        keychainProblem->clear();
    return std::make_unique<KeychainKeyStore>(QString::fromLatin1(KeychainEntry));
#else
    if (QProcessEnvironment::systemEnvironment()
            .value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))
            .isEmpty()) {
        problem = KeychainKeyStore::tr("There is no desktop session (DBUS_SESSION_BUS_ADDRESS is "
                                       "not set), so no system keychain can be reached.");
    } else {
        auto keychain = std::make_unique<KeychainKeyStore>(QString::fromLatin1(KeychainEntry));
        const Result<QByteArray> key = keychain->loadOrCreateKey();
        if (key.ok()) {
            if (keychainProblem)
                keychainProblem->clear();
            return keychain;
        }
        problem = key.error();
    }
    if (keychainProblem)
        *keychainProblem = problem;
    return std::make_unique<OwnerOnlyFileKeyStore>(keyFilePath);
#endif
}

} // namespace ow
