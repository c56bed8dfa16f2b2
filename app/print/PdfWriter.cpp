#include "PdfWriter.h"

#include "DocumentFont.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ow {

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

} // namespace ow
