#include "ScanInspector.h"

#include "PdfBackend.h"
#include "cases/ScanFormat.h"
#include "common/RuntimeModule.h"

#include <QBuffer>
#include <QImageReader>
#include <QVariant>

#include <memory>

namespace ow {

namespace {

// poppler, from the module onewindow-pdf loaded at the first PDF (PdfBackend.h).
struct Pdf
{
    std::unique_ptr<PdfBackend> backend;
    QString error;
};

const Pdf& pdfModule()
{
    static const Pdf loaded = [] {
        Pdf pdf;
        const auto create = reinterpret_cast<OneWindowCreatePdfBackend>(
            RuntimeModule::resolve(QStringLiteral("onewindow-pdf"), OneWindowCreatePdfBackendName,
                                   RuntimeModule::folders(), &pdf.error));
        if (create)
            pdf.backend.reset(create());
        return pdf;
    }();
    return loaded;
}

QImage readImage(const QByteArray& content, const QString& mediaType)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, mediaType == ScanFormat::Png ? "png" : "jpeg");
    reader.setAutoTransform(true); // a phone photo's EXIF rotation
    return reader.read();
}

QImage thumbnailOf(const QImage& image)
{
    return image
        .scaled(ScanInspector::ThumbnailSize, ScanInspector::ThumbnailSize, Qt::KeepAspectRatio,
                Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

} // namespace

Result<ScanInspector::Inspection> ScanInspector::inspect(const QByteArray& content,
                                                         const QString& fileName)
{
    using R = Result<Inspection>;
    const Result<QString> type = ScanFormat::check(content, fileName);
    if (!type)
        return R::failure(type.error());
    Inspection inspection;
    inspection.mediaType = type.value();
    QImage first;
    if (inspection.mediaType == ScanFormat::Pdf) {
        const Pdf& module = pdfModule();
        if (!module.backend)
            return R::failure(module.error);
        const std::unique_ptr<PdfDocument> pdf = module.backend->open(content);
        if (!pdf)
            return R::failure(
                tr("%1 is damaged or not a readable PDF; it was not attached.").arg(fileName));
        if (pdf->isLocked())
            return R::failure(
                tr("%1 is protected by a password; attach a copy without one.").arg(fileName));
        inspection.pages = pdf->pageCount();
        if (inspection.pages < 1)
            return R::failure(
                tr("%1 is damaged or not a readable PDF (no page could be read); it was not "
                   "attached.")
                    .arg(fileName));
        if (inspection.pages > ScanFormat::MaxPdfPages)
            return R::failure(tr("%1 has %2 pages; at most %3 can be attached as one file.")
                                  .arg(fileName)
                                  .arg(inspection.pages)
                                  .arg(ScanFormat::MaxPdfPages));
        first = pdf->render(0, 36, false);
        if (first.isNull())
            return R::failure(
                tr("The first page of %1 cannot be drawn: the PDF is damaged; it was not "
                   "attached.")
                    .arg(fileName));
    } else {
        first = readImage(content, inspection.mediaType);
        if (first.isNull())
            return R::failure(
                tr("%1 is a damaged or unreadable image; it was not attached.").arg(fileName));
        inspection.pages = 1;
    }
    inspection.thumbnail = thumbnailOf(first);
    QBuffer png(&inspection.thumbnailPng);
    png.open(QIODevice::WriteOnly);
    inspection.thumbnail.save(&png, "PNG");
    return R::success(inspection);
}

Status ScanInspector::forEachPage(const QByteArray& content, const QString& mediaType, double dpi,
                                  const std::function<Status(const QImage& page)>& paint)
{
    if (mediaType != ScanFormat::Pdf) {
        const QImage image = readImage(content, mediaType);
        if (image.isNull())
            return Status::failure(tr("The image cannot be read."));
        return paint(image);
    }
    const Pdf& module = pdfModule();
    if (!module.backend)
        return Status::failure(module.error);
    const std::unique_ptr<PdfDocument> pdf = module.backend->open(content);
    if (!pdf || pdf->isLocked() || pdf->pageCount() < 1)
        return Status::failure(tr("The PDF is damaged, empty or protected by a password."));
    for (int i = 0; i < pdf->pageCount(); ++i) {
        const QImage image = pdf->render(i, dpi, true);
        if (image.isNull())
            return Status::failure(tr("Page %1 of the PDF cannot be drawn.").arg(i + 1));
        if (const Status painted = paint(image); !painted)
            return painted;
    }
    return Status::success();
}

} // namespace ow
