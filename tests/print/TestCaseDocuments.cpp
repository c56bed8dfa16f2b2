#include "CaseDocuments.h"
#include "PdfWriter.h"
#include "QrCode.h"
#include "cases/CaseNumber.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString FullId = QStringLiteral("11010519491231002X");
const QString MaskedId = QStringLiteral("110105********002X");
const QString AgentId = QStringLiteral("440106198001010012");
const QString MaskedAgentId = QStringLiteral("440106********0012");
const QString Phone = QStringLiteral("13812345678");
const QString MaskedPhone = QStringLiteral("138****5678");

// Received, missing (required), missing (not required: not asked for) and waived materials.
const QStringList Received = {QStringLiteral("居民身份证"), QStringLiteral("食品经营许可申请书")};
const QStringList Missing = {QStringLiteral("房屋租赁合同"), QStringLiteral("消防安全承诺书"),
                             QStringLiteral("食品安全管理制度")};
const QString Optional = QStringLiteral("健康证明");
const QString Waived = QStringLiteral("户口簿");

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF through poppler's pdftotext, without spaces and line breaks.
QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .remove(QLatin1Char(' '))
        .remove(QLatin1Char('\n'));
}

struct PdfInfo
{
    int pages = 0;
    double width = 0; // points
    double height = 0;
};

PdfInfo pdfInfo(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    PdfInfo result;
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                           QRegularExpression::MultilineOption)
            .match(info);
    if (pages.hasMatch())
        result.pages = pages.captured(1).toInt();
    if (size.hasMatch()) {
        result.width = size.captured(1).toDouble();
        result.height = size.captured(2).toDouble();
    }
    return result;
}

CaseMaterial material(const QString& name, CaseMaterial::State state, MaterialForm form, int copies,
                      const QStringList& items)
{
    CaseMaterial result;
    result.key = name;
    result.name = name;
    result.state = state;
    result.form = form;
    result.copies = copies;
    result.itemCodes = items;
    return result;
}

Case makeCase()
{
    Case c;
    c.id = QStringLiteral("6f1c2a7e-3b0d-4c55-9a8e-2d7f1b9c4e10");
    c.number = CaseNumber{QStringLiteral("XC01"), 3, QDate(2026, 12, 28), 7}.text();
    c.centerCode = QStringLiteral("XC01");
    c.window = 3;
    c.clerk = QStringLiteral("wang.fang");
    c.receivedAt = QDateTime(QDate(2026, 12, 28), QTime(9, 30));
    c.applicant.kind = Applicant::Kind::Person;
    c.applicant.name = QStringLiteral("张三丰");
    c.applicant.identifier = FullId;
    c.applicant.phone = Phone;
    c.applicant.address = QStringLiteral("北京市西城区某街1号");
    c.agent = Agent{QStringLiteral("李四"), AgentId, QStringLiteral("13900001111"),
                    QStringLiteral("授权委托书")};
    c.itemCodes = {QStringLiteral("E001"), QStringLiteral("E002")};

    const QString e001 = QStringLiteral("E001");
    const QString e002 = QStringLiteral("E002");
    CaseMaterial id = material(Received.at(0), CaseMaterial::State::Received,
                               MaterialForm::Original, 1, {e001, e002});
    id.pages = 2;
    CaseMaterial form =
        material(Received.at(1), CaseMaterial::State::Received, MaterialForm::Original, 1, {e001});
    form.pages = 3;
    CaseMaterial lease =
        material(Missing.at(0), CaseMaterial::State::Missing, MaterialForm::Copy, 2, {e001});
    lease.conditions = {QStringLiteral("经营场所为租赁的")};
    const CaseMaterial fire =
        material(Missing.at(1), CaseMaterial::State::Missing, MaterialForm::Original, 1, {e002});
    const CaseMaterial rules =
        material(Missing.at(2), CaseMaterial::State::Missing, MaterialForm::Original, 1, {e001});
    CaseMaterial optional =
        material(Optional, CaseMaterial::State::Missing, MaterialForm::Copy, 1, {e001});
    optional.required = false;
    CaseMaterial waived =
        material(Waived, CaseMaterial::State::Waived, MaterialForm::Original, 1, {e001});
    waived.note = QStringLiteral("电子证照");
    c.materials = {id, form, lease, fire, rules, optional, waived};

    c.events = {{CaseStatus::Received, c.receivedAt, c.clerk, QString()},
                {CaseStatus::Accepted, c.receivedAt.addSecs(600), c.clerk, QString()}};
    c.acceptedOn = QDate(2026, 12, 28);
    c.dueDate = QDate(2027, 1, 8);
    c.dueProvisional = true;
    c.decisionNote = QStringLiteral("申请事项依法不属于本机关职权范围，请向<区消防救援支队>申请。");
    return c;
}

DocumentContext makeContext()
{
    DocumentContext context;
    context.hall = HallSetup{QStringLiteral("XC01"), QStringLiteral("西城区政务服务中心"), 3, 5};
    context.clerkDisplayName = QStringLiteral("王芳");
    context.itemNames = {{QStringLiteral("E001"), QStringLiteral("食品经营许可")},
                         {QStringLiteral("E002"), QStringLiteral("消防安全检查")}};
    context.promisedLimitText = QStringLiteral("5个工作日");
    context.printedOn = QDate(2026, 12, 28);
    context.leadDepartments = {{QStringLiteral("E001"), QStringLiteral("西城区市场监督管理局")}};
    context.hallHours = QStringLiteral("工作日 9:00-17:00");
    return context;
}

} // namespace

class TestCaseDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Case m_case = makeCase();
    DocumentContext m_context = makeContext();

    // Writes the document as PDF and returns its text; fails the test when it cannot.
    QString render(const PrintableDocument& document, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const Status written = PdfWriter::write(document, path);
        if (!written) {
            qWarning("%s", qPrintable(written.error()));
            return QString();
        }
        return pdfText(path);
    }

    static void checkCommon(const QString& text, const Case& c)
    {
        QVERIFY2(text.contains(c.number), qPrintable(text.left(400)));
        QVERIFY(text.contains(CaseNumber::checkCode(c.id, c.number)));
        QVERIFY(text.contains(MaskedId));
        QVERIFY(!text.contains(FullId));
        QVERIFY(text.contains(MaskedPhone));
        QVERIFY(!text.contains(Phone));
        QVERIFY(text.contains(MaskedAgentId));
        QVERIFY(!text.contains(AgentId));
        QVERIFY(text.contains(QStringLiteral("张三丰")));
        QVERIFY(text.contains(QStringLiteral("西城区政务服务中心")));
        // Every glyph maps back to its character (no Kangxi radicals such as ⽰ for 示).
        for (const QChar ch : text)
            QVERIFY2(ch.unicode() < 0x2E80 || ch.unicode() > 0x2FDF, qPrintable(QString(ch)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"pdftotext", "pdfinfo", "pdfimages"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "poppler-utils is needed to read the PDFs back");
    }

    void qrCodeIsASquareOfModules()
    {
        const QString payload = CaseNumber::qrPayload(m_case.id, m_case.number);
        const int modules = QrCode::modules(payload);
        QVERIFY(modules >= 21);
        QCOMPARE((modules - 17) % 4, 0); // version n has 17 + 4n modules
        const QImage image = QrCode::render(payload);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width(), (modules + 2 * QrCode::QuietZone) * 6);
        QCOMPARE(QrCode::render(payload, 3).width(), (modules + 8) * 3);
        // White quiet zone, then the top-left finder pattern's dark corner.
        QCOMPARE(qGray(image.pixel(0, 0)), 255);
        QCOMPARE(qGray(image.pixel(4 * 6 - 1, 4 * 6 - 1)), 255);
        QCOMPARE(qGray(image.pixel(4 * 6, 4 * 6)), 0);
        QCOMPARE(qGray(image.pixel(image.width() - 4 * 6 - 1, 4 * 6)), 0);
        // Only black and white.
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                QVERIFY(qGray(image.pixel(x, y)) == 0 || qGray(image.pixel(x, y)) == 255);

        const QString other =
            CaseNumber::qrPayload(m_case.id, QStringLiteral("XC01-03-20261228-0008"));
        QVERIFY(QrCode::render(other) != image);
        QCOMPARE(QrCode::render(payload), image); // deterministic
        QVERIFY(QrCode::render(QString()).isNull());
        QVERIFY(QrCode::render(QString(5000, QLatin1Char('x'))).isNull()); // over version 40
        QVERIFY(QrCode::render(payload, 0).isNull());
    }

    void receiptOnA4()
    {
        const PrintableDocument document = CaseDocuments::receipt(m_case, m_context, Paper::A4);
        QCOMPARE(document.paper, QPageSize::A4);
        QCOMPARE(document.images.size(), 1);
        QCOMPARE(document.images.first().first, CaseDocuments::QrResource);
        QVERIFY(
            document.html.contains(QStringLiteral("src=\"%1\"").arg(CaseDocuments::QrResource)));
        const QString text = render(document, QStringLiteral("receipt-a4.pdf"));
        checkCommon(text, m_case);
        for (const QString& name : Received)
            QVERIFY2(text.contains(name), qPrintable(name));
        for (const QString& name : Missing) // to follow
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(!text.contains(Optional));
        QVERIFY(text.contains(Waived));
        QVERIFY(text.contains(QStringLiteral("电子证照")));
        QVERIFY(text.contains(QStringLiteral("食品经营许可")));
        QVERIFY(text.contains(QStringLiteral("E002")));
        QVERIFY(text.contains(QStringLiteral("5个工作日")));
        QVERIFY(text.contains(QStringLiteral("王芳")));
        QVERIFY(text.contains(QStringLiteral("12345")));
        QVERIFY(text.contains(QStringLiteral("李四")));
        QVERIFY(text.contains(QStringLiteral("2027-01-08")));
        QVERIFY(text.contains(QStringLiteral("provisional")));

        const PdfInfo info = pdfInfo(m_dir.filePath(QStringLiteral("receipt-a4.pdf")));
        QCOMPARE(qRound(info.width), 595);
        QCOMPARE(qRound(info.height), 842);
    }

    // The signature given at the counter stands on the signer's line of every document, on A4
    // and on the roll, as an image in the PDF beside the QR code.
    void signatureIsPrintedOnTheSignersLine_data()
    {
        QTest::addColumn<int>("document");
        QTest::addColumn<int>("paper");
        for (const int document : {0, 1, 2})
            for (const int paper : {0, 1})
                QTest::addRow("%s %s",
                              document == 0   ? "receipt"
                              : document == 1 ? "supplement"
                                              : "refusal",
                              paper == 0 ? "A4" : "80mm")
                    << document << paper;
    }

    void signatureIsPrintedOnTheSignersLine()
    {
        QFETCH(int, document);
        QFETCH(int, paper);
        QImage signature(300, 100, QImage::Format_RGB32);
        signature.fill(Qt::white);
        {
            QPainter painter(&signature);
            painter.setPen(QPen(Qt::black, 4));
            painter.drawLine(20, 70, 280, 30);
        }
        DocumentContext context = m_context;
        const auto make = [&](const DocumentContext& with) {
            const Paper size = paper == 0 ? Paper::A4 : Paper::Receipt80mm;
            return document == 0   ? CaseDocuments::receipt(m_case, with, size)
                   : document == 1 ? CaseDocuments::supplementNotice(m_case, with, size)
                                   : CaseDocuments::refusalNotice(m_case, with, size);
        };
        const PrintableDocument unsigned_ = make(context);
        QVERIFY(!unsigned_.html.contains(
            QStringLiteral("src=\"%1\"").arg(CaseDocuments::SignatureResource)));
        QCOMPARE(unsigned_.images.size(), 1);
        context.signature = signature;
        const PrintableDocument signed_ = make(context);
        QCOMPARE(signed_.images.size(), 2);
        QCOMPARE(signed_.images.last().first, CaseDocuments::SignatureResource);
        QVERIFY(signed_.html.contains(
            QStringLiteral("src=\"%1\"").arg(CaseDocuments::SignatureResource)));

        const QString plain = m_dir.filePath(QStringLiteral("unsigned.pdf"));
        const QString withSignature = m_dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(PdfWriter::write(unsigned_, plain).ok());
        QVERIFY(PdfWriter::write(signed_, withSignature).ok());
        // pdfimages -list: a header of two lines, then one line per image.
        const auto images = [](const QString& pdf) {
            const QString list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
            return int(list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2;
        };
        QCOMPARE(images(withSignature), images(plain) + 1);
        QVERIFY(pdfText(withSignature).contains(m_case.number));

        // The agent signed: the line says so.
        context.signedByAgent = true;
        QVERIFY(make(context).html.contains(
            document == 0 ? CaseDocuments::tr("Agent (signature)")
                          : CaseDocuments::tr("Received by the agent (signature)")));
    }

    void receiptOnReceiptPaper()
    {
        const PrintableDocument document =
            CaseDocuments::receipt(m_case, m_context, Paper::Receipt80mm);
        QVERIFY(document.isRoll());
        const QString text = render(document, QStringLiteral("receipt-80.pdf"));
        checkCommon(text, m_case);
        for (const QString& name : Received)
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QStringLiteral("王芳")));

        // One slip, 80 mm wide (226.8 pt), as long as the content.
        const PdfInfo info = pdfInfo(m_dir.filePath(QStringLiteral("receipt-80.pdf")));
        QCOMPARE(info.pages, 1);
        QVERIFY2(qAbs(info.width - 80 / 25.4 * 72) < 0.5, qPrintable(QString::number(info.width)));
        QVERIFY(info.height >= info.width);
    }

    void supplementNoticeListsEveryMissingMaterial()
    {
        for (const Paper paper : {Paper::A4, Paper::Receipt80mm}) {
            const QString text = render(CaseDocuments::supplementNotice(m_case, m_context, paper),
                                        QStringLiteral("supplement-%1.pdf").arg(int(paper)));
            checkCommon(text, m_case);
            for (const QString& name : Missing)
                QVERIFY2(text.contains(name), qPrintable(name));
            for (const QString& name : Received)
                QVERIFY2(!text.contains(name), qPrintable(name));
            QVERIFY(!text.contains(Waived));
            QVERIFY(!text.contains(Optional));
            QVERIFY(text.contains(QStringLiteral("经营场所为租赁的"))); // the condition
            QVERIFY(text.contains(QStringLiteral("消防安全检查")));     // the item needing it
            QVERIFY(text.contains(QStringLiteral("第三十二条")));
            QVERIFY(text.contains(QStringLiteral("工作日9:00-17:00")));
        }
    }

    void refusalNoticeGivesReasonsAndRights()
    {
        const PrintableDocument document =
            CaseDocuments::refusalNotice(m_case, m_context, Paper::A4);
        // Text typed at the counter is escaped, never markup.
        QVERIFY(document.html.contains(QStringLiteral("&lt;区消防救援支队&gt;")));
        const QString text = render(document, QStringLiteral("refusal.pdf"));
        checkCommon(text, m_case);
        QVERIFY(text.contains(QStringLiteral("申请事项依法不属于本机关职权范围")));
        QVERIFY(text.contains(QStringLiteral("<区消防救援支队>")));
        QVERIFY(text.contains(QStringLiteral("西城区市场监督管理局"))); // deciding office
        QVERIFY(text.contains(QStringLiteral("行政复议")));
        QVERIFY(text.contains(QStringLiteral("行政诉讼")));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("行政复议法》\\D{0,40}60\\D"))),
                 qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("行政诉讼法》\\D{0,40}6\\D"))),
                 qPrintable(text));

        const QString narrow =
            render(CaseDocuments::refusalNotice(m_case, m_context, Paper::Receipt80mm),
                   QStringLiteral("refusal-80.pdf"));
        checkCommon(narrow, m_case);
        QVERIFY(narrow.contains(QStringLiteral("行政诉讼")));
    }

    void enterpriseApplicantKeepsItsCreditCode()
    {
        Case c = m_case;
        c.applicant.kind = Applicant::Kind::Enterprise;
        c.applicant.name = QStringLiteral("北京某某餐饮有限公司");
        c.applicant.identifier = QStringLiteral("91110102MA01ABCD1X");
        c.applicant.legalRepresentative = QStringLiteral("赵六");
        c.agent.reset();
        const QString text = render(CaseDocuments::receipt(c, m_context, Paper::A4),
                                    QStringLiteral("enterprise.pdf"));
        QVERIFY(text.contains(QStringLiteral("91110102MA01ABCD1X")));
        QVERIFY(text.contains(QStringLiteral("北京某某餐饮有限公司")));
        QVERIFY(text.contains(MaskedPhone));
        QVERIFY(!text.contains(Phone));
    }

    void longDocumentsLoseNothing()
    {
        // Forty materials to supplement: several A4 pages, or one long slip of roll paper.
        Case c = m_case;
        QStringList names;
        for (int i = 1; i <= 40; ++i) {
            names.append(QStringLiteral("补充材料第%1号").arg(i));
            c.materials.append(material(names.last(), CaseMaterial::State::Missing,
                                        MaterialForm::Copy, 1, {QStringLiteral("E001")}));
        }
        const QString a4 = render(CaseDocuments::supplementNotice(c, m_context, Paper::A4),
                                  QStringLiteral("long-a4.pdf"));
        const QString roll =
            render(CaseDocuments::supplementNotice(c, m_context, Paper::Receipt80mm),
                   QStringLiteral("long-80.pdf"));
        for (const QString& name : std::as_const(names)) {
            QVERIFY2(a4.contains(name), qPrintable(name));
            QVERIFY2(roll.contains(name), qPrintable(name));
        }
        QVERIFY(a4.contains(QStringLiteral("第三十二条")));
        const PdfInfo pages = pdfInfo(m_dir.filePath(QStringLiteral("long-a4.pdf")));
        QVERIFY2(pages.pages >= 2, qPrintable(QString::number(pages.pages)));
        QCOMPARE(qRound(pages.width), 595);
        const PdfInfo slip = pdfInfo(m_dir.filePath(QStringLiteral("long-80.pdf")));
        QCOMPARE(slip.pages, 1);
        QVERIFY(slip.height > 2 * slip.width);
    }

    void printSetsTheDevicePaper()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        PdfWriter::print(CaseDocuments::receipt(m_case, m_context, Paper::Receipt80mm), &pdf);
        QCOMPARE(qRound(pdf.pageLayout().pageSize().size(QPageSize::Millimeter).width()), 80);
        QVERIFY(buffer.data().startsWith("%PDF-"));
    }

    void failedWriteLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/receipt.pdf"));
        const Status written =
            PdfWriter::write(CaseDocuments::receipt(m_case, m_context, Paper::A4), path);
        QVERIFY(!written);
        QVERIFY(written.error().contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCaseDocuments)
#include "TestCaseDocuments.moc"
