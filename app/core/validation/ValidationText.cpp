#include "validation/ValidationText.h"

#include <QChar>

namespace ow::validation {

QString foldFullWidth(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return folded;
}

QString describeCharacter(char32_t c)
{
    if (QChar::isPrint(c) && !QChar::isSpace(c))
        return u'\'' + QString::fromUcs4(&c, 1) + u'\'';
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace ow::validation
