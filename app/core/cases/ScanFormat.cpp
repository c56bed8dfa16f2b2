#include "cases/ScanFormat.h"

namespace ow {

QString ScanFormat::sniff(const QByteArray& content)
{
    if (content.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return Jpeg;
    if (content.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return Png;
    // PDF readers accept the header within the first 1024 bytes.
    if (content.left(1024).contains("%PDF-"))
        return Pdf;
    return QString();
}

QString ScanFormat::describeSize(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QString::number(double(bytes) / 1024, 'f', 1));
    return tr("%1 MB").arg(QString::number(double(bytes) / (1024 * 1024), 'f', 1));
}

QString ScanFormat::extensionFor(const QString& mediaType)
{
    if (mediaType == Jpeg)
        return QStringLiteral("jpg");
    if (mediaType == Png)
        return QStringLiteral("png");
    if (mediaType == Pdf)
        return QStringLiteral("pdf");
    return QStringLiteral("bin");
}

Result<QString> ScanFormat::check(const QByteArray& content, const QString& fileName)
{
    using R = Result<QString>;
    if (content.isEmpty())
        return R::failure(tr("%1 is empty: there is nothing to attach.").arg(fileName));
    if (content.size() > MaxBytes)
        return R::failure(tr("%1 is too large to attach (%2; at most %3 per file). Scan it at a "
                             "lower resolution or split it.")
                              .arg(fileName, describeSize(content.size()), describeSize(MaxBytes)));
    const QString type = sniff(content);
    if (type.isEmpty())
        return R::failure(tr("%1 is not a JPEG, PNG or PDF file (its content says so, whatever "
                             "its name): only those can be attached.")
                              .arg(fileName));
    return R::success(type);
}

} // namespace ow
