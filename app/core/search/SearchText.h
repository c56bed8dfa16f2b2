#pragma once

#include <QString>

namespace ow {

// How text is compared in search: full-width forms folded to ASCII (NFKC), lower case, no
// white space or pinyin apostrophes, at most MaxQueryLength characters. Catalog names and the
// clerk's query go through the same function, so "Ｅ０５３" finds E053.
struct SearchText
{
    static constexpr int MaxQueryLength = 64;

    static QString normalize(const QString& text, int maxLength = MaxQueryLength);
    static bool isHan(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
    }
    static bool isAsciiAlnum(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
    }
};

} // namespace ow
