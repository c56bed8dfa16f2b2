#pragma once

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QPair>
#include <QString>

namespace ow {

// The paper a counter document is printed on: an A4 page, or the 80 mm roll of a receipt
// printer (one narrow column, as long as the content).
enum class Paper
{
    A4,
    Receipt80mm
};

// A document ready for PdfWriter or a printer: HTML in QTextDocument's subset, and the images it
// shows, each under the resource name the HTML uses (<img src="qrcode">).
struct PrintableDocument
{
    static constexpr double ReceiptWidthMm = 80;

    QString title;
    QString html;
    QList<QPair<QString, QImage>> images; // resource name → image
    // QPageSize::Custom is roll paper ReceiptWidthMm wide: the page is cut as long as the
    // content, so a receipt comes out as one slip (never shorter than it is wide).
    QPageSize::PageSizeId paper = QPageSize::A4;

    bool isRoll() const { return paper == QPageSize::Custom; }
    static QPageSize::PageSizeId pageSizeId(Paper paper)
    {
        return paper == Paper::Receipt80mm ? QPageSize::Custom : QPageSize::A4;
    }
};

} // namespace ow
