#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ow {

// Personal files (scans of applicants' certificates and the like) encrypted at rest and named by
// the SHA-256 of their plain content: content abcd… lives in folder/ab/abcd…, as the magic
// "OWE1", a random 24-byte nonce and the crypto_secretbox (XSalsa20-Poly1305) ciphertext.
// Files are written to a temporary name beside their final one, fsync'd, renamed and the folder
// fsync'd, so a crash leaves either no file or a whole one. load() refuses, naming the file,
// anything whose MAC fails (altered, truncated, another key) or whose plaintext does not hash to
// its name (renamed, replaced); it never changes the disk. Names are checked before the disk is
// touched: exactly 64 lowercase hexadecimal characters, so no path can be smuggled in.
class SecureFileStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::SecureFileStore)

public:
    static constexpr char Magic[] = "OWE1";
    static constexpr int MagicSize = 4;

    // key: 32 bytes from a KeyStore; a key of another size makes every operation fail.
    SecureFileStore(QString folder, QByteArray key);
    ~SecureFileStore(); // wipes this object's copy of the key
    SecureFileStore(const SecureFileStore&) = delete;
    SecureFileStore& operator=(const SecureFileStore&) = delete;

    // Encrypts and stores content; returns its lowercase hex SHA-256. Storing content that is
    // already stored (and reads back intact) writes nothing; a stored copy that no longer reads
    // back is refused and left for a person to look at (remove() it, then store again).
    Result<QString> store(const QByteArray& content);
    Result<QByteArray> load(const QString& sha256) const;
    // Whether a file of that name exists (its content is checked by load() only).
    bool contains(const QString& sha256) const;
    // Removing a name that is not stored succeeds: afterwards it is not stored either way.
    Status remove(const QString& sha256);

    // folder/ab/abcd… for a valid name, an empty string for anything else.
    QString pathFor(const QString& sha256) const;
    const QString& folder() const { return m_folder; }
    static bool isValidName(const QString& sha256);

private:
    Status checkUsable() const;
    Status checkName(const QString& sha256) const;

    QString m_folder;
    QByteArray m_key;
};

} // namespace ow
