// Encrypted personal files at rest (SecureFileStore). Runs as an unprivileged user under ctest
// (see tests/support/run-unprivileged.sh) so that the read-only folder cases are real.
#include "files/SecureFileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace ow;

namespace {

QByteArray makeKey(quint32 seed)
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& byte : key)
        byte = static_cast<char>(generator.bounded(256));
    return key;
}

QString sha256(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Every file below folder (hidden ones too), relative path → SHA-256 of its bytes.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path),
                     QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256));
    }
    return files;
}

QByteArray binaryContent()
{
    QByteArray bytes;
    for (int round = 0; round < 4; ++round)
        for (int b = 0; b < 256; ++b)
            bytes.append(static_cast<char>(b));
    bytes.append(QByteArray(100, '\0'));
    bytes.append("\xff\xfe\x00\x01\r\n\x1a", 7);
    return bytes;
}

QByteArray largeContent(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20240601);
    for (char& byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    return bytes;
}

// A document-sized text (a scanned certificate's OCR layer, say) with marker in the middle.
QString document(const QString& marker)
{
    QString text;
    for (int line = 0; line < 2000; ++line)
        text +=
            QStringLiteral("Line %1 of the applicant's file; nothing special here.\n").arg(line);
    text.insert(text.size() / 2, marker);
    return text;
}

QByteArray utf16Bytes(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

const QRegularExpression storedName(QStringLiteral("^[0-9a-f]{2}/[0-9a-f]{64}$"));

} // namespace

class TestSecureFileStore : public QObject
{
    Q_OBJECT

private:
    // A load that must be refused: the message names the file and says why, nothing changes.
    void expectRefused(const SecureFileStore& store, const QString& name, const QString& why)
    {
        const QMap<QString, QByteArray> before = snapshot(store.folder());
        const Result<QByteArray> loaded = store.load(name);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(store.pathFor(name)), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(why), qPrintable(loaded.error()));
        QCOMPARE(snapshot(store.folder()), before);
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("small") << QByteArrayLiteral("Residence permit no. 12345");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("5 MB") << largeContent(5 * 1024 * 1024);
        QTest::newRow("binary") << binaryContent();
    }

    void roundTrip()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        SecureFileStore store(dir.filePath(QStringLiteral("files")), makeKey(1));
        const Result<QString> stored = store.store(content);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        const QString name = stored.value();
        QCOMPARE(name, sha256(content));

        const QString expectedPath =
            dir.filePath(QStringLiteral("files/") + name.left(2) + QLatin1Char('/') + name);
        QCOMPARE(store.pathFor(name), expectedPath);
        QVERIFY(QFileInfo(expectedPath).isFile());
        QVERIFY(store.contains(name));

        const QByteArray onDisk = readAll(expectedPath);
        QVERIFY(onDisk.startsWith("OWE1"));
        QCOMPARE(onDisk.size(), 4 + 24 + 16 + content.size()); // magic, nonce, MAC, ciphertext

        const Result<QByteArray> loaded = store.load(name);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value().size(), content.size());
        QVERIFY(loaded.value() == content);

        // A second store object (the program restarted) reads it with the same key.
        const SecureFileStore reopened(store.folder(), makeKey(1));
        QVERIFY(reopened.load(name).ok());
        QVERIFY(reopened.load(name).value() == content);
    }

    void storedBytesDoNotContainThePlaintext_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("marker");
        const QString latin = QStringLiteral("APPLICANT-MARKER-ID-110101199003071234");
        const QString chinese = QStringLiteral("居民身份证张三北京市朝阳区幸福路八号");
        QTest::newRow("UTF-8 document") << document(latin).toUtf8() << latin.toUtf8();
        QTest::newRow("UTF-16 document") << utf16Bytes(document(latin)) << utf16Bytes(latin);
        QTest::newRow("Chinese UTF-8") << document(chinese).toUtf8() << chinese.toUtf8();
        QTest::newRow("Chinese UTF-16") << utf16Bytes(document(chinese)) << utf16Bytes(chinese);
    }

    void storedBytesDoNotContainThePlaintext()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, marker);
        QVERIFY(content.contains(marker)); // the check below means something
        QVERIFY(content.size() > 50000);
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(2));
        const Result<QString> stored = store.store(content);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        const QByteArray onDisk = readAll(store.pathFor(stored.value()));
        QCOMPARE(onDisk.size(), content.size() + 44);
        QVERIFY(!onDisk.contains(marker));
        QVERIFY(!onDisk.contains(marker.left(12)));
        QVERIFY(!onDisk.contains(QByteArrayLiteral("Line 1000 of the applicant")));
        QVERIFY(store.load(stored.value()).value() == content);
    }

    void eachWriteUsesAFreshNonce()
    {
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(3));
        const QByteArray content = QByteArrayLiteral("the same scan, stored twice");
        const QString name = store.store(content).value();
        const QByteArray first = readAll(store.pathFor(name));
        QVERIFY(store.remove(name).ok());
        QCOMPARE(store.store(content).value(), name);
        const QByteArray second = readAll(store.pathFor(name));
        QCOMPARE(second.size(), first.size());
        QVERIFY(first.mid(4, 24) != second.mid(4, 24)); // nonce
        QVERIFY(first.mid(28) != second.mid(28));       // ciphertext
        QVERIFY(store.load(name).value() == content);
    }

    void sameContentTwiceKeepsOneFile()
    {
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(4));
        const QByteArray content = QByteArrayLiteral("diploma scan");
        const Result<QString> first = store.store(content);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QMap<QString, QByteArray> afterFirst = snapshot(dir.path());
        QCOMPARE(afterFirst.size(), 1);

        const Result<QString> second = store.store(content);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second.value(), first.value());
        QCOMPARE(snapshot(dir.path()), afterFirst); // not even rewritten

        QVERIFY(store.store(QByteArrayLiteral("another scan")).ok());
        QCOMPARE(snapshot(dir.path()).size(), 2);
    }

    void flippedByteIsRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("why");
        QTest::newRow("magic") << 1 << QStringLiteral("not an encrypted OneWindow file");
        QTest::newRow("nonce") << 10 << QStringLiteral("integrity check");
        QTest::newRow("MAC") << 30 << QStringLiteral("integrity check");
        QTest::newRow("ciphertext") << 200 << QStringLiteral("integrity check");
        QTest::newRow("last byte") << -1 << QStringLiteral("integrity check");
    }

    void flippedByteIsRefused()
    {
        QFETCH(int, offset);
        QFETCH(QString, why);
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(5));
        const QString name = store.store(document(QStringLiteral("x")).toUtf8()).value();
        const QString path = store.pathFor(name);
        QByteArray bytes = readAll(path);
        const int at = offset >= 0 ? offset : int(bytes.size()) - 1;
        bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
        QVERIFY(writeAll(path, bytes));
        expectRefused(store, name, why);
        QVERIFY(!store.store(document(QStringLiteral("x")).toUtf8()).ok()); // not overwritten
        QCOMPARE(readAll(path), bytes);
    }

    void truncatedFileIsRefused_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("why");
        QTest::newRow("one byte short") << -1 << QStringLiteral("integrity check");
        QTest::newRow("half") << -2 << QStringLiteral("integrity check");
        QTest::newRow("header only") << 28 << QStringLiteral("truncated");
        QTest::newRow("inside the magic") << 2 << QStringLiteral("truncated");
        QTest::newRow("empty") << 0 << QStringLiteral("truncated");
    }

    void truncatedFileIsRefused()
    {
        QFETCH(int, keep);
        QFETCH(QString, why);
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(6));
        const QString name = store.store(QByteArray(4000, 'p')).value();
        const QString path = store.pathFor(name);
        const QByteArray bytes = readAll(path);
        const qsizetype size = keep == -1 ? bytes.size() - 1 : keep == -2 ? bytes.size() / 2 : keep;
        QVERIFY(writeAll(path, bytes.left(size)));
        QCOMPARE(QFileInfo(path).size(), size);
        expectRefused(store, name, why);
    }

    void fileRenamedToAnotherHashIsRefused()
    {
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(7));
        const QString first = store.store(QByteArrayLiteral("birth certificate")).value();
        const QString second = store.store(QByteArrayLiteral("marriage certificate")).value();

        // Replaced: the file of one name now holds the (intact) encryption of another content.
        QVERIFY(QFile::remove(store.pathFor(second)));
        QVERIFY(QFile::copy(store.pathFor(first), store.pathFor(second)));
        expectRefused(store, second, QStringLiteral("renamed or replaced"));
        QVERIFY(store.load(first).ok());

        // Renamed to a name nothing was stored under.
        const QString other = sha256(QByteArrayLiteral("never stored"));
        QVERIFY(QDir().mkpath(QFileInfo(store.pathFor(other)).absolutePath()));
        QVERIFY(QFile::rename(store.pathFor(first), store.pathFor(other)));
        expectRefused(store, other, QStringLiteral("renamed or replaced"));
        expectRefused(store, first, QStringLiteral("No encrypted file"));
    }

    void wrongKeyIsRefused()
    {
        QTemporaryDir dir;
        const QByteArray content = QByteArrayLiteral("household register page");
        const QString name = SecureFileStore(dir.path(), makeKey(8)).store(content).value();
        SecureFileStore wrong(dir.path(), makeKey(9));
        expectRefused(wrong, name, QStringLiteral("another key"));

        // Storing the same content with the wrong key does not replace the good file.
        const QMap<QString, QByteArray> before = snapshot(dir.path());
        const Result<QString> stored = wrong.store(content);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(wrong.pathFor(name)), qPrintable(stored.error()));
        QCOMPARE(snapshot(dir.path()), before);
        QVERIFY(SecureFileStore(dir.path(), makeKey(8)).load(name).value() == content);
    }

    void keyOfWrongSizeIsRefused()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("files"));
        SecureFileStore store(folder, QByteArray(16, 'k'));
        const Result<QString> stored = store.store(QByteArrayLiteral("x"));
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(QStringLiteral("16 bytes")), qPrintable(stored.error()));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void malformedNamesAreRefusedWithoutTouchingTheDisk_data()
    {
        QTest::addColumn<QString>("name");
        const QString valid = sha256(QByteArrayLiteral("valid"));
        QTest::newRow("traversal") << QStringLiteral("../../etc/passwd");
        QTest::newRow("short traversal") << QStringLiteral("../x");
        QTest::newRow("traversal of 64 chars")
            << QStringLiteral("../") + valid.left(61); // the right length, still refused
        QTest::newRow("uppercase hex") << valid.toUpper();
        QTest::newRow("63 chars") << valid.left(63);
        QTest::newRow("65 chars") << valid + QLatin1Char('0');
        QTest::newRow("empty") << QString();
        QTest::newRow("with a slash") << valid.left(2) + QLatin1Char('/') + valid.left(61);
        QTest::newRow("not hex") << valid.left(63) + QLatin1Char('g');
        QTest::newRow("fullwidth digit") << valid.left(63) + QChar(0xFF10);
        QTest::newRow("absolute") << QStringLiteral("/") + valid.left(63);
    }

    void malformedNamesAreRefusedWithoutTouchingTheDisk()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("never-created"));
        SecureFileStore store(folder, makeKey(10));
        QVERIFY(!SecureFileStore::isValidName(name));
        QVERIFY(store.pathFor(name).isEmpty());
        QVERIFY(!store.contains(name));
        const Result<QByteArray> loaded = store.load(name);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("is not the name of a file")),
                 qPrintable(loaded.error()));
        const Status removed = store.remove(name);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().contains(QStringLiteral("is not the name of a file")),
                 qPrintable(removed.error()));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void validNameNotStoredIsNamed()
    {
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(11));
        const QString name = sha256(QByteArrayLiteral("absent"));
        QVERIFY(SecureFileStore::isValidName(name));
        QVERIFY(!store.contains(name));
        expectRefused(store, name, QStringLiteral("No encrypted file"));
    }

    void noTemporaryFilesAreLeft()
    {
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(12));
        QStringList names;
        for (int i = 0; i < 40; ++i)
            names << store.store(QByteArray::number(i).repeated(100)).value();
        QVERIFY(store.store(QByteArray::number(7).repeated(100)).ok()); // again: nothing new
        const QStringList files = snapshot(dir.path()).keys();
        QCOMPARE(files.size(), 40);
        for (const QString& file : files)
            QVERIFY2(storedName.match(file).hasMatch(), qPrintable(file));
        for (const QString& name : std::as_const(names))
            QVERIFY(files.contains(name.left(2) + QLatin1Char('/') + name));
    }

    void filesAndFoldersAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("a/b"));
        SecureFileStore store(folder, makeKey(13));
        const QString name = store.store(QByteArrayLiteral("passport")).value();
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(store.pathFor(name)).permissions() & (ownerOnly | others), ownerOnly);
        for (const QString& made : {dir.filePath(QStringLiteral("a")), folder,
                                    QFileInfo(store.pathFor(name)).absolutePath()})
            QCOMPARE(QFileInfo(made).permissions() & others, QFileDevice::Permissions());
    }

    void removeDeletesOnlyThatFile()
    {
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(14));
        const QString kept = store.store(QByteArrayLiteral("kept")).value();
        const QString gone = store.store(QByteArrayLiteral("gone")).value();
        const Status removed = store.remove(gone);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(!store.contains(gone));
        QVERIFY(!QFileInfo::exists(store.pathFor(gone)));
        QVERIFY(store.contains(kept));
        QVERIFY(store.load(kept).ok());
        QVERIFY(store.remove(gone).ok()); // already gone: still succeeds
        QCOMPARE(snapshot(dir.path()).size(), 1);
    }

    void failedWriteLeavesNoTemporaryFile()
    {
        // The disk "fills up" in the middle of the write: files may not grow beyond 64 KiB.
        QTemporaryDir dir;
        SecureFileStore store(dir.path(), makeKey(16));
        const QString small = store.store(QByteArrayLiteral("fits")).value();
        const QMap<QString, QByteArray> before = snapshot(dir.path());
        rlimit saved{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a kill
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
        const QByteArray content = largeContent(1024 * 1024);
        const Result<QString> stored = store.store(content);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!stored.ok());
        const QString path =
            dir.filePath(sha256(content).left(2) + QLatin1Char('/') + sha256(content));
        QVERIFY2(stored.error().contains(path), qPrintable(stored.error()));
        QCOMPARE(snapshot(dir.path()), before); // no temporary file, no partial file
        QVERIFY(!store.contains(sha256(content)));
        QVERIFY(store.load(small).ok());
        QVERIFY(store.store(content).ok()); // and it works once there is room again
    }

    void readOnlyFolderIsNamedAndLeftClean()
    {
        if (::geteuid() == 0)
            QSKIP("root may write anywhere; ctest runs this test as an unprivileged user");
        QTemporaryDir dir;
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner;
        const auto writable = readOnly | QFileDevice::WriteOwner;
        SecureFileStore store(dir.path(), makeKey(15));

        // The store's folder itself is read-only: the subfolder cannot be made.
        QVERIFY(QFile::setPermissions(dir.path(), readOnly));
        const Result<QString> refused = store.store(QByteArrayLiteral("first"));
        QVERIFY(QFile::setPermissions(dir.path(), writable));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(dir.path()), qPrintable(refused.error()));
        QVERIFY(snapshot(dir.path()).isEmpty());

        // The subfolder exists but is read-only: the temporary file cannot be made.
        const QString first = store.store(QByteArrayLiteral("first")).value();
        QByteArray sibling;
        for (int i = 0; sibling.isEmpty() || sha256(sibling).left(2) != first.left(2); ++i)
            sibling = QByteArrayLiteral("sibling ") + QByteArray::number(i);
        const QString subfolder = QFileInfo(store.pathFor(first)).absolutePath();
        const QMap<QString, QByteArray> before = snapshot(dir.path());
        QVERIFY(QFile::setPermissions(subfolder, readOnly));
        const Result<QString> refusedAgain = store.store(sibling);
        QVERIFY(QFile::setPermissions(subfolder, writable));
        QVERIFY(!refusedAgain.ok());
        QVERIFY2(refusedAgain.error().contains(subfolder), qPrintable(refusedAgain.error()));
        QCOMPARE(snapshot(dir.path()), before);
        QVERIFY(store.store(sibling).ok()); // and works once the folder is writable again
    }
};

QTEST_GUILESS_MAIN(TestSecureFileStore)
#include "TestSecureFileStore.moc"
