#pragma once

#include "files/FileKeyStore.h"

#include <QString>

#include <memory>

namespace ow {

// Picks where the file encryption key is kept on this machine: the platform keychain when a
// desktop session offers one (DBUS_SESSION_BUS_ADDRESS is set and the keychain answers), else an
// owner-only key file. The keychain is asked once here (its answer is kept in the returned
// store), so preferred() may wait up to the keychain's timeout.
//
// Note for whoever configures a workstation: the two stores hold different keys. Files stored
// under one key cannot be read with the other (load() refuses them, naming the file); a
// workstation should keep using the store its files were written with.
class KeyStores
{
public:
    static constexpr char KeychainEntry[] = "file-encryption-key";

    // keychainProblem, when given, receives why the keychain was not used (empty if it was).
    static std::unique_ptr<KeyStore> preferred(const QString& keyFilePath,
                                               QString* keychainProblem = nullptr);
};

} // namespace ow
