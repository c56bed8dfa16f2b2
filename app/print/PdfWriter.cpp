#include "PdfWriter.h"

#include "DocumentFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ow {

namespace {

constexpr double RollMarginMm = 4;
constexpr double RollNominalHeightMm = 200;
constexpr double FooterMm = 8;
const QMarginsF PageMarginsMm(20, 18, 20, 12);

QPageSize rollPage(double heightMm)
{
    return QPageSize(QSizeF(PrintableDocument::ReceiptWidthMm, heightMm), QPageSize::Millimeter,
                     QString(), QPageSize::ExactMatch);
}

double toMm(qreal pixels, const QPaintDevice* device)
{
    return pixels * 25.4 / device->logicalDpiY();
}

// A short table (fields, the signatures and seal) cut by a page break starts a new page
// instead; a long one (a list of materials) runs on, its header row repeated on every page.
void keepShortTablesTogether(QTextDocument& text)
{
    const qreal page = text.pageSize().height();
    const QList<QTextFrame*> frames = text.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        const QRectF box = text.documentLayout()->frameBoundingRect(table);
        if (box.height() > page / 3 || int(box.top() / page) == int((box.bottom() - 1) / page))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

// Lays the document out on the device's paper and paints every page; false when the device
// cannot be painted on.
bool render(const PrintableDocument& document, QPagedPaintDevice* device)
{
    QTextDocument text;
    text.setDefaultFont(documentFont());
    for (const auto& [name, image] : document.images)
        text.addResource(QTextDocument::ImageResource, QUrl(name), image);
    text.setHtml(document.html);
    text.documentLayout()->setPaintDevice(device);

    device->setPageOrientation(QPageLayout::Portrait);
    if (document.isRoll()) {
        // Lay the text out across the roll, then cut the page to the text's length.
        device->setPageSize(rollPage(RollNominalHeightMm));
        device->setPageMargins(QMarginsF(RollMarginMm, RollMarginMm, RollMarginMm, RollMarginMm),
                               QPageLayout::Millimeter);
        text.setTextWidth(device->width());
        const double content = toMm(text.size().height(), device);
        device->setPageSize(rollPage(std::max(PrintableDocument::ReceiptWidthMm,
                                              std::ceil(content + 2 * RollMarginMm + 1))));
    } else {
        device->setPageSize(QPageSize(document.paper));
        device->setPageMargins(PageMarginsMm, QPageLayout::Millimeter);
    }

    const QSizeF area(device->width(), device->height());
    text.setPageSize(area);
    int pages = text.pageCount();
    qreal footer = 0;
    if (pages > 1 && !document.isRoll()) {
        footer = FooterMm * device->logicalDpiY() / 25.4;
        text.setPageSize(QSizeF(area.width(), area.height() - footer));
        keepShortTablesTogether(text);
        pages = text.pageCount();
    }

    QPainter painter(device);
    if (!painter.isActive())
        return false;
    const qreal pageHeight = text.pageSize().height();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        const QRectF view(0, page * pageHeight, area.width(), pageHeight);
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        if (footer > 0) {
            QFont font = documentFont();
            font.setPointSizeF(8);
            painter.setFont(font);
            painter.drawText(
                QRectF(0, area.height() - footer, area.width(), footer),
                Qt::AlignHCenter | Qt::AlignBottom,
                PdfWriter::tr("%1 — page %2 of %3")
                    .arg(document.title, QString::number(page + 1), QString::number(pages)));
        }
    }
    return true;
}

} // namespace

Status PdfWriter::write(const QString& html, const QString& path, const QString& title,
                        QPageSize::PageSizeId pageSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("OneWindow"));
        pdf.setPageSize(QPageSize(pageSize));
        pdf.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        pdf.setResolution(300);
        QTextDocument document;
        document.setDefaultFont(documentFont());
        document.setHtml(html);
        document.print(&pdf);
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status PdfWriter::write(const PrintableDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    bool drawn = false;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(document.title);
        pdf.setCreator(QStringLiteral("OneWindow"));
        pdf.setResolution(300);
        drawn = render(document, &pdf);
    }
    if (!drawn) {
        file.cancelWriting();
        return Status::failure(tr("Cannot draw %1 as PDF").arg(path));
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

void PdfWriter::print(const PrintableDocument& document, QPagedPaintDevice* device)
{
    if (device)
        render(document, device);
}

} // namespace ow
