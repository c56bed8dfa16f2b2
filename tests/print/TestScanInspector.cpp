// What a file offered as a scan is, checked the way the intake screen checks it before storing:
// the page count of real multi-page PDFs (poppler), images counted as one page, thumbnails made
// once as small PNGs, and damaged or disguised files refused with their name in the message.
#include "ScanInspector.h"
#include "ScanSamples.h"
#include "cases/ScanFormat.h"

#include <QTest>

using namespace ow;

class TestScanInspector : public QObject
{
    Q_OBJECT

private slots:
    void pdfPagesAreCounted_data()
    {
        QTest::addColumn<int>("pages");
        QTest::newRow("one") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("twelve") << 12;
    }
    void pdfPagesAreCounted()
    {
        QFETCH(int, pages);
        const auto inspected =
            ScanInspector::inspect(test::pdfSample(pages), QStringLiteral("营业执照.pdf"));
        QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
        QCOMPARE(inspected.value().mediaType, ScanFormat::Pdf);
        QCOMPARE(inspected.value().pages, pages);
        // Drawing every page gives as many images.
        int drawn = 0;
        const Status each = ScanInspector::forEachPage(
            test::pdfSample(pages), ScanFormat::Pdf, 50, [&](const QImage& image) {
                ++drawn;
                return image.isNull() ? Status::failure({}) : Status::success();
            });
        QVERIFY(each.ok());
        QCOMPARE(drawn, pages);
    }

    void imagesAreOnePageWithAThumbnail_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("type");
        QTest::newRow("png") << test::pngSample() << ScanFormat::Png;
        QTest::newRow("jpeg") << test::jpegSample() << ScanFormat::Jpeg;
        QTest::newRow("pdf") << test::pdfSample(2) << ScanFormat::Pdf;
    }
    void imagesAreOnePageWithAThumbnail()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, type);
        const auto inspected = ScanInspector::inspect(content, QStringLiteral("scan"));
        QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
        QCOMPARE(inspected.value().mediaType, type);
        if (type != ScanFormat::Pdf)
            QCOMPARE(inspected.value().pages, 1);
        const QImage& thumbnail = inspected.value().thumbnail;
        QVERIFY(!thumbnail.isNull());
        QCOMPARE(qMax(thumbnail.width(), thumbnail.height()), ScanInspector::ThumbnailSize);
        // The stored thumbnail is a PNG that decodes to the same picture size.
        QCOMPARE(ScanFormat::sniff(inspected.value().thumbnailPng), ScanFormat::Png);
        const QImage decoded = QImage::fromData(inspected.value().thumbnailPng, "PNG");
        QCOMPARE(decoded.size(), thumbnail.size());
        QVERIFY(inspected.value().thumbnailPng.size() < 40 * 1024);
    }

    void wideImagesKeepTheirProportions()
    {
        const auto inspected = ScanInspector::inspect(
            test::encodedImage(test::certificateImage(1600, 400), "PNG"), QStringLiteral("w.png"));
        QVERIFY(inspected.ok());
        QCOMPARE(inspected.value().thumbnail.size(), QSize(160, 40));
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        const QByteArray pdf = test::pdfSample(2);
        QTest::newRow("pdf header, then junk")
            << QByteArray("%PDF-1.7\n" + QByteArray(4000, 'z')) << "PDF";
        QTest::newRow("pdf cut after its header") << pdf.left(60) << "PDF";
        QTest::newRow("jpeg magic, then junk")
            << QByteArray(QByteArray("\xFF\xD8\xFF\xE0") + QByteArray(3000, '\x11')) << "image";
        QTest::newRow("png magic, then junk")
            << QByteArray(QByteArray("\x89PNG\r\n\x1A\n") + QByteArray(3000, '\x22')) << "image";
        QTest::newRow("a text file") << QByteArray("Name: Zhang San\n") << "JPEG, PNG or PDF";
        QTest::newRow("empty") << QByteArray() << "empty";
    }
    void damagedFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const auto inspected = ScanInspector::inspect(content, QStringLiteral("户口簿.jpg"));
        QVERIFY(!inspected.ok());
        QVERIFY2(inspected.error().contains(QStringLiteral("户口簿.jpg")),
                 qPrintable(inspected.error()));
        QVERIFY2(inspected.error().contains(says), qPrintable(inspected.error()));
    }
};

QTEST_MAIN(TestScanInspector)
#include "TestScanInspector.moc"
