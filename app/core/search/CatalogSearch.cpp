#include "search/CatalogSearch.h"

#include "search/PinyinMatcher.h"
#include "search/SearchText.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace ow {

namespace {

quint32 letterBit(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 'a' && u <= 'z' ? quint32(1) << (u - 'a') : 0;
}

int pinyinScore(PinyinMatcher::Kind kind, int position)
{
    switch (kind) {
    case PinyinMatcher::Kind::Chinese:
        return position == 0 ? SearchHit::NamePrefix : SearchHit::NameContains;
    case PinyinMatcher::Kind::FullPinyin:
        return position == 0 ? SearchHit::PinyinPrefix : SearchHit::PinyinContains;
    case PinyinMatcher::Kind::Initials:
        return position == 0 ? SearchHit::InitialsPrefix : SearchHit::InitialsContains;
    case PinyinMatcher::Kind::None:
        break;
    }
    return 0;
}

} // namespace

QString CatalogSearch::canonicalCode(const QString& normalizedQuery)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([ep])0*(\\d{1,3})(?:\\.0*(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(normalizedQuery);
    if (!match.hasMatch())
        return QString();
    QString code = match.captured(1).toUpper() +
                   QStringLiteral("%1").arg(match.captured(2).toInt(), 3, 10, QLatin1Char('0'));
    if (match.hasCaptured(3) && !match.captured(3).isEmpty())
        code += QLatin1Char('.') + QString::number(match.captured(3).toInt());
    return code;
}

int CatalogSearch::departmentIndex(const QString& name)
{
    for (int i = 0; i < m_departments.size(); ++i) {
        if (m_departments.at(i).name == name)
            return i;
    }
    const QString normalized = SearchText::normalize(name, 1000);
    m_departments.append(Department{name, normalized, m_table.readingsInContext(normalized)});
    return int(m_departments.size()) - 1;
}

void CatalogSearch::addEntry(const QString& code, const QString& name, SearchHit::Kind kind,
                             int itemIndex, const Departments& departments)
{
    Entry entry;
    entry.code = code;
    entry.codeLower = code.toLower();
    entry.name = name;
    entry.normalizedName = SearchText::normalize(name, 1000);
    entry.syllables = m_table.readingsInContext(entry.normalizedName);
    for (int i = 0; i < entry.normalizedName.size(); ++i) {
        const QChar c = entry.normalizedName.at(i);
        entry.letters |= letterBit(c);
        if (SearchText::isHan(c))
            entry.hanBloom |= hanBit(c);
        if (entry.syllables.at(i) != 0)
            for (const char letter : m_table.spelling(entry.syllables.at(i)))
                entry.letters |= quint32(1) << (letter - 'a');
    }
    for (const QStringList* list : {&departments.cityLead, &departments.cityCo,
                                    &departments.districtLead, &departments.districtCo})
        for (const QString& department : *list) {
            const int index = departmentIndex(department);
            if (!entry.departments.contains(index))
                entry.departments.append(index);
        }
    entry.kind = kind;
    entry.itemIndex = itemIndex;
    m_entries.append(std::move(entry));
}

void CatalogSearch::setCatalog(const Catalog& catalog)
{
    m_entries.clear();
    m_departments.clear();
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items) {
                    const int itemIndex = int(m_entries.size());
                    addEntry(item.code, item.name, SearchHit::Kind::Item, itemIndex,
                             item.departments);
                    for (const SubItem& subItem : item.subItems)
                        addEntry(subItem.code, subItem.name, SearchHit::Kind::SubItem, itemIndex,
                                 subItem.departments);
                }
}

QList<SearchHit> CatalogSearch::search(const QString& query, int limit) const
{
    const QString text = SearchText::normalize(query);
    if (text.isEmpty() || limit <= 0)
        return {};
    const QString code = canonicalCode(text);
    // Code prefixes: "e05" is the start of E050…E059, "p63." of P063's sub-items, "e053" of
    // E053's sub-items.
    const bool codeLike = text.size() >= 2 && text.at(0).isLetter() && text.at(1).isDigit();
    QString ownerPrefix;
    if (codeLike && text.endsWith(QLatin1Char('.'))) {
        const QString owner = canonicalCode(text.chopped(1));
        if (!owner.isEmpty())
            ownerPrefix = owner + QLatin1Char('.');
    } else if (!code.isEmpty()) {
        ownerPrefix = code;
    }
    const auto isCodePrefix = [&](const Entry& entry) {
        return codeLike && (entry.codeLower.startsWith(text) ||
                            (!ownerPrefix.isEmpty() && entry.code.startsWith(ownerPrefix) &&
                             entry.code != code));
    };
    PinyinMatcher matcher(m_table, text);
    // The query cut in two, each part at least two characters: a clerk may type the words of a
    // name in another order than the catalog (公积金提取 for 提取住房公积金).
    QStringList parts;
    for (int cut = 2; cut + 2 <= text.size() && text.size() >= 4; ++cut)
        parts << text.left(cut) << text.mid(cut);
    std::vector<PinyinMatcher> partMatchers;
    partMatchers.reserve(size_t(parts.size()));
    for (const QString& part : std::as_const(parts))
        partMatchers.emplace_back(m_table, part);

    // What every matching name must contain: the query's letters and Han characters.
    quint32 queryLetters = 0;
    quint64 queryHan = 0;
    for (const QChar c : text) {
        queryLetters |= letterBit(c);
        if (SearchText::isHan(c))
            queryHan |= hanBit(c);
    }

    // Departments are few: match them once, then look up entries by index.
    QList<bool> departmentMatched(m_departments.size(), false);
    bool anyDepartment = false;
    for (int i = 0; i < m_departments.size(); ++i) {
        const Department& department = m_departments.at(i);
        const bool matched =
            department.normalizedName.contains(text) ||
            (matcher.hasLatin() && text.size() >= 2 &&
             matcher.find(department.normalizedName, department.syllables.constData()).position ==
                 0);
        departmentMatched[i] = matched;
        anyDepartment = anyDepartment || matched;
    }

    struct Scored
    {
        int entry;
        int score;
        int position;
        int length;
        int department;
    };
    QList<Scored> scored;
    // Pass 1: the whole query. Pass 2 (only when pass 1 found fewer than asked for): the
    // query's two parts in any order, for entries pass 1 did not find.
    QList<bool> found;
    for (int pass = 1; pass <= 2; ++pass) {
        if (pass == 2 && (scored.size() >= limit || partMatchers.empty()))
            break;
        if (pass == 2)
            found = QList<bool>(m_entries.size(), false);
        if (pass == 2)
            for (const Scored& hit : std::as_const(scored))
                found[hit.entry] = true;
        for (int e = 0; e < m_entries.size(); ++e) {
            const Entry& entry = m_entries.at(e);
            int score = 0;
            int position = 0;
            int department = -1;
            const bool lettersPresent =
                (queryLetters & ~entry.letters) == 0 && (queryHan & ~entry.hanBloom) == 0;
            if (pass == 2) {
                if (found.at(e) || !lettersPresent)
                    continue;
                for (size_t k = 0; score == 0 && k + 1 < partMatchers.size(); k += 2) {
                    const PinyinMatcher::Match first =
                        partMatchers[k].find(entry.normalizedName, entry.syllables.constData());
                    if (first.kind == PinyinMatcher::Kind::None)
                        continue;
                    const PinyinMatcher::Match second =
                        partMatchers[k + 1].find(entry.normalizedName, entry.syllables.constData());
                    if (second.kind != PinyinMatcher::Kind::None) {
                        score = SearchHit::PartsInAnyOrder;
                        position = qMin(first.position, second.position);
                    }
                }
            } else if (!code.isEmpty() && entry.code == code) {
                score = SearchHit::ExactCode;
            } else if (isCodePrefix(entry)) {
                score = SearchHit::CodePrefix;
            } else if (lettersPresent) {
                const PinyinMatcher::Match match =
                    matcher.find(entry.normalizedName, entry.syllables.constData());
                score = pinyinScore(match.kind, match.position);
                position = match.position;
            }
            if (pass == 1 && score == 0 && anyDepartment) {
                for (const int index : entry.departments) {
                    if (departmentMatched.at(index)) {
                        score = SearchHit::Department;
                        department = index;
                        break;
                    }
                }
            }
            if (score > 0)
                scored.append(Scored{e, score, position, int(entry.name.size()), department});
        }
    }

    // Best first; ties: earlier match, shorter name, catalog order. Only the best `limit`
    // hits are ordered: a one-letter query over 50,000 items matches most of them.
    const auto better = [](const Scored& a, const Scored& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.position != b.position)
            return a.position < b.position;
        if (a.length != b.length)
            return a.length < b.length;
        return a.entry < b.entry;
    };
    if (scored.size() > limit) {
        std::nth_element(scored.begin(), scored.begin() + limit, scored.end(), better);
        scored.resize(limit);
    }
    std::sort(scored.begin(), scored.end(), better);

    // Group: the family of an item is placed by its best hit; in it, the item first, then its
    // sub-items in catalog order (E053.1, E053.2 …), as the annex lists them.
    QHash<int, QList<Scored>> families;
    QList<int> familyOrder;
    for (const Scored& hit : std::as_const(scored)) {
        const int item = m_entries.at(hit.entry).itemIndex;
        auto family = families.find(item);
        if (family == families.end()) {
            familyOrder.append(item);
            family = families.insert(item, {});
        }
        family->append(hit);
    }
    for (QList<Scored>& family : families)
        std::sort(family.begin(), family.end(),
                  [](const Scored& a, const Scored& b) { return a.entry < b.entry; });

    QList<SearchHit> hits;
    for (const int item : familyOrder) {
        for (const Scored& hit : families.value(item)) {
            if (hits.size() >= limit)
                return hits;
            const Entry& entry = m_entries.at(hit.entry);
            hits.append(
                SearchHit{entry.code, entry.name, entry.kind, m_entries.at(entry.itemIndex).code,
                          hit.score, hit.position,
                          hit.department >= 0 ? m_departments.at(hit.department).name : QString()});
        }
    }
    return hits;
}

} // namespace ow
