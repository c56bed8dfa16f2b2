#include "security/PasswordHasher.h"

#include "security/Sodium.h"

#include <QRegularExpression>

#include <sodium.h>

// crypto_pwhash_str() uses the default algorithm; everything here assumes it is Argon2id.
static_assert(crypto_pwhash_ALG_DEFAULT == crypto_pwhash_ALG_ARGON2ID13);

namespace ow {

namespace {

// The UTF-8 bytes of a password, wiped when they go out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const char* data() const { return m_bytes.constData(); } // never null, even when empty
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// A stored hash is handed to libsodium only when it has the shape libsodium writes and its cost
// parameters stay within libsodium's "sensitive" limits, so a damaged or planted value can neither
// read past its end nor make one sign-in allocate gigabytes or run for minutes.
bool isPlausibleArgon2id(const QByteArray& stored)
{
    if (stored.isEmpty() || stored.size() >= qsizetype(crypto_pwhash_STRBYTES) ||
        stored.contains('\0'))
        return false;
    static const QRegularExpression shape(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})"
                       "\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+\\z"));
    const QRegularExpressionMatch match = shape.match(QString::fromLatin1(stored));
    if (!match.hasMatch())
        return false;
    const qulonglong memoryKiB = match.captured(1).toULongLong();
    const qulonglong passes = match.captured(2).toULongLong();
    const qulonglong lanes = match.captured(3).toULongLong();
    return memoryKiB >= 8 && memoryKiB <= crypto_pwhash_MEMLIMIT_SENSITIVE / 1024 && passes >= 1 &&
           passes <= crypto_pwhash_OPSLIMIT_SENSITIVE && lanes >= 1 && lanes <= 16;
}

} // namespace

Result<QByteArray> PasswordHasher::hash(const QString& password)
{
    if (!ensureSodium())
        return Result<QByteArray>::failure(tr("the cryptography library could not be started"));
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE);
    if (rc != 0) {
        sodium_memzero(out, sizeof out);
        return Result<QByteArray>::failure(
            tr("the password could not be hashed (not enough memory)"));
    }
    const QByteArray result(out); // libsodium writes a NUL-terminated ASCII string
    sodium_memzero(out, sizeof out);
    return Result<QByteArray>::success(result);
}

bool PasswordHasher::verify(const QByteArray& stored, const QString& password)
{
    if (!ensureSodium() || !isPlausibleArgon2id(stored))
        return false;
    const SecretBytes secret(password);
    // constData() of a QByteArray is always NUL-terminated.
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& stored)
{
    if (!ensureSodium() || !isPlausibleArgon2id(stored))
        return true;
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace ow
