#include "KeyStores.h"

#include "files/KeychainKeyStore.h"
#include "files/OwnerOnlyFileKeyStore.h"

#include <QProcessEnvironment>

namespace ow {

std::unique_ptr<KeyStore> KeyStores::preferred(const QString& keyFilePath, QString* keychainProblem)
{
    QString problem;
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
}

} // namespace ow
