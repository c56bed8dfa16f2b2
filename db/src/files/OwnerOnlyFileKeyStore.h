#pragma once

#include "files/FileKeyStore.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

// Keeps the file encryption key in a file only its owner may read (0600), in a folder created
// 0700 when missing: the store for servers and sessions without a keychain. A key file that
// others may read or write, that belongs to another user, that is not a regular file or that
// does not hold exactly 32 bytes is refused and left unchanged. A new key is written to a
// temporary file, fsync'd and hard-linked into place, so two programs starting together agree
// on one key. The key is never logged or put into a message.
class OwnerOnlyFileKeyStore : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::OwnerOnlyFileKeyStore)

public:
    explicit OwnerOnlyFileKeyStore(QString path);

    Result<QByteArray> loadOrCreateKey() override;
    QString describe() const override;
    const QString& path() const { return m_path; }

private:
    Result<QByteArray> readExisting(int fd) const;
    // Creates the key file unless another program did first; then the caller reads it.
    Status create() const;

    QString m_path;
};

} // namespace ow
