#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ow {

// What a scan may be, told from its first bytes (the magic numbers), never from its file name:
// JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A) or PDF (%PDF-, possibly after a little junk as
// readers allow), and no larger than MaxBytes. check() says in one sentence what is wrong.
class ScanFormat
{
    Q_DECLARE_TR_FUNCTIONS(ow::ScanFormat)

public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024; // 20 MiB per file
    static constexpr int MaxPdfPages = 500;

    static inline const QString Jpeg = QStringLiteral("image/jpeg");
    static inline const QString Png = QStringLiteral("image/png");
    static inline const QString Pdf = QStringLiteral("application/pdf");

    // The media type of content, or an empty string when it is none of the three.
    static QString sniff(const QByteArray& content);
    // The media type, or why the file is refused (fileName only names it in the message).
    static Result<QString> check(const QByteArray& content, const QString& fileName);
    static QString describeSize(qint64 bytes);             // "3.4 MB"
    static QString extensionFor(const QString& mediaType); // "jpg", "png", "pdf"
};

} // namespace ow
