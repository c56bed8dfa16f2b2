#include "security/AuditChain.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace ow;

namespace {

QDateTime baseTime()
{
    return QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
}

// A sealed chain of `count` records, numbered from 1.
QList<AuditRecord> makeChain(int count)
{
    QList<AuditRecord> chain;
    QByteArray previous = AuditChain::genesisHash();
    for (int i = 1; i <= count; ++i) {
        AuditRecord record;
        record.sequence = i;
        record.at = baseTime().addMSecs(qint64(i) * 61001);
        record.userName = QStringLiteral("zhangwei");
        record.centerCode = QStringLiteral("370403");
        record.window = QStringLiteral("W%1").arg(i % 3 + 1);
        record.action = QStringLiteral("case.accept");
        record.subject = QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0'));
        record.detail = QStringLiteral("受理 第%1件 😀").arg(i);
        record = AuditChain::seal(record, previous);
        previous = record.hash;
        chain.append(record);
    }
    return chain;
}

// The fields of a record and a change to each, for the field-by-field tamper test.
using Change = std::function<void(AuditRecord&)>;
QList<std::pair<QString, Change>> fieldChanges()
{
    return {
        {QStringLiteral("sequence"), [](AuditRecord& r) { r.sequence += 100; }},
        {QStringLiteral("at"), [](AuditRecord& r) { r.at = r.at.addMSecs(1); }},
        {QStringLiteral("userName"), [](AuditRecord& r) { r.userName = QStringLiteral("lisi"); }},
        {QStringLiteral("centerCode"), [](AuditRecord& r) { r.centerCode.chop(1); }},
        {QStringLiteral("window"), [](AuditRecord& r) { r.window = QStringLiteral("W9"); }},
        {QStringLiteral("action"),
         [](AuditRecord& r) { r.action = QStringLiteral("case.delete"); }},
        {QStringLiteral("subject"), [](AuditRecord& r) { r.subject += QLatin1Char(' '); }},
        {QStringLiteral("detail"), [](AuditRecord& r) { r.detail = QString(); }},
        {QStringLiteral("previousHash"),
         [](AuditRecord& r) { r.previousHash[5] = r.previousHash.at(5) == 'a' ? 'b' : 'a'; }},
        {QStringLiteral("hash"),
         [](AuditRecord& r) { r.hash[63] = r.hash.at(63) == 'a' ? 'b' : 'a'; }},
    };
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void genesisIsSixtyFourZeros() { QCOMPARE(AuditChain::genesisHash(), QByteArray(64, '0')); }

    void hashIsLowercaseHexSha256()
    {
        const AuditRecord record = makeChain(1).first();
        QCOMPARE(record.hash.size(), 64);
        for (const char c : record.hash)
            QVERIFY((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        QCOMPARE(record.previousHash, AuditChain::genesisHash());
        QCOMPARE(AuditChain::computeHash(record), record.hash);
    }

    // The canonical serialization is part of the stored data: this pins it down byte for byte.
    void hashesTheDocumentedSerialization()
    {
        AuditRecord record;
        record.sequence = 17;
        record.at = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
        record.userName = QStringLiteral("张伟");
        record.centerCode = QStringLiteral("370403");
        record.window = QStringLiteral("W3");
        record.action = QStringLiteral("case.accept");
        record.subject = QStringLiteral("E001");
        record.detail = QString();
        record.previousHash = AuditChain::genesisHash();
        const QByteArray canonical = QByteArrayLiteral("11:ow-audit-v1\n"
                                                       "2:17\n"
                                                       "24:2024-05-06T07:08:09.010Z\n") +
                                     QByteArrayLiteral("6:") + QStringLiteral("张伟").toUtf8() +
                                     QByteArrayLiteral("\n"
                                                       "6:370403\n"
                                                       "2:W3\n"
                                                       "11:case.accept\n"
                                                       "4:E001\n"
                                                       "0:\n"
                                                       "64:") +
                                     QByteArray(64, '0') + QByteArrayLiteral("\n");
        QCOMPARE(AuditChain::computeHash(record),
                 QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
    }

    // The same instant written in another zone hashes the same; one millisecond later does not.
    void hashesTheInstantInUtcToTheMillisecond()
    {
        AuditRecord utc = makeChain(1).first();
        AuditRecord shanghai = utc;
        shanghai.at = utc.at.toTimeZone(QTimeZone(8 * 3600));
        QCOMPARE(shanghai.at.offsetFromUtc(), 8 * 3600);
        QCOMPARE(AuditChain::computeHash(shanghai), utc.hash);
        AuditRecord later = utc;
        later.at = utc.at.addMSecs(1);
        QVERIFY(AuditChain::computeHash(later) != utc.hash);
    }

    // Moving text from one field into its neighbour changes the hash.
    void fieldBoundariesMatter()
    {
        AuditRecord a = makeChain(1).first();
        a.action = QStringLiteral("ab");
        a.subject = QStringLiteral("c");
        AuditRecord b = a;
        b.action = QStringLiteral("a");
        b.subject = QStringLiteral("bc");
        QVERIFY(AuditChain::computeHash(a) != AuditChain::computeHash(b));
    }

    void sealSetsTheLinks()
    {
        AuditRecord record = makeChain(1).first();
        const QByteArray previous(64, 'f');
        const AuditRecord sealed = AuditChain::seal(record, previous);
        QCOMPARE(sealed.previousHash, previous);
        QCOMPARE(sealed.hash, AuditChain::computeHash(sealed));
        QVERIFY(sealed.hash != record.hash);
    }

    void chainOfFiveVerifies()
    {
        const AuditChain::Verification result = AuditChain::verify(makeChain(5));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.firstBadSequence, qint64(0));
        QVERIFY2(result.message.startsWith(QStringLiteral("5 record")), qPrintable(result.message));
    }

    void emptyListVerifies()
    {
        const AuditChain::Verification result = AuditChain::verify({});
        QVERIFY(result.ok);
        QCOMPARE(result.firstBadSequence, qint64(0));
        QVERIFY(!result.message.isEmpty());
    }

    // A list that starts after record 1 (the newest part of a long log) is checked from there on.
    void tailVerifies()
    {
        const QList<AuditRecord> tail = makeChain(5).mid(2);
        const AuditChain::Verification result = AuditChain::verify(tail);
        QVERIFY2(result.ok, qPrintable(result.message));
        QList<AuditRecord> broken = tail;
        broken[1].detail = QStringLiteral("x");
        QCOMPARE(AuditChain::verify(broken).firstBadSequence, qint64(4));
    }

    void detectsAChangedField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("index");
        for (const auto& [field, change] : fieldChanges())
            for (int index = 0; index < 5; ++index)
                QTest::addRow("%s of record %d", qPrintable(field), index + 1) << field << index;
    }

    void detectsAChangedField()
    {
        QFETCH(QString, field);
        QFETCH(int, index);
        QList<AuditRecord> chain = makeChain(5);
        bool changed = false;
        for (const auto& [name, change] : fieldChanges())
            if (name == field) {
                change(chain[index]);
                changed = true;
            }
        QVERIFY(changed);
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, qint64(index + 1));
        QCOMPARE(result.message,
                 QStringLiteral("record %1 was changed after it was written").arg(index + 1));
    }

    void detectsDeletedRecords_data()
    {
        QTest::addColumn<QList<int>>("deleted"); // indexes, highest first
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("message");
        QTest::newRow("middle") << QList<int>{2} << qint64(3)
                                << QStringLiteral("record 3 is missing");
        QTest::newRow("second") << QList<int>{1} << qint64(2)
                                << QStringLiteral("record 2 is missing");
        QTest::newRow("two") << QList<int>{2, 1} << qint64(2)
                             << QStringLiteral("records 2 to 3 are missing");
        QTest::newRow("three") << QList<int>{3, 2, 1} << qint64(2)
                               << QStringLiteral("records 2 to 4 are missing");
    }

    void detectsDeletedRecords()
    {
        QFETCH(QList<int>, deleted);
        QFETCH(qint64, firstBad);
        QFETCH(QString, message);
        QList<AuditRecord> chain = makeChain(5);
        for (const int index : deleted)
            chain.removeAt(index);
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, firstBad);
        QCOMPARE(result.message, message);
    }

    // Records moved in the list (their numbers move with them).
    void detectsSwappedRecords_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("neighbours") << 1 << 2 << qint64(2);
        QTest::newRow("apart") << 1 << 3 << qint64(2);
        QTest::newRow("first and last") << 0 << 4 << qint64(1);
    }

    void detectsSwappedRecords()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(qint64, firstBad);
        QList<AuditRecord> chain = makeChain(5);
        chain.swapItemsAt(a, b);
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, firstBad);
        QVERIFY2(result.message.contains(QStringLiteral("out of order")),
                 qPrintable(result.message));
    }

    // Two records' contents exchanged while the numbers stay in place.
    void detectsSwappedContents()
    {
        QList<AuditRecord> chain = makeChain(5);
        std::swap(chain[1].window, chain[2].window);
        std::swap(chain[1].subject, chain[2].subject);
        std::swap(chain[1].detail, chain[2].detail);
        std::swap(chain[1].at, chain[2].at);
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, qint64(2));
        QCOMPARE(result.message, QStringLiteral("record 2 was changed after it was written"));
    }

    void detectsADuplicate()
    {
        QList<AuditRecord> chain = makeChain(5);
        chain.insert(3, chain.at(2));
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, qint64(3));
        QCOMPARE(result.message, QStringLiteral("record 3 appears twice"));
    }

    // Resealing a changed record is not enough: the next record's link still names the old hash.
    void detectsAResealedRecord()
    {
        QList<AuditRecord> chain = makeChain(5);
        chain[2].detail = QStringLiteral("受理 (altered)");
        chain[2] = AuditChain::seal(chain[2], chain[2].previousHash);
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, qint64(4));
        QVERIFY2(result.message.contains(QStringLiteral("record 4 does not follow record 3")),
                 qPrintable(result.message));
    }

    void detectsABrokenGenesisLink_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<bool>("reseal");
        QTest::addColumn<QString>("message");
        const QString changed = QStringLiteral("record 1 was changed after it was written");
        const QString unlinked = QStringLiteral("record 1 does not start the chain");
        QTest::newRow("truncated") << QByteArray(32, '0') << false << changed;
        QTest::newRow("truncated, resealed") << QByteArray(32, '0') << true << unlinked;
        QTest::newRow("empty, resealed") << QByteArray() << true << unlinked;
        QTest::newRow("other hash, resealed") << QByteArray(64, 'a') << true << unlinked;
    }

    void detectsABrokenGenesisLink()
    {
        QFETCH(QByteArray, link);
        QFETCH(bool, reseal);
        QFETCH(QString, message);
        QList<AuditRecord> chain = makeChain(5);
        chain[0].previousHash = link;
        if (reseal) {
            chain[0] = AuditChain::seal(chain[0], link);
            for (int i = 1; i < chain.size(); ++i)
                chain[i] = AuditChain::seal(chain[i], chain[i - 1].hash);
        }
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, qint64(1));
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
    }

    // Record 1 removed and record 2 rewritten to start the log: record 1 is reported missing.
    void detectsAReplacedBeginning()
    {
        QList<AuditRecord> chain = makeChain(5);
        chain.removeFirst();
        chain[0] = AuditChain::seal(chain[0], AuditChain::genesisHash());
        for (int i = 1; i < chain.size(); ++i)
            chain[i] = AuditChain::seal(chain[i], chain[i - 1].hash);
        const AuditChain::Verification result = AuditChain::verify(chain);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, qint64(1));
        QCOMPARE(result.message, QStringLiteral("record 1 is missing"));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
