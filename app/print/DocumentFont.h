#pragma once

#include <QFont>

namespace ow {

// The font of every printed document. WenQuanYi Micro Hei (Debian fonts-wqy-microhei) maps each
// glyph back to one character, so text copied out of a PDF, searched in it or read by a screen
// reader is the text printed; Noto CJK maps some glyphs to Kangxi radicals (示 comes out as ⽰).
inline QFont documentFont()
{
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPointSizeF(10.5);
    return font;
}

} // namespace ow
