#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace ow {

// What a file offered as a scan really is, before anything is stored: its type from the magic
// bytes (ScanFormat), whether it decodes (a JPEG or PNG that Qt reads, a PDF that poppler opens
// with at least one page and no password), its page count (PDF: poppler; image: 1) and a
// thumbnail (ThumbnailSize on the long side, PNG). Every refusal names the file and says why.
class ScanInspector
{
    Q_DECLARE_TR_FUNCTIONS(ow::ScanInspector)

public:
    static constexpr int ThumbnailSize = 160;

    struct Inspection
    {
        QString mediaType;
        int pages = 0;
        QImage thumbnail;
        QByteArray thumbnailPng;
    };

    static Result<Inspection> inspect(const QByteArray& content, const QString& fileName);

    // Draws each page of a checked scan for printing, one at a time: the image itself, or each
    // PDF page rendered at dpi. Stops at the first page that cannot be drawn, or when paint fails.
    static Status forEachPage(const QByteArray& content, const QString& mediaType, double dpi,
                              const std::function<Status(const QImage& page)>& paint);
};

} // namespace ow
