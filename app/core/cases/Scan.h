#pragma once

#include <QDateTime>
#include <QString>

namespace ow {

// 扫描件: one file attached to a material of a case (a scanned certificate, a photo from the
// document camera, a PDF the applicant brought). Its bytes are in the encrypted file store under
// sha256; this is what the case knows about it.
struct Scan
{
    QString sha256;    // name of the original bytes in the encrypted file store
    QString mediaType; // image/jpeg, image/png, application/pdf ("unknown": before scans had types)
    QString fileName;  // as the file was called where it came from ("" for the camera)
    int pages = 0;     // a PDF's page count; 1 for an image
    qint64 size = 0;   // bytes of the original
    QString thumbnailSha256; // a small PNG, also in the encrypted store ("" when none)
    QString addedBy;         // user name
    QDateTime addedAt;

    bool operator==(const Scan&) const = default;
};

} // namespace ow
