#pragma once

#include <QImage>
#include <QString>

namespace ow {

// QR codes for printed documents (the case number on a receipt), through libqrencode: error
// correction level M, 8-bit mode, the smallest version that holds the text.
class QrCode
{
public:
    static constexpr int QuietZone = 4; // modules of white around the symbol, as the standard asks

    // Black modules on white, each moduleSize × moduleSize pixels, with the quiet zone: a square
    // of (modules + 2 × QuietZone) × moduleSize pixels. An empty image when the text cannot be
    // encoded (too long, or moduleSize < 1).
    static QImage render(const QString& text, int moduleSize = 6);
    // The number of modules on a side of the symbol for the text, without the quiet zone; 0 when
    // it cannot be encoded.
    static int modules(const QString& text);
};

} // namespace ow
