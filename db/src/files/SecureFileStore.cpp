#include "SecureFileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ow {

namespace {

constexpr qsizetype HeaderSize = SecureFileStore::MagicSize + crypto_secretbox_NONCEBYTES;
constexpr qsizetype MacSize = crypto_secretbox_MACBYTES;
constexpr int NameLength = 64; // hex SHA-256

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// Creates folder and any missing folder above it, each for its owner only (0700).
Status makeFolders(const QString& folder)
{
    QStringList missing;
    for (QString current = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
         !QFileInfo::exists(current);) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& dir : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(dir);
        if (::mkdir(native.constData(), 0700) != 0) {
            if (errno == EEXIST && QFileInfo(dir).isDir())
                continue; // another program was quicker
            return Status::failure(SecureFileStore::tr("Cannot create the folder %1 for the "
                                                       "encrypted files: %2")
                                       .arg(dir, qt_error_string(errno)));
        }
        ::chmod(native.constData(), 0700); // whatever the umask
    }
    if (!QFileInfo(folder).isDir())
        return Status::failure(
            SecureFileStore::tr("Cannot store encrypted files in %1: it is not a folder.")
                .arg(folder));
    return Status::success();
}

// Makes a rename or unlink in folder durable.
Status syncFolder(const QString& folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(SecureFileStore::tr("Cannot open the folder %1 to flush it to "
                                                   "disk: %2")
                                   .arg(folder, qt_error_string(errno)));
    const bool synced = ::fsync(fd) == 0 || errno == EINVAL; // EINVAL: fs without folder sync
    const int syncErrno = errno;
    ::close(fd);
    if (!synced)
        return Status::failure(SecureFileStore::tr("Cannot flush the folder %1 to disk: %2")
                                   .arg(folder, qt_error_string(syncErrno)));
    return Status::success();
}

} // namespace

SecureFileStore::SecureFileStore(QString folder, QByteArray key)
    : m_folder(std::move(folder)), m_key(std::move(key))
{
    m_key.detach(); // our own copy, so that the destructor wipes no one else's buffer
    sodiumReady();
}

SecureFileStore::~SecureFileStore()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

bool SecureFileStore::isValidName(const QString& sha256)
{
    if (sha256.size() != NameLength)
        return false;
    for (const QChar c : sha256) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

QString SecureFileStore::pathFor(const QString& sha256) const
{
    if (!isValidName(sha256))
        return {};
    return QDir(m_folder).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Status SecureFileStore::checkName(const QString& sha256) const
{
    if (isValidName(sha256))
        return Status::success();
    return Status::failure(tr("\"%1\" is not the name of a file in %2: names are the 64 lowercase "
                              "hexadecimal characters of a SHA-256. Nothing was read or changed.")
                               .arg(sha256.left(100), m_folder));
}

Status SecureFileStore::checkUsable() const
{
    if (m_folder.trimmed().isEmpty())
        return Status::failure(tr("No folder was given for the encrypted files."));
    if (!sodiumReady())
        return Status::failure(tr("The cryptography library libsodium could not be "
                                  "initialised, so the encrypted files in %1 cannot be used.")
                                   .arg(m_folder));
    if (m_key.size() != crypto_secretbox_KEYBYTES)
        return Status::failure(tr("The key for the encrypted files in %1 has %2 bytes instead of "
                                  "%3; nothing was read or written.")
                                   .arg(m_folder)
                                   .arg(m_key.size())
                                   .arg(crypto_secretbox_KEYBYTES));
    return Status::success();
}

Result<QString> SecureFileStore::store(const QByteArray& content)
{
    using R = Result<QString>;
    if (const Status usable = checkUsable(); !usable)
        return R::failure(usable.error());

    const QString name = sha256Hex(content);
    const QString path = pathFor(name);
    const QFileInfo existing(path);
    if (existing.exists() || existing.isSymLink()) {
        const Result<QByteArray> stored = load(name);
        if (stored.ok())
            return R::success(name); // already stored: nothing to write
        return R::failure(tr("The content is already stored, but the stored copy does not read "
                             "back, so it was not overwritten: %1 Remove that file to store the "
                             "content again.")
                              .arg(stored.error()));
    }

    const QString subfolder = existing.absolutePath();
    if (const Status made = makeFolders(subfolder); !made)
        return R::failure(made.error());

    QByteArray sealed(HeaderSize + MacSize + content.size(), Qt::Uninitialized);
    std::memcpy(sealed.data(), Magic, MagicSize);
    unsigned char* nonce = bytes(sealed) + MagicSize;
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes(sealed) + HeaderSize, bytes(content),
                          static_cast<unsigned long long>(content.size()), nonce, bytes(m_key));

    unsigned char suffix[8];
    randombytes_buf(suffix, sizeof suffix);
    const QString tempPath = QDir(subfolder).filePath(
        QLatin1Char('.') + name + QStringLiteral(".tmp-") +
        QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(suffix), sizeof suffix).toHex()));
    QFile file(tempPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return R::failure(tr("Cannot write an encrypted file in the folder %1: %2")
                              .arg(subfolder, file.errorString()));

    QString problem;
    if (file.write(sealed) != sealed.size() || !file.flush())
        problem = file.errorString();
    else if (::fsync(file.handle()) != 0)
        problem = qt_error_string(errno);
    file.close();
    if (problem.isEmpty() && file.error() != QFileDevice::NoError)
        problem = file.errorString();
    if (problem.isEmpty() &&
        ::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0)
        problem = qt_error_string(errno);
    if (!problem.isEmpty()) {
        QFile::remove(tempPath);
        return R::failure(tr("Cannot write the encrypted file %1 in the folder %2: %3")
                              .arg(path, subfolder, problem));
    }
    if (const Status synced = syncFolder(subfolder); !synced)
        return R::failure(synced.error());
    return R::success(name);
}

Result<QByteArray> SecureFileStore::load(const QString& sha256) const
{
    using R = Result<QByteArray>;
    if (const Status named = checkName(sha256); !named)
        return R::failure(named.error());
    if (const Status usable = checkUsable(); !usable)
        return R::failure(usable.error());

    const QString path = pathFor(sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return R::failure(tr("No encrypted file %1 is stored.").arg(path));
        return R::failure(
            tr("Cannot read the encrypted file %1: %2").arg(path, file.errorString()));
    }
    const QByteArray sealed = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(
            tr("Cannot read the encrypted file %1: %2").arg(path, file.errorString()));

    if (sealed.size() >= MagicSize && !sealed.startsWith(QByteArrayView(Magic, MagicSize)))
        return R::failure(tr("%1 is not an encrypted OneWindow file (its header is wrong). It "
                             "was left unchanged.")
                              .arg(path));
    if (sealed.size() < HeaderSize + MacSize)
        return R::failure(tr("The encrypted file %1 is truncated (%2 bytes). It was left "
                             "unchanged.")
                              .arg(path)
                              .arg(sealed.size()));

    QByteArray plain(sealed.size() - HeaderSize - MacSize, Qt::Uninitialized);
    const unsigned char* nonce = bytes(sealed) + MagicSize;
    if (crypto_secretbox_open_easy(bytes(plain), bytes(sealed) + HeaderSize,
                                   static_cast<unsigned long long>(sealed.size() - HeaderSize),
                                   nonce, bytes(m_key)) != 0)
        return R::failure(tr("The encrypted file %1 failed its integrity check: it was altered "
                             "or truncated, or it was encrypted with another key. It was left "
                             "unchanged.")
                              .arg(path));
    if (const QString actual = sha256Hex(plain); actual != sha256)
        return R::failure(tr("The encrypted file %1 holds content whose SHA-256 is %2, not its "
                             "name: it was renamed or replaced. It was left unchanged.")
                              .arg(path, actual));
    return R::success(std::move(plain));
}

bool SecureFileStore::contains(const QString& sha256) const
{
    return isValidName(sha256) && QFileInfo(pathFor(sha256)).isFile();
}

Status SecureFileStore::remove(const QString& sha256)
{
    if (const Status named = checkName(sha256); !named)
        return named;
    const QString path = pathFor(sha256);
    if (::unlink(QFile::encodeName(path).constData()) != 0) {
        if (errno == ENOENT)
            return Status::success();
        return Status::failure(
            tr("Cannot remove the encrypted file %1: %2").arg(path, qt_error_string(errno)));
    }
    return syncFolder(QFileInfo(path).absolutePath());
}

} // namespace ow
