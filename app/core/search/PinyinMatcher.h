#pragma once

#include "search/PinyinTable.h"

#include <QStringView>

#include <vector>

namespace ow {

// Finds a query typed as Chinese, full pinyin, initials or a mix of them (公积金tq, gjjtq,
// gongjijintiqu) inside one name whose characters carry their readings in context. Each Han
// character of the name is matched by the same character, its whole reading, its initial
// (first letter, or zh / ch / sh), or, for the last one typed, the start of its reading.
class PinyinMatcher
{
public:
    enum class Kind
    {
        None,
        Chinese,
        FullPinyin,
        Initials
    };
    struct Match
    {
        Kind kind = Kind::None;
        int position = -1; // character where the match starts
    };

    PinyinMatcher(const PinyinTable& table, QStringView query);

    // name: normalized (SearchText); syllables: one per character of name.
    Match find(QStringView name, const PinyinTable::Syllable* syllables) const;
    bool hasLatin() const { return m_hasLatin; }

private:
    bool matchFrom(QStringView name, const PinyinTable::Syllable* syllables, int i, int p,
                   bool& usedInitials) const;
    bool matchStep(QStringView name, const PinyinTable::Syllable* syllables, int i, int p,
                   bool& usedInitials) const;

    const PinyinTable& m_table;
    QStringView m_query;
    bool m_hasLatin = false;
    // States (character, query position) known to fail for the current name: stamped with a
    // generation number so that no clearing is needed between names.
    mutable std::vector<quint32> m_failed;
    mutable quint32 m_generation = 0;
};

} // namespace ow
