#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ow {

// Readings of Han characters (db/seed/pinyin/readings.tsv, most common reading first) and
// phrase overrides that give a polyphonic character its reading in context
// (db/seed/pinyin/phrases.tsv: 银行 → yin hang). Syllables are numbered so that a catalog of
// 50,000 names keeps its readings as small integers.
class PinyinTable
{
    Q_DECLARE_TR_FUNCTIONS(ow::PinyinTable)

public:
    using Syllable = quint16; // 0: no reading (not a Han character)

    static Result<PinyinTable> fromTsv(const QByteArray& readings, const QByteArray& phrases);

    // One syllable per character of text: the phrase override where a phrase matches (longest
    // first, left to right), else the character's most common reading, else 0.
    QList<Syllable> readingsInContext(const QString& text) const;
    QList<Syllable> readingsOf(QChar c) const { return m_readings.value(c.unicode()); }
    const QByteArray& spelling(Syllable syllable) const { return m_spellings.at(syllable); }
    int characterCount() const { return int(m_readings.size()); }
    int phraseCount() const { return int(m_phrases.size()); }

    // Space-separated pinyin of a text, for display and tests ("yin hang").
    QString pinyin(const QString& text) const;
    QString initials(const QString& text) const;

private:
    Syllable intern(const QByteArray& spelling);

    QHash<char16_t, QList<Syllable>> m_readings;
    QHash<QString, QList<Syllable>> m_phrases;
    int m_longestPhrase = 0;
    QList<QByteArray> m_spellings{QByteArray()};
    QHash<QByteArray, Syllable> m_syllableIds;
};

} // namespace ow
