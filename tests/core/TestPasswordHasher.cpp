#include "security/PasswordHasher.h"

#include <QElapsedTimer>
#include <QTest>

#include <sodium.h>

using namespace ow;

namespace {

QByteArray hashOrFail(const QString& password)
{
    Result<QByteArray> result = PasswordHasher::hash(password);
    if (!result)
        qFatal("%s", qPrintable(result.error()));
    return std::move(result).value();
}

// A hash made by libsodium directly from the given bytes and limits.
QByteArray sodiumHash(const QByteArray& bytes, unsigned long long opslimit, size_t memlimit,
                      int algorithm = crypto_pwhash_ALG_ARGON2ID13)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                              opslimit, memlimit, algorithm) != 0)
        qFatal("crypto_pwhash_str_alg failed");
    return QByteArray(out);
}

const QString Secret = QStringLiteral("Zaochen-2024-ok");

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << Secret;
        QTest::newRow("chinese") << QStringLiteral("一窗通服务中心2024");
        QTest::newRow("emoji") << QStringLiteral("p@ss😀word🔐123");
        QTest::newRow("spaces inside") << QStringLiteral("correct horse battery 7");
        QTest::newRow("empty") << QString();
        QTest::newRow("128 characters") << QString(128, QLatin1Char('x'));
        QTest::newRow("nul inside")
            << QStringLiteral("abc") + QChar(u'\0') + QStringLiteral("def1");
    }

    void roundTrips()
    {
        QFETCH(QString, password);
        const Result<QByteArray> stored = PasswordHasher::hash(password);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QVERIFY(PasswordHasher::verify(stored.value(), password));
        QVERIFY(!PasswordHasher::verify(stored.value(), password + QLatin1Char('x')));
        QVERIFY(!PasswordHasher::needsRehash(stored.value()));
    }

    void refusesWrongPasswords_data()
    {
        QTest::addColumn<QString>("wrong");
        QTest::newRow("other") << QStringLiteral("something-else-99");
        QTest::newRow("case changed") << QStringLiteral("zaochen-2024-ok");
        QTest::newRow("one character short") << Secret.chopped(1);
        QTest::newRow("trailing space") << Secret + QLatin1Char(' ');
        QTest::newRow("empty") << QString();
    }

    void refusesWrongPasswords()
    {
        QFETCH(QString, wrong);
        const QByteArray stored = hashOrFail(Secret);
        QVERIFY(PasswordHasher::verify(stored, Secret));
        QVERIFY(!PasswordHasher::verify(stored, wrong));
    }

    void storesTheArgon2idString()
    {
        const QByteArray stored = hashOrFail(Secret);
        QVERIFY2(stored.startsWith("$argon2id$"), stored.constData());
        // The interactive limits: 64 MiB, 2 passes, one lane.
        QVERIFY2(stored.contains("$m=65536,t=2,p=1$"), stored.constData());
        QVERIFY(stored.size() < qsizetype(crypto_pwhash_STRBYTES));
        for (const char c : stored)
            QVERIFY(c > ' ' && c < 127);
    }

    void saltsEveryHash()
    {
        const QByteArray first = hashOrFail(Secret);
        const QByteArray second = hashOrFail(Secret);
        QVERIFY(first != second);
        QVERIFY(PasswordHasher::verify(first, Secret));
        QVERIFY(PasswordHasher::verify(second, Secret));
    }

    // The password is hashed as UTF-8: a hash libsodium made of the UTF-8 bytes verifies, one of
    // the UTF-16 bytes does not.
    void hashesUtf8()
    {
        const QString password = QStringLiteral("一窗通密码😀2024");
        const QByteArray utf8 = sodiumHash(password.toUtf8(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                           crypto_pwhash_MEMLIMIT_INTERACTIVE);
        QVERIFY(PasswordHasher::verify(utf8, password));
        const QByteArray utf16Bytes(reinterpret_cast<const char*>(password.utf16()),
                                    password.size() * 2);
        const QByteArray utf16 = sodiumHash(utf16Bytes, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                            crypto_pwhash_MEMLIMIT_INTERACTIVE);
        QVERIFY(!PasswordHasher::verify(utf16, password));
    }

    void refusesMalformedStoredHashes_data()
    {
        QTest::addColumn<QByteArray>("stored");
        // Well-formed with today's limits, only the bytes are wrong: no rehash is asked for.
        QTest::addColumn<bool>("wellFormed");
        const QByteArray good = hashOrFail(Secret);
        // A character inside the hash part: every bit of it counts. (The last base64 character
        // carries padding bits that must be zero, so changing it can make the string malformed.)
        QByteArray lastCharChanged = good;
        char& inside = lastCharChanged[lastCharChanged.size() - 10];
        inside = inside == 'A' ? 'B' : 'A';
        QByteArray saltChanged = good;
        const qsizetype saltAt = good.indexOf("p=1$") + 4;
        saltChanged[saltAt] = saltChanged.at(saltAt) == 'A' ? 'B' : 'A';
        QByteArray otherVersion = good;
        otherVersion.replace("v=19", "v=16");

        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage") << QByteArray("not a hash at all") << false;
        QTest::newRow("prefix only") << QByteArray("$argon2id$") << false;
        QTest::newRow("truncated") << good.left(good.size() / 2) << false;
        QTest::newRow("one character short") << good.chopped(1) << false;
        QTest::newRow("hash changed") << lastCharChanged << true;
        QTest::newRow("salt changed") << saltChanged << true;
        QTest::newRow("version changed") << otherVersion << false;
        QTest::newRow("upper-case prefix")
            << QByteArray(good).replace("$argon2id$", "$ARGON2ID$") << false;
        QTest::newRow("trailing newline") << good + '\n' << false;
        QTest::newRow("nul inside") << good + QByteArray(1, '\0') + QByteArray("x") << false;
        QTest::newRow("overlong") << good + QByteArray(300, 'A') << false;
        QTest::newRow("plain text password") << Secret.toUtf8() << false;
        QTest::newRow("argon2i") << sodiumHash(Secret.toUtf8(),
                                               crypto_pwhash_argon2i_OPSLIMIT_INTERACTIVE,
                                               crypto_pwhash_argon2i_MEMLIMIT_INTERACTIVE,
                                               crypto_pwhash_ALG_ARGON2I13)
                                 << false;
        QTest::newRow("bcrypt")
            << QByteArray("$2y$10$abcdefghijklmnopqrstuuK0Qy3eLBI4hZrUVj1n5B.4P8eFj3WmW") << false;
    }

    void refusesMalformedStoredHashes()
    {
        QFETCH(QByteArray, stored);
        QFETCH(bool, wellFormed);
        QVERIFY(!PasswordHasher::verify(stored, Secret));
        // A hash one base64 character short still decodes (to a shorter hash) whenever the
        // dropped bits happen to leave valid padding: whether it counts as well formed depends
        // on the random salt and hash, so only its refusal is checked.
        if (QByteArray(QTest::currentDataTag()) != "one character short")
            QCOMPARE(PasswordHasher::needsRehash(stored), !wellFormed);
    }

    // A planted hash asking for gigabytes or endless passes is refused at once instead of making
    // one sign-in allocate 2 GiB.
    void refusesExpensiveParameters_data()
    {
        QTest::addColumn<QByteArray>("stored");
        const QByteArray good = hashOrFail(Secret);
        QTest::newRow("2 GiB") << QByteArray(good).replace("m=65536", "m=2097152");
        QTest::newRow("1000 passes") << QByteArray(good).replace("t=2", "t=1000");
        QTest::newRow("zero passes") << QByteArray(good).replace("t=2", "t=0");
        QTest::newRow("1000 lanes") << QByteArray(good).replace("p=1", "p=999");
    }

    void refusesExpensiveParameters()
    {
        QFETCH(QByteArray, stored);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PasswordHasher::verify(stored, Secret));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void asksForRehashWhenLimitsDiffer_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<bool>("needsRehash");
        const QByteArray password = Secret.toUtf8();
        QTest::newRow("current") << hashOrFail(Secret) << false;
        QTest::newRow("more passes") << sodiumHash(password, crypto_pwhash_OPSLIMIT_INTERACTIVE + 1,
                                                   crypto_pwhash_MEMLIMIT_INTERACTIVE)
                                     << true;
        QTest::newRow("less memory") << sodiumHash(password, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                   crypto_pwhash_MEMLIMIT_INTERACTIVE / 8)
                                     << true;
    }

    void asksForRehashWhenLimitsDiffer()
    {
        QFETCH(QByteArray, stored);
        QFETCH(bool, needsRehash);
        QVERIFY(PasswordHasher::verify(stored, Secret)); // still valid, only outdated
        QCOMPARE(PasswordHasher::needsRehash(stored), needsRehash);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
