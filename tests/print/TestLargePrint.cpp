// 大字版: a receipt printed large keeps every word (and the masking) of the normal one, with no
// text under 16 pt on A4 — checked on the HTML and on the PDF's words as poppler reads them.
#include "CaseDocuments.h"
#include "LargePrint.h"
#include "PdfWriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ow;

namespace {

Case makeCase()
{
    Case c;
    c.id = QStringLiteral("6f1c2a4e-0d7b-4c59-9a55-1f0e2d3c4b5a");
    c.number = QStringLiteral("XC01-03-20261130-0007");
    c.centerCode = QStringLiteral("XC01");
    c.window = 3;
    c.clerk = QStringLiteral("clerk");
    c.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC);
    c.applicant.name = QStringLiteral("张三");
    c.applicant.identifier = QStringLiteral("11010519491231002X");
    c.applicant.phone = QStringLiteral("13812345678");
    c.itemCodes = {QStringLiteral("P082")};
    CaseMaterial id;
    id.key = id.name = QStringLiteral("居民身份证");
    id.state = CaseMaterial::State::Received;
    id.itemCodes = c.itemCodes;
    c.materials = {id};
    c.events = {{CaseStatus::Received, c.receivedAt, QStringLiteral("clerk"), {}},
                {CaseStatus::Accepted, c.receivedAt, QStringLiteral("clerk"), {}}};
    c.acceptedOn = QDate(2026, 11, 30);
    c.dueDate = QDate(2026, 12, 7);
    c.greenChannel = true;
    return c;
}

DocumentContext makeContext()
{
    DocumentContext context;
    context.hall = HallSetup{QStringLiteral("XC01"), QStringLiteral("薛城区政务服务中心"), 3, 5};
    context.clerkDisplayName = QStringLiteral("王小明");
    context.itemNames.insert(QStringLiteral("P082"), QStringLiteral("残疾人证办理"));
    context.promisedLimitText = QStringLiteral("5个工作日");
    context.printedOn = QDate(2026, 11, 30);
    return context;
}

QString plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

} // namespace

class TestLargePrint : public QObject
{
    Q_OBJECT

private slots:
    void everyTextIsAtLeastSixteenPoints()
    {
        const PrintableDocument normal = CaseDocuments::receipt(makeCase(), makeContext());
        QVERIFY(LargePrint::smallestFontPt(normal.html) < 16);
        const PrintableDocument large = LargePrint::enlarge(normal);
        QVERIFY2(LargePrint::smallestFontPt(large.html) >= 16,
                 qPrintable(QString::number(LargePrint::smallestFontPt(large.html))));
        QCOMPARE(plainText(large.html), plainText(normal.html)); // the same words
        QVERIFY(large.html.contains(QStringLiteral("110105********002X")));
        QVERIFY(!large.html.contains(QStringLiteral("11010519491231002X")));
        QCOMPARE(large.images.size(), normal.images.size()); // the QR code stays
        QVERIFY(!large.html.contains(QStringLiteral("color:#555")));
        QVERIFY(large.title.startsWith(normal.title));
    }

    void theRollReceiptBecomesAnA4Page()
    {
        const PrintableDocument roll =
            CaseDocuments::receipt(makeCase(), makeContext(), Paper::Receipt80mm);
        QVERIFY(roll.isRoll());
        const PrintableDocument large = LargePrint::enlarge(roll);
        QCOMPARE(large.paper, QPageSize::A4);
        QVERIFY(LargePrint::smallestFontPt(large.html) >= 16);
    }

    void thePdfsWordsAreLarge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.pdf"));
        const PrintableDocument large =
            LargePrint::enlarge(CaseDocuments::receipt(makeCase(), makeContext()));
        QVERIFY(PdfWriter::write(large, path));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString boxes = QString::fromUtf8(pdftotext.readAllStandardOutput());
        static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"));
        int words = 0;
        double lowest = 1000;
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            lowest = std::min(lowest, m.captured(4).toDouble() - m.captured(2).toDouble());
            ++words;
        }
        QVERIFY(words > 20);
        // A word's box is about its font size high: 16 pt text gives boxes of 16 pt or more.
        QVERIFY2(lowest >= 15.5, qPrintable(QString::number(lowest)));
    }
};

QTEST_MAIN(TestLargePrint)
#include "TestLargePrint.moc"
