#include "search/PinyinMatcher.h"

#include "search/SearchText.h"

namespace ow {

PinyinMatcher::PinyinMatcher(const PinyinTable& table, QStringView query)
    : m_table(table), m_query(query)
{
    for (const QChar c : query) {
        if (!SearchText::isHan(c))
            m_hasLatin = true;
    }
}

PinyinMatcher::Match PinyinMatcher::find(QStringView name,
                                         const PinyinTable::Syllable* syllables) const
{
    if (m_query.isEmpty())
        return {};
    const QChar first = m_query.at(0);
    const size_t states = size_t(name.size() + 1) * size_t(m_query.size() + 1);
    if (m_failed.size() < states)
        m_failed.resize(states, 0);
    if (++m_generation == 0) { // wrapped: start afresh
        std::fill(m_failed.begin(), m_failed.end(), 0);
        m_generation = 1;
    }
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        bool candidate = c == first;
        if (!candidate && syllables[i] != 0 && !SearchText::isHan(first))
            candidate = m_table.spelling(syllables[i]).at(0) == first.toLatin1();
        if (!candidate)
            continue;
        bool usedInitials = false;
        if (matchFrom(name, syllables, i, 0, usedInitials)) {
            Kind kind = Kind::Chinese;
            if (m_hasLatin)
                kind = usedInitials ? Kind::Initials : Kind::FullPinyin;
            return {kind, i};
        }
    }
    return {};
}

// Depth-first over the ways each character can consume the query; the query is at most
// SearchText::MaxQueryLength long and every step consumes at least one query character, so
// the depth is bounded. Whole readings are tried before initials.
bool PinyinMatcher::matchFrom(QStringView name, const PinyinTable::Syllable* syllables, int i,
                              int p, bool& usedInitials) const
{
    if (p == m_query.size())
        return true;
    if (i == name.size())
        return false;
    quint32& failed = m_failed[size_t(i) * size_t(m_query.size() + 1) + size_t(p)];
    if (failed == m_generation)
        return false;
    if (matchStep(name, syllables, i, p, usedInitials))
        return true;
    failed = m_generation;
    return false;
}

bool PinyinMatcher::matchStep(QStringView name, const PinyinTable::Syllable* syllables, int i,
                              int p, bool& usedInitials) const
{
    const QChar c = name.at(i);
    const QChar q = m_query.at(p);
    if (c == q && matchFrom(name, syllables, i + 1, p + 1, usedInitials))
        return true;
    if (syllables[i] == 0 || SearchText::isHan(q))
        return false;
    if (!SearchText::isHan(c))
        return false;
    const QByteArray& reading = m_table.spelling(syllables[i]);
    const int remaining = int(m_query.size()) - p;
    // The whole reading.
    if (remaining >= reading.size()) {
        bool equal = true;
        for (int k = 0; k < reading.size() && equal; ++k)
            equal = m_query.at(p + k).toLatin1() == reading.at(k);
        if (equal && matchFrom(name, syllables, i + 1, p + int(reading.size()), usedInitials))
            return true;
    }
    // The start of the reading, as the last thing typed ("gongj" → 公积).
    if (remaining < reading.size()) {
        bool prefix = true;
        for (int k = 0; k < remaining && prefix; ++k)
            prefix = m_query.at(p + k).toLatin1() == reading.at(k);
        if (prefix) {
            // The last character typed as an initial does not make the match "initials".
            return true;
        }
    }
    // zh / ch / sh as a two-letter initial, then the one-letter initial.
    if (reading.size() > 2 && reading.at(1) == 'h' && remaining > 2 &&
        m_query.at(p).toLatin1() == reading.at(0) && m_query.at(p + 1) == u'h') {
        bool used = true;
        if (matchFrom(name, syllables, i + 1, p + 2, used)) {
            usedInitials = true;
            return true;
        }
    }
    if (q.toLatin1() == reading.at(0) && reading.size() > 1) {
        bool used = true;
        if (matchFrom(name, syllables, i + 1, p + 1, used)) {
            usedInitials = true;
            return true;
        }
    }
    return false;
}

} // namespace ow
