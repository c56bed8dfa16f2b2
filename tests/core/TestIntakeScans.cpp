// Scans at the counter, without files or widgets: which bytes are accepted as a scan (by their
// magic numbers, never the name), the size limit, and how attaching and removing scans keeps a
// material's names, records, pages and state in step.
#include "cases/IntakeDraft.h"
#include "cases/ScanFormat.h"

#include <QTest>

using namespace ow;

namespace {

const QByteArray PngHead("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
const QByteArray JpegHead("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
const QByteArray PdfHead("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");

Scan scan(char fill, int pages)
{
    Scan s;
    s.sha256 = QString(64, QLatin1Char(fill));
    s.mediaType = ScanFormat::Pdf;
    s.fileName = QStringLiteral("scan-%1.pdf").arg(QLatin1Char(fill));
    s.pages = pages;
    s.size = 1000;
    return s;
}

IntakeDraft draftWithTwoMaterials()
{
    IntakeDraft draft;
    CaseMaterial id;
    id.key = QStringLiteral("id_card");
    id.name = QStringLiteral("居民身份证");
    CaseMaterial book;
    book.key = QStringLiteral("household_register");
    book.name = QStringLiteral("户口簿");
    book.state = CaseMaterial::State::Waived;
    draft.materials = {id, book};
    return draft;
}

} // namespace

class TestIntakeScans : public QObject
{
    Q_OBJECT

private slots:
    void typeComesFromTheContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("type");
        QTest::newRow("png") << (PngHead + QByteArray(100, 'x')) << "a.png" << ScanFormat::Png;
        QTest::newRow("jpeg") << (JpegHead + QByteArray(100, 'x')) << "a.jpg" << ScanFormat::Jpeg;
        QTest::newRow("pdf") << (PdfHead + QByteArray(100, 'x')) << "a.pdf" << ScanFormat::Pdf;
        // The name lies: the content decides.
        QTest::newRow("pdf named .jpg") << (PdfHead + "x") << "photo.jpg" << ScanFormat::Pdf;
        QTest::newRow("png named .pdf") << (PngHead + "x") << "scan.pdf" << ScanFormat::Png;
        QTest::newRow("pdf after junk")
            << (QByteArray(20, ' ') + PdfHead) << "a.pdf" << ScanFormat::Pdf;
        QTest::newRow("text named .pdf") << QByteArray("hello, not a pdf") << "a.pdf"
                                         << "";
        QTest::newRow("gif named .png") << QByteArray("GIF89a\x01\0\x01\0") << "a.png"
                                        << "";
        QTest::newRow("zip named .jpg") << QByteArray("PK\x03\x04rest") << "a.jpg"
                                        << "";
        QTest::newRow("half a png magic") << QByteArray("\x89PNG") << "a.png"
                                          << "";
        QTest::newRow("bmp") << QByteArray("BM\x36\0\0\0") << "a.jpg"
                             << "";
    }
    void typeComesFromTheContent()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, type);
        QCOMPARE(ScanFormat::sniff(content), type);
        const Result<QString> checked = ScanFormat::check(content, fileName);
        QCOMPARE(checked.ok(), !type.isEmpty());
        if (checked)
            QCOMPARE(checked.value(), type);
        else
            QVERIFY2(checked.error().contains(fileName) &&
                         checked.error().contains(QStringLiteral("JPEG, PNG or PDF")),
                     qPrintable(checked.error()));
    }

    void emptyAndTooLargeAreRefused()
    {
        const Result<QString> empty = ScanFormat::check(QByteArray(), QStringLiteral("e.pdf"));
        QVERIFY(!empty);
        QVERIFY2(empty.error().contains(QStringLiteral("empty")), qPrintable(empty.error()));

        QByteArray limit = PdfHead;
        limit.resize(ScanFormat::MaxBytes, 'x');
        QVERIFY(ScanFormat::check(limit, QStringLiteral("max.pdf")).ok());
        limit.append('x');
        const Result<QString> large = ScanFormat::check(limit, QStringLiteral("big.pdf"));
        QVERIFY(!large);
        QVERIFY2(large.error().contains(QStringLiteral("too large")) &&
                     large.error().contains(QStringLiteral("20.0 MB")),
                 qPrintable(large.error()));
    }

    void attachingAddsPagesAndMarksReceived()
    {
        IntakeDraft draft = draftWithTwoMaterials();
        QVERIFY(draft.attachScan(0, scan('a', 3)).ok());
        QVERIFY(draft.attachScan(0, scan('b', 1)).ok());
        const CaseMaterial& id = draft.materials.at(0);
        QCOMPARE(id.pages, 4);
        QCOMPARE(id.scans,
                 (QStringList{QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))}));
        QCOMPARE(id.scanFiles.size(), 2);
        QCOMPARE(id.state, CaseMaterial::State::Received);

        // A waived material keeps its state: the clerk decided it.
        QVERIFY(draft.attachScan(1, scan('c', 2)).ok());
        QCOMPARE(draft.materials.at(1).state, CaseMaterial::State::Waived);

        // The same file twice on one material is refused, and nothing changes.
        const Status twice = draft.attachScan(0, scan('a', 3));
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(QStringLiteral("居民身份证")), qPrintable(twice.error()));
        QCOMPARE(draft.materials.at(0).pages, 4);
        QVERIFY(!draft.attachScan(7, scan('d', 1)));
    }

    void removingTakesThePagesOff()
    {
        IntakeDraft draft = draftWithTwoMaterials();
        QVERIFY(draft.attachScan(0, scan('a', 3)).ok());
        QVERIFY(draft.attachScan(0, scan('b', 1)).ok());
        QVERIFY(draft.attachScan(1, scan('a', 3)).ok()); // the same file on another material
        const Result<Scan> removed = draft.removeScan(0, 0);
        QVERIFY(removed.ok());
        QCOMPARE(removed.value().sha256, QString(64, QLatin1Char('a')));
        QCOMPARE(draft.materials.at(0).pages, 1);
        QCOMPARE(draft.materials.at(0).scans, QStringList{QString(64, QLatin1Char('b'))});
        QVERIFY(draft.usesFile(QString(64, QLatin1Char('a')))); // still on the other material
        QVERIFY(draft.removeScan(1, 0).ok());
        QVERIFY(!draft.usesFile(QString(64, QLatin1Char('a'))));
        QVERIFY(!draft.removeScan(1, 0));
        QVERIFY(!draft.removeScan(-1, 0));
    }

    void scansSurviveAChangeOfItems()
    {
        IntakeDraft draft = draftWithTwoMaterials();
        QVERIFY(draft.attachScan(0, scan('a', 2)).ok());
        // mergeChecklist keeps what was done to a material that stays; with no guides every
        // material leaves, and the draft no longer uses the file.
        draft.mergeChecklist({}, {});
        QVERIFY(draft.materials.isEmpty());
        QVERIFY(!draft.usesFile(QString(64, QLatin1Char('a'))));
    }
};

QTEST_GUILESS_MAIN(TestIntakeScans)
#include "TestIntakeScans.moc"
