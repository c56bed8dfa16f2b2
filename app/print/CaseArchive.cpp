#include "CaseArchive.h"

#include "DocumentFont.h"
#include "ScanInspector.h"
#include "cases/CaseNumber.h"
#include "cases/ScanFormat.h"
#include "guide/GuideJson.h"
#include "security/PersonalData.h"
#include "json/JsonWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace ow {

namespace {

constexpr double ScanDpi = 150;
const QMarginsF ArchiveMarginsMm(15, 15, 15, 15);

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("—");
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" width=\"28%\">%1</th><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

// One part of the PDF as the manifest lists it.
struct Part
{
    QString kind;
    QString title;
    QString sha256;
    int firstPage = 0;
    int pages = 0;
    const CaseArchive::ScanPart* scan = nullptr;
};

// Paints HTML documents and scan pages one after another into one PDF.
class ArchivePainter
{
public:
    explicit ArchivePainter(QPdfWriter& pdf) : m_pdf(pdf), m_painter(&pdf) {}

    bool isActive() const { return m_painter.isActive(); }
    int pages() const { return m_pages; }

    // Lays the document out on the page area and paints it; returns its page count.
    int paint(const PrintableDocument& document)
    {
        QTextDocument text;
        text.setDefaultFont(documentFont());
        for (const auto& [name, image] : document.images)
            text.addResource(QTextDocument::ImageResource, QUrl(name), image);
        text.setHtml(document.html);
        text.documentLayout()->setPaintDevice(&m_pdf);
        const QSizeF area(m_pdf.width(), m_pdf.height());
        text.setPageSize(area);
        const int count = text.pageCount();
        for (int page = 0; page < count; ++page) {
            startPage();
            const QRectF view(0, page * area.height(), area.width(), area.height());
            m_painter.save();
            m_painter.translate(0, -view.top());
            m_painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            text.documentLayout()->draw(&m_painter, context);
            m_painter.restore();
        }
        return count;
    }

    // One scan page, as large as the page area allows, its proportions kept, with a caption.
    Status paint(const QImage& image, const QString& caption)
    {
        startPage();
        QFont font = documentFont();
        font.setPointSizeF(8);
        m_painter.setFont(font);
        const QRectF area(0, 0, m_pdf.width(), m_pdf.height());
        const qreal captionHeight = m_painter.fontMetrics().height() * 1.6;
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(area.left(), area.top(), area.width(), captionHeight),
                           Qt::AlignLeft | Qt::AlignTop, caption);
        const QRectF box(area.left(), area.top() + captionHeight, area.width(),
                         area.height() - captionHeight);
        QSizeF size = image.size();
        size.scale(box.size(), Qt::KeepAspectRatio);
        const QRectF target(box.left() + (box.width() - size.width()) / 2, box.top(), size.width(),
                            size.height());
        m_painter.drawImage(target, image);
        return Status::success();
    }

private:
    void startPage()
    {
        if (m_pages > 0)
            m_pdf.newPage();
        ++m_pages;
    }

    QPdfWriter& m_pdf;
    QPainter m_painter;
    int m_pages = 0;
};

Status checkFolder(const QString& folder, bool force)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Status::failure(
            CaseArchive::tr("%1 exists and is not a folder; name a folder for the archive.")
                .arg(folder));
    if (info.exists()) {
        const bool empty = QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                QDir::NoDotAndDotDot);
        if (!empty && !force)
            return Status::failure(CaseArchive::tr("The folder %1 is not empty; name an empty or "
                                                   "new folder, or add --force to write into it.")
                                       .arg(folder));
        return Status::success();
    }
    if (!QDir().mkpath(folder))
        return Status::failure(CaseArchive::tr("Cannot create the folder %1.").arg(folder));
    return Status::success();
}

} // namespace

PrintableDocument CaseArchive::form(const Case& c, const DocumentContext& context)
{
    const QString title = tr("Case form");
    QString html = QStringLiteral("<html><body style=\"font-size:10pt;\">");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(title));
    html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(context.hall.centerName));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                           "border=\"1\" style=\"border-collapse:collapse;\">");
    html += row(tr("Case number"), c.number);
    html += row(tr("Check code"), CaseNumber::checkCode(c.id, c.number));
    html += row(tr("Status"), CaseLifecycle::displayName(c.status()));
    html += row(tr("Window"), QString::number(c.window));
    html +=
        row(tr("Clerk"), context.clerkDisplayName.isEmpty() ? c.clerk : context.clerkDisplayName);
    html += row(tr("Received at"), timeText(c.receivedAt));
    const Applicant& a = c.applicant;
    if (a.kind == Applicant::Kind::Person) {
        html += row(tr("Applicant"), a.name);
        html += row(tr("ID number"), PersonalData::maskIdNumber(a.identifier));
        if (a.disabled)
            html += row(tr("Disability certificate"), tr("held"));
    } else {
        html += row(tr("Applicant (enterprise)"), a.name);
        html += row(tr("Unified social credit code"), a.identifier);
        if (!a.legalRepresentative.isEmpty())
            html += row(tr("Legal representative"), a.legalRepresentative);
    }
    if (!a.phone.isEmpty())
        html += row(tr("Phone"), PersonalData::maskPhone(a.phone));
    if (!a.address.isEmpty())
        html += row(tr("Address"), a.address);
    if (c.agent) {
        html += row(tr("Agent"), c.agent->name);
        html += row(tr("Agent's ID number"), PersonalData::maskIdNumber(c.agent->idNumber));
        html += row(tr("Authorization"), c.agent->authorization);
    }
    QStringList items;
    for (const QString& code : c.itemCodes)
        items.append(QStringLiteral("%1 %2").arg(code, context.itemNames.value(code)).trimmed());
    html += row(tr("Items"), items.join(QStringLiteral("；")));
    if (!c.sceneCode.isEmpty())
        html += row(tr("Scene"), c.sceneCode);
    html += row(tr("Green channel"), c.greenChannel ? tr("yes") : tr("no"));
    html += row(tr("Accepted on"), dateText(c.acceptedOn));
    html += row(tr("Due by"),
                dateText(c.dueDate) + (c.dueProvisional ? tr(" (provisional)") : QString()));
    if (!c.decisionNote.isEmpty())
        html += row(tr("Decision note"), c.decisionNote);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Materials")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                           "border=\"1\" style=\"border-collapse:collapse;\"><tr>");
    for (const QString& header :
         {tr("Material"), tr("Form"), tr("Copies"), tr("State"), tr("Pages"), tr("Scans")})
        html += QStringLiteral("<th>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    for (const CaseMaterial& m : c.materials) {
        const QString state = m.state == CaseMaterial::State::Received ? tr("received")
                              : m.state == CaseMaterial::State::Waived ? tr("waived")
                                                                       : tr("missing");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                    .arg(esc(m.name), esc(GuideJson::formName(m.form)))
                    .arg(m.copies)
                    .arg(esc(state))
                    .arg(m.pages)
                    .arg(qMax(m.scans.size(), m.scanFiles.size()));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                           "border=\"1\" style=\"border-collapse:collapse;\">")
                .arg(esc(tr("Events")));
    for (const CaseEvent& event : c.events)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(timeText(event.at)), esc(CaseLifecycle::displayName(event.to)),
                         esc(event.userName), esc(event.note));
    html += QStringLiteral("</table></body></html>");

    PrintableDocument document;
    document.title = title;
    document.html = html;
    return document;
}

Result<CaseArchive::Output> CaseArchive::write(const Input& input, const QString& folder,
                                               bool force)
{
    using R = Result<Output>;
    const Case& c = input.caseFile;
    if (c.number.isEmpty())
        return R::failure(tr("The case has no number; nothing was written."));
    if (const Status usable = checkFolder(folder, force); !usable)
        return R::failure(usable.error());
    const QDir dir(folder);
    Output output;
    output.pdfPath = dir.filePath(c.number + QStringLiteral(".pdf"));
    output.manifestPath = dir.filePath(c.number + QStringLiteral(".manifest.json"));

    const PrintableDocument formDocument = form(c, input.context);
    PrintableDocument decision = CaseDocuments::forDecision(c, input.context, Paper::A4);
    QList<Part> parts;

    QSaveFile pdfFile(output.pdfPath);
    if (!pdfFile.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(output.pdfPath, pdfFile.errorString()));
    Status drawn = Status::success();
    {
        QPdfWriter pdf(&pdfFile);
        pdf.setTitle(tr("Electronic archive of case %1").arg(c.number));
        pdf.setCreator(QStringLiteral("OneWindow %1").arg(input.generatorVersion));
        pdf.setResolution(150);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(ArchiveMarginsMm, QPageLayout::Millimeter);
        ArchivePainter painter(pdf);
        if (!painter.isActive()) {
            drawn = Status::failure(tr("Cannot draw %1 as PDF.").arg(output.pdfPath));
        } else {
            const auto document = [&](const QString& kind, const PrintableDocument& d) {
                Part part{kind, d.title, sha256Hex(d.html.toUtf8()), painter.pages() + 1,
                          0,    nullptr};
                part.pages = painter.paint(d);
                parts.append(part);
            };
            document(QStringLiteral("form"), formDocument);
            document(QStringLiteral("decision_document"), decision);
            for (const ScanPart& scan : input.scans) {
                Part part{QStringLiteral("scan"),
                          scan.materialName,
                          sha256Hex(scan.content),
                          painter.pages() + 1,
                          0,
                          &scan};
                int page = 0;
                const QString name =
                    scan.scan.fileName.isEmpty() ? scan.scan.sha256.left(12) : scan.scan.fileName;
                const Status painted = ScanInspector::forEachPage(
                    scan.content, scan.scan.mediaType, ScanDpi, [&](const QImage& image) {
                        ++page;
                        return painter.paint(
                            image, tr("%1 — %2, page %3").arg(scan.materialName, name).arg(page));
                    });
                if (!painted) {
                    drawn =
                        Status::failure(tr("The scan %1 of %2 cannot be put into the archive: %3")
                                            .arg(name, scan.materialName, painted.error()));
                    break;
                }
                part.pages = page;
                parts.append(part);
                ++output.scanCount;
            }
        }
        output.pages = painter.pages();
    }
    if (!drawn) {
        pdfFile.cancelWriting();
        return R::failure(drawn.error());
    }
    if (!pdfFile.commit())
        return R::failure(tr("Cannot write %1: %2").arg(output.pdfPath, pdfFile.errorString()));

    QFile written(output.pdfPath);
    if (!written.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read back %1: %2").arg(output.pdfPath, written.errorString()));
    const QByteArray pdfBytes = written.readAll();
    output.pdfSha256 = sha256Hex(pdfBytes);

    JsonWriter json;
    json.beginObject();
    json.key(QStringLiteral("format")).value(QStringLiteral("onewindow-case-archive"));
    json.key(QStringLiteral("format_version")).value(FormatVersion);
    json.key(QStringLiteral("case_number")).value(c.number);
    json.key(QStringLiteral("generated_at"))
        .value(input.generatedAt.toUTC().toString(Qt::ISODateWithMs));
    json.key(QStringLiteral("generator")).beginObject();
    json.key(QStringLiteral("name")).value(QStringLiteral("OneWindow"));
    json.key(QStringLiteral("version")).value(input.generatorVersion);
    json.endObject();
    json.key(QStringLiteral("pdf")).beginObject();
    json.key(QStringLiteral("file")).value(QFileInfo(output.pdfPath).fileName());
    json.key(QStringLiteral("sha256")).value(output.pdfSha256);
    json.key(QStringLiteral("size")).value(qint64(pdfBytes.size()));
    json.key(QStringLiteral("pages")).value(output.pages);
    json.endObject();
    json.key(QStringLiteral("parts")).beginArray();
    for (const Part& part : std::as_const(parts)) {
        json.beginObject();
        json.key(QStringLiteral("kind")).value(part.kind);
        json.key(QStringLiteral("title")).value(part.title);
        if (part.scan) {
            const Scan& scan = part.scan->scan;
            json.key(QStringLiteral("material_key")).value(part.scan->materialKey);
            json.key(QStringLiteral("file_name")).value(scan.fileName);
            json.key(QStringLiteral("media_type")).value(scan.mediaType);
            json.key(QStringLiteral("size")).value(qint64(part.scan->content.size()));
            json.key(QStringLiteral("added_by")).value(scan.addedBy);
            json.key(QStringLiteral("added_at"))
                .value(scan.addedAt.isValid() ? scan.addedAt.toUTC().toString(Qt::ISODateWithMs)
                                              : QString());
        }
        json.key(QStringLiteral("sha256")).value(part.sha256);
        json.key(QStringLiteral("first_page")).value(part.firstPage);
        json.key(QStringLiteral("pages")).value(part.pages);
        json.endObject();
    }
    json.endArray();
    json.endObject();

    QSaveFile manifest(output.manifestPath);
    if (!manifest.open(QIODevice::WriteOnly))
        return R::failure(
            tr("Cannot write %1: %2").arg(output.manifestPath, manifest.errorString()));
    manifest.write(json.toUtf8() + '\n');
    if (!manifest.commit())
        return R::failure(
            tr("Cannot write %1: %2").arg(output.manifestPath, manifest.errorString()));
    return R::success(output);
}

} // namespace ow
