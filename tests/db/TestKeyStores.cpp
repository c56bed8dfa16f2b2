// Where the key of the encrypted files is kept: the owner-only key file, the keychain and the
// choice between them. Runs as an unprivileged user under ctest (see
// tests/support/run-unprivileged.sh) so that the permission checks are real.
#include "FileFingerprint.h"
#include "files/KeyStores.h"
#include "files/KeychainKeyStore.h"
#include "files/OwnerOnlyFileKeyStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace ow;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

// Writes bytes to path with exactly the given permissions, whatever the umask.
bool writeKeyFile(const QString& path, const QByteArray& bytes, mode_t mode)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            return false;
    }
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// A session bus that accepts connections and never says a word: a hung keychain.
class SilentBus
{
public:
    explicit SilentBus(const QString& path) : m_fd(::socket(AF_UNIX, SOCK_STREAM, 0))
    {
        const QByteArray native = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (m_fd < 0 || native.size() >= qsizetype(sizeof address.sun_path))
            return;
        std::copy(native.begin(), native.end(), address.sun_path);
        m_listening =
            ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0 &&
            ::listen(m_fd, 16) == 0;
    }
    ~SilentBus()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentBus(const SilentBus&) = delete;
    SilentBus& operator=(const SilentBus&) = delete;
    bool listening() const { return m_listening; }

private:
    int m_fd;
    bool m_listening = false;
};

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                  QDir::System);
}

} // namespace

class TestKeyStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As on a server: no desktop session, so no keychain can be reached, and nothing that
        // could start a session bus on the fly (X11 autolaunch, the user bus socket).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("XDG_RUNTIME_DIR");
    }

    void keyFileIsCreatedOwnerOnlyInAnOwnerOnlyFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/keys"));
        const QString path = folder + QStringLiteral("/files.key");
        OwnerOnlyFileKeyStore store(path);
        const Result<QByteArray> key = store.loadOrCreateKey();
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(key.value().size(), 32);
        QVERIFY(key.value() != QByteArray(32, '\0'));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("config"))), mode_t(0700));
        QCOMPARE(entries(folder), QStringList{QStringLiteral("files.key")}); // no temp file
        QVERIFY(store.describe().contains(path));
        QVERIFY(!store.describe().contains(QString::fromLatin1(key.value().toHex())));
    }

    void sameKeyOnTheSecondLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("files.key"));
        const Result<QByteArray> first = OwnerOnlyFileKeyStore(path).loadOrCreateKey();
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray before = test::fingerprint(path);
        const Result<QByteArray> second = OwnerOnlyFileKeyStore(path).loadOrCreateKey();
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second.value(), first.value());
        QCOMPARE(test::fingerprint(path), before);

        // Another file gets another (random) key.
        const Result<QByteArray> other =
            OwnerOnlyFileKeyStore(dir.filePath(QStringLiteral("other.key"))).loadOrCreateKey();
        QVERIFY(other.ok());
        QVERIFY(other.value() != first.value());
    }

    void programsStartingTogetherAgreeOnOneKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys/files.key"));
        constexpr int count = 8;
        std::vector<QByteArray> keys(count);
        std::vector<QString> errors(count);
        {
            std::vector<std::thread> threads;
            for (int i = 0; i < count; ++i)
                threads.emplace_back([&, i] {
                    const Result<QByteArray> key = OwnerOnlyFileKeyStore(path).loadOrCreateKey();
                    keys[i] = key.ok() ? key.value() : QByteArray();
                    errors[i] = key.error();
                });
            for (std::thread& thread : threads)
                thread.join();
        }
        for (int i = 0; i < count; ++i) {
            QVERIFY2(keys[i].size() == 32, qPrintable(errors[i]));
            QCOMPARE(keys[i], keys[0]);
        }
        QCOMPARE(OwnerOnlyFileKeyStore(path).loadOrCreateKey().value(), keys[0]);
        QCOMPARE(entries(QFileInfo(path).absolutePath()), QStringList{QStringLiteral("files.key")});
    }

    void keyFileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620 (group may write)") << 0620;
        QTest::newRow("0666") << 0666;
    }

    void keyFileOthersCanReadIsRefused()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("files.key"));
        const QByteArray key = QByteArrayLiteral("0123456789abcdefghijklmnopqrstuv");
        QVERIFY(writeKeyFile(path, key, mode_t(mode)));
        const QByteArray before = test::fingerprint(path);
        const Result<QByteArray> loaded = OwnerOnlyFileKeyStore(path).loadOrCreateKey();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(path), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(QStringLiteral("other users")),
                 qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(QStringLiteral("0%1").arg(mode, 0, 8)),
                 qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(QStringLiteral("chmod 600")), qPrintable(loaded.error()));
        QVERIFY(!loaded.error().contains(QString::fromLatin1(key)));
        QVERIFY(!loaded.error().contains(QString::fromLatin1(key.toHex())));
        QCOMPARE(test::fingerprint(path), before);
        QCOMPARE(modeOf(path), mode_t(mode));
    }

    void keyFileOfWrongLengthIsRefused_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("empty") << 0;
        QTest::newRow("31 bytes") << 31;
        QTest::newRow("33 bytes") << 33;
        QTest::newRow("64 bytes (hex?)") << 64;
    }

    void keyFileOfWrongLengthIsRefused()
    {
        QFETCH(int, length);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("files.key"));
        QVERIFY(writeKeyFile(path, QByteArray(length, 'k'), 0600));
        const QByteArray before = test::fingerprint(path);
        const Result<QByteArray> loaded = OwnerOnlyFileKeyStore(path).loadOrCreateKey();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(path), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(QStringLiteral("holds %1 bytes").arg(length)),
                 qPrintable(loaded.error()));
        QCOMPARE(test::fingerprint(path), before);
    }

    void keyFileThatIsASymlinkOrFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.key"));
        QVERIFY(OwnerOnlyFileKeyStore(real).loadOrCreateKey().ok());
        const QString link = dir.filePath(QStringLiteral("link.key"));
        QVERIFY(QFile::link(real, link));
        const Result<QByteArray> viaLink = OwnerOnlyFileKeyStore(link).loadOrCreateKey();
        QVERIFY(!viaLink.ok());
        QVERIFY2(viaLink.error().contains(link), qPrintable(viaLink.error()));
        QVERIFY2(viaLink.error().contains(QStringLiteral("symbolic link")),
                 qPrintable(viaLink.error()));

        const QString folder = dir.filePath(QStringLiteral("folder.key"));
        QVERIFY(QDir().mkdir(folder));
        const Result<QByteArray> viaFolder = OwnerOnlyFileKeyStore(folder).loadOrCreateKey();
        QVERIFY(!viaFolder.ok());
        QVERIFY2(viaFolder.error().contains(folder), qPrintable(viaFolder.error()));
    }

    void keyFileInReadOnlyFolderIsRefused()
    {
        if (::geteuid() == 0)
            QSKIP("root may write anywhere; ctest runs this test as an unprivileged user");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("files.key"));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const Result<QByteArray> key = OwnerOnlyFileKeyStore(path).loadOrCreateKey();
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().contains(path), qPrintable(key.error()));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void keychainWithoutSessionBusFailsInTime()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        const std::chrono::milliseconds timeout(3000);
        KeychainKeyStore keychain(
            QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces), timeout);
        QVERIFY(keychain.describe().contains(QStringLiteral("OneWindow")));
        QElapsedTimer clock;
        clock.start();
        const Result<QByteArray> key = keychain.loadOrCreateKey();
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(!key.ok(), "a keychain answered without a session bus");
        QVERIFY2(key.error().contains(QStringLiteral("keychain")), qPrintable(key.error()));
        QVERIFY2(key.error().contains(keychain.entryName()), qPrintable(key.error()));
        QVERIFY2(elapsed < timeout.count() + 2000, qPrintable(QString::number(elapsed)));
        // Asking again fails the same way (nothing was cached, nothing crashed).
        QVERIFY(!keychain.loadOrCreateKey().ok());
    }

    void preferredWithoutSessionBusIsTheKeyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys/files.key"));
        QString problem;
        QElapsedTimer clock;
        clock.start();
        const std::unique_ptr<KeyStore> store = KeyStores::preferred(path, &problem);
        QVERIFY(clock.elapsed() < 2000); // the keychain was not even asked
        QVERIFY(store);
        const auto* file = dynamic_cast<const OwnerOnlyFileKeyStore*>(store.get());
        QVERIFY(file);
        QCOMPARE(file->path(), path);
        QVERIFY2(problem.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")), qPrintable(problem));
        const Result<QByteArray> key = store->loadOrCreateKey();
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void preferredWithUnreachableSessionBusIsTheKeyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("files.key"));
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QFile::encodeName(QStringLiteral("unix:path=") +
                                  dir.filePath(QStringLiteral("no-bus"))));
        QString problem;
        const std::unique_ptr<KeyStore> store = KeyStores::preferred(path, &problem);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(store);
        QVERIFY(dynamic_cast<const OwnerOnlyFileKeyStore*>(store.get()));
        QVERIFY2(problem.contains(QStringLiteral("keychain")), qPrintable(problem));
        QVERIFY(store->loadOrCreateKey().ok());
    }

    // Last of the keychain tests: the job that never finishes stays queued in QtKeychain (it must
    // not be deleted while the backend refers to it), so later jobs of this process would wait.
    void keychainThatNeverAnswersFailsAtItsTimeout()
    {
        if (!QLibrary(QStringLiteral("secret-1"), 0).load())
            QSKIP("libsecret (libsecret-1-0) is not installed: QtKeychain then fails at once "
                  "without waiting, and the timeout is not reached");
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("bus"));
        SilentBus bus(socket);
        QVERIFY(bus.listening());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QFile::encodeName(QStringLiteral("unix:path=") + socket));
        const std::chrono::milliseconds timeout(1500);
        KeychainKeyStore keychain(QStringLiteral("never-answered"), timeout);
        QElapsedTimer clock;
        clock.start();
        const Result<QByteArray> key = keychain.loadOrCreateKey();
        const qint64 elapsed = clock.elapsed();
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(!key.ok());
        QVERIFY2(key.error().contains(QStringLiteral("did not answer")), qPrintable(key.error()));
        QVERIFY2(key.error().contains(QStringLiteral("never-answered")), qPrintable(key.error()));
        QVERIFY2(elapsed >= timeout.count() - 50 && elapsed < timeout.count() + 1000,
                 qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestKeyStores)
#include "TestKeyStores.moc"
