#include "search/PinyinTable.h"

#include "search/SearchText.h"

#include <QStringList>

namespace ow {

namespace {

bool isSpelling(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 6)
        return false;
    for (const char c : text) {
        if (c < 'a' || c > 'z')
            return false;
    }
    return true;
}

} // namespace

PinyinTable::Syllable PinyinTable::intern(const QByteArray& spelling)
{
    if (const auto found = m_syllableIds.constFind(spelling); found != m_syllableIds.cend())
        return *found;
    const Syllable id = Syllable(m_spellings.size());
    m_spellings.append(spelling);
    m_syllableIds.insert(spelling, id);
    return id;
}

Result<PinyinTable> PinyinTable::fromTsv(const QByteArray& readings, const QByteArray& phrases)
{
    using R = Result<PinyinTable>;
    PinyinTable table;
    int lineNumber = 0;
    for (const QByteArray& rawLine : readings.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        const QString character = QString::fromUtf8(fields.value(0));
        if (fields.size() != 2 || character.size() != 1 || !SearchText::isHan(character.at(0)))
            return R::failure(tr("pinyin readings, line %1: expected a Han character, a tab and "
                                 "its readings")
                                  .arg(lineNumber));
        QList<Syllable> ids;
        for (const QByteArray& spelling : fields.at(1).split(',')) {
            if (!isSpelling(spelling))
                return R::failure(tr("pinyin readings, line %1: \"%2\" is not a reading")
                                      .arg(lineNumber)
                                      .arg(QString::fromUtf8(spelling)));
            ids.append(table.intern(spelling));
        }
        table.m_readings.insert(character.at(0).unicode(), ids);
    }
    lineNumber = 0;
    for (const QByteArray& rawLine : phrases.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        const QString phrase = QString::fromUtf8(fields.value(0));
        const QList<QByteArray> spellings = fields.value(1).split(' ');
        if (fields.size() != 2 || phrase.size() < 2 || spellings.size() != phrase.size())
            return R::failure(tr("pinyin phrases, line %1: expected a phrase, a tab and one "
                                 "reading per character")
                                  .arg(lineNumber));
        QList<Syllable> ids;
        for (const QByteArray& spelling : spellings) {
            if (!isSpelling(spelling))
                return R::failure(tr("pinyin phrases, line %1: \"%2\" is not a reading")
                                      .arg(lineNumber)
                                      .arg(QString::fromUtf8(spelling)));
            ids.append(table.intern(spelling));
        }
        table.m_phrases.insert(phrase, ids);
        table.m_longestPhrase = qMax(table.m_longestPhrase, int(phrase.size()));
    }
    if (table.m_readings.isEmpty())
        return R::failure(tr("pinyin readings: the table is empty"));
    return R::success(std::move(table));
}

QList<PinyinTable::Syllable> PinyinTable::readingsInContext(const QString& text) const
{
    QList<Syllable> result(text.size(), Syllable(0));
    int i = 0;
    while (i < text.size()) {
        int matched = 0;
        for (int length = qMin(m_longestPhrase, int(text.size()) - i); length >= 2; --length) {
            const auto phrase = m_phrases.constFind(text.mid(i, length));
            if (phrase != m_phrases.cend()) {
                for (int k = 0; k < length; ++k)
                    result[i + k] = phrase->at(k);
                matched = length;
                break;
            }
        }
        if (matched > 0) {
            i += matched;
            continue;
        }
        const auto readings = m_readings.constFind(text.at(i).unicode());
        if (readings != m_readings.cend())
            result[i] = readings->first();
        ++i;
    }
    return result;
}

QString PinyinTable::pinyin(const QString& text) const
{
    QStringList parts;
    const QList<Syllable> syllables = readingsInContext(text);
    for (int i = 0; i < text.size(); ++i) {
        if (syllables.at(i) != 0)
            parts.append(QString::fromLatin1(spelling(syllables.at(i))));
    }
    return parts.join(QLatin1Char(' '));
}

QString PinyinTable::initials(const QString& text) const
{
    QString result;
    const QList<Syllable> syllables = readingsInContext(text);
    for (int i = 0; i < text.size(); ++i) {
        if (syllables.at(i) != 0)
            result += QLatin1Char(spelling(syllables.at(i)).at(0));
    }
    return result;
}

} // namespace ow
