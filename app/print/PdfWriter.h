#pragma once

#include "PrintableDocument.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;

namespace ow {

// Renders an HTML document (QTextDocument's subset) to a PDF file: A4 by default, with page
// numbers. The file is written to a temporary name and renamed, so a failed render never
// leaves half a PDF under the name asked for.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ow::PdfWriter)

public:
    static Status write(const QString& html, const QString& path, const QString& title,
                        QPageSize::PageSizeId pageSize = QPageSize::A4);

    // A counter document (receipt, notice) as PDF, on its own paper: an A4 page with 20 mm
    // margins, page numbers only when it runs over one page; or an 80 mm roll with 4 mm margins,
    // one page as long as the content. Written like write() above: temporary name, then rename.
    static Status write(const PrintableDocument& document, const QString& path);

    // Paints the document on a printer (or any paged device): sets the device's page size and
    // margins to the document's paper first (a printer that cannot take them keeps its own).
    static void print(const PrintableDocument& document, QPagedPaintDevice* device);
};

} // namespace ow
