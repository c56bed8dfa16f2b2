#include "QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace ow {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using Symbol = std::unique_ptr<QRcode, QrCodeDeleter>;

Symbol encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return Symbol(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
}

} // namespace

int QrCode::modules(const QString& text)
{
    const Symbol symbol = encode(text);
    return symbol ? symbol->width : 0;
}

QImage QrCode::render(const QString& text, int moduleSize)
{
    if (moduleSize < 1)
        return QImage();
    const Symbol symbol = encode(text);
    if (!symbol)
        return QImage();
    const int modules = symbol->width;
    const int side = (modules + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return QImage();
    image.fill(255);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte: 1 is a dark module; the other bits say what kind it is.
            if (!(symbol->data[y * modules + x] & 1))
                continue;
            for (int row = 0; row < moduleSize; ++row) {
                uchar* line = image.scanLine((y + QuietZone) * moduleSize + row);
                std::fill_n(line + (x + QuietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

} // namespace ow
