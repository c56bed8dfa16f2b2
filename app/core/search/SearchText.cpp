#include "search/SearchText.h"

namespace ow {

QString SearchText::normalize(const QString& text, int maxLength)
{
    // Bound the work before normalizing: a pasted page of text is not a query.
    const QString folded = text.left(maxLength * 2).normalized(QString::NormalizationForm_KC);
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace() || c == u'\'' || c == u'’' || c.category() == QChar::Other_Control ||
            c.isSurrogate())
            continue;
        result += c.toLower();
        if (result.size() >= maxLength)
            break;
    }
    return result;
}

} // namespace ow
