#include "OwnerOnlyFileKeyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sodium.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace ow {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString lastError()
{
    return qt_error_string(errno);
}

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

// Closes a descriptor on every path out of a function.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

bool readAll(int fd, char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t got = ::read(fd, data, static_cast<size_t>(size));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        data += got;
        size -= got;
    }
    return true;
}

} // namespace

OwnerOnlyFileKeyStore::OwnerOnlyFileKeyStore(QString path) : m_path(std::move(path)) {}

QString OwnerOnlyFileKeyStore::describe() const
{
    return tr("the key file %1 (readable by its owner only)").arg(m_path);
}

Result<QByteArray> OwnerOnlyFileKeyStore::loadOrCreateKey()
{
    using R = Result<QByteArray>;
    if (m_path.trimmed().isEmpty())
        return R::failure(tr("No path was given for the key file of the encrypted files."));
    if (!sodiumReady())
        return R::failure(tr("The cryptography library libsodium could not be initialised, so "
                             "the key file %1 was not used.")
                              .arg(m_path));
    const QByteArray native = QFile::encodeName(m_path);
    // Two rounds at most: missing → created (by us or a program that was quicker) → read.
    for (int round = 0; round < 2; ++round) {
        Descriptor fd(::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (fd.get() >= 0)
            return readExisting(fd.get());
        if (errno == ELOOP)
            return R::failure(tr("The key file %1 is a symbolic link; OneWindow reads its key only "
                                 "from a regular file. It was left unchanged.")
                                  .arg(m_path));
        if (errno != ENOENT)
            return R::failure(tr("Cannot read the key file %1: %2").arg(m_path, lastError()));
        if (round == 0) {
            if (const Status created = create(); !created)
                return R::failure(created.error());
        }
    }
    return R::failure(tr("The key file %1 disappeared while it was being created.").arg(m_path));
}

Result<QByteArray> OwnerOnlyFileKeyStore::readExisting(int fd) const
{
    using R = Result<QByteArray>;
    struct stat info
    {};
    if (::fstat(fd, &info) != 0)
        return R::failure(tr("Cannot read the key file %1: %2").arg(m_path, lastError()));
    if (!S_ISREG(info.st_mode))
        return R::failure(
            tr("The key file %1 is not a regular file. It was left unchanged.").arg(m_path));
    if (info.st_uid != ::geteuid())
        return R::failure(tr("The key file %1 belongs to another user (user id %2); OneWindow "
                             "uses a key file only when it belongs to the user running it. It "
                             "was left unchanged.")
                              .arg(m_path)
                              .arg(info.st_uid));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return R::failure(tr("The key file %1 can be read or changed by other users (permissions "
                             "%2): the key protects applicants' personal files and must be "
                             "readable by its owner only. Run \"chmod 600 %1\" and consider the "
                             "key exposed. The file was left unchanged.")
                              .arg(m_path, octal(info.st_mode)));
    if (info.st_size != KeySize)
        return R::failure(tr("The key file %1 holds %2 bytes, but a key has %3: it is damaged or "
                             "not a OneWindow key. It was left unchanged (a new key would make "
                             "the stored files unreadable).")
                              .arg(m_path)
                              .arg(static_cast<qint64>(info.st_size))
                              .arg(KeySize));
    QByteArray key(KeySize, Qt::Uninitialized);
    if (!readAll(fd, key.data(), key.size())) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        return R::failure(tr("Cannot read the key file %1: %2").arg(m_path, lastError()));
    }
    return R::success(std::move(key));
}

Status OwnerOnlyFileKeyStore::create() const
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();

    // Every missing folder on the way is created for the owner only.
    QStringList missing;
    for (QString current = QDir::cleanPath(folder); !QFileInfo::exists(current);) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& dir : std::as_const(missing)) {
        const QByteArray nativeDir = QFile::encodeName(dir);
        if (::mkdir(nativeDir.constData(), 0700) != 0) {
            if (errno == EEXIST)
                continue;
            return Status::failure(tr("Cannot create the folder %1 for the key file %2: %3")
                                       .arg(dir, m_path, lastError()));
        }
        ::chmod(nativeDir.constData(), 0700); // whatever the umask
    }
    if (!QFileInfo(folder).isDir())
        return Status::failure(
            tr("Cannot create the key file %1: %2 is not a folder.").arg(m_path, folder));

    unsigned char suffix[8];
    randombytes_buf(suffix, sizeof suffix);
    const QString tempPath =
        m_path + QStringLiteral(".tmp-") +
        QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(suffix), sizeof suffix).toHex());
    const QByteArray nativeTemp = QFile::encodeName(tempPath);
    const QByteArray native = QFile::encodeName(m_path);

    Descriptor fd(
        ::open(nativeTemp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return Status::failure(tr("Cannot create the key file %1 in the folder %2: %3")
                                   .arg(m_path, folder, lastError()));

    QByteArray key(KeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    const bool written = ::fchmod(fd.get(), 0600) == 0 &&
                         writeAll(fd.get(), key.constData(), key.size()) && ::fsync(fd.get()) == 0;
    const int writeErrno = errno;
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    if (!written || ::close(fd.release()) != 0) {
        const QString reason = qt_error_string(written ? errno : writeErrno);
        ::unlink(nativeTemp.constData());
        return Status::failure(tr("Cannot write the key file %1: %2").arg(m_path, reason));
    }

    // link() never replaces: if another program created the key meanwhile, its key wins.
    if (::link(nativeTemp.constData(), native.constData()) != 0 && errno != EEXIST) {
        const QString reason = lastError();
        ::unlink(nativeTemp.constData());
        return Status::failure(tr("Cannot create the key file %1: %2").arg(m_path, reason));
    }
    ::unlink(nativeTemp.constData());

    Descriptor dir(
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0)
        ::fsync(dir.get());
    return Status::success();
}

} // namespace ow
