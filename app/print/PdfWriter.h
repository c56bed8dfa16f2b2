#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QPageSize>

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
};

} // namespace ow
