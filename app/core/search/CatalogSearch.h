#pragma once

#include "catalog/Catalog.h"
#include "search/PinyinTable.h"

#include <QList>
#include <QString>

namespace ow {

// One result of a catalog search.
struct SearchHit
{
    enum class Kind
    {
        Item,
        SubItem
    };
    // How the query matched, best first: the order of the ranking.
    enum Score
    {
        ExactCode = 1000,
        CodePrefix = 950,
        NamePrefix = 800,
        NameContains = 700,
        PinyinPrefix = 650,
        PinyinContains = 600,
        InitialsPrefix = 550,
        InitialsContains = 500,
        PartsInAnyOrder = 450, // 公积金tq finds 提取住房公积金: both parts, other order
        Department = 300,
    };

    QString code;
    QString name;
    Kind kind = Kind::Item;
    QString itemCode; // the item itself, or the item a sub-item belongs to
    int score = 0;
    int position = 0;   // where in the name the match starts
    QString department; // the department that matched, for Score::Department

    static QString kindName(Kind kind)
    {
        return kind == Kind::Item ? QStringLiteral("item") : QStringLiteral("subitem");
    }
};

// Search over every item and sub-item of the catalog: Chinese of any length, full pinyin,
// initials and mixes of them, codes (E053, p63.2) and department names. Results are ranked
// exact code, code prefix, name prefix, name, pinyin, initials, the query's two parts in another
// order, department; a sub-item comes right after its item. Any text is a valid query: at worst it
// finds nothing.
class CatalogSearch
{
public:
    explicit CatalogSearch(const PinyinTable& table) : m_table(table) {}

    void setCatalog(const Catalog& catalog);
    QList<SearchHit> search(const QString& query, int limit = 50) const;
    int entryCount() const { return int(m_entries.size()); }

    // Canonical code for what a clerk may type as a code ("p63.2" → "P063.2"), or "".
    static QString canonicalCode(const QString& normalizedQuery);

private:
    struct Entry
    {
        QString code;
        QString codeLower;
        QString name;
        QString normalizedName;
        QList<PinyinTable::Syllable> syllables;
        quint32 letters = 0;    // bit per letter a–z appearing in the readings or the name
        quint64 hanBloom = 0;   // bit per Han character (hashed) in the name
        QList<int> departments; // indices into m_departments
        SearchHit::Kind kind = SearchHit::Kind::Item;
        int itemIndex = 0; // entry index of the item (itself for an item)
    };
    struct Department
    {
        QString name;
        QString normalizedName;
        QList<PinyinTable::Syllable> syllables;
    };

    void addEntry(const QString& code, const QString& name, SearchHit::Kind kind, int itemIndex,
                  const Departments& departments);
    int departmentIndex(const QString& name);
    static quint64 hanBit(QChar c) { return quint64(1) << (c.unicode() % 64); }

    const PinyinTable& m_table;
    QList<Entry> m_entries;
    QList<Department> m_departments;
};

} // namespace ow
