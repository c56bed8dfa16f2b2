#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// The four department columns of the plan's annexes (牵头部门 lead / 协同部门 co-operating, at
// city 市级 and district 区级 level). Each cell may name several departments.
struct Departments
{
    QStringList cityLead;
    QStringList cityCo;
    QStringList districtLead;
    QStringList districtCo;

    bool operator==(const Departments&) const = default;
};

// 子项: a variant of an item with its own type, coded E001.1, E001.2 … in annex order.
struct SubItem
{
    QString code;
    QString name;
    QString type;
    Departments departments;

    bool operator==(const SubItem&) const = default;
};

// 事项: one service of the catalog, coded E001…E106 / P001…P115.
struct Item
{
    QString code;
    int no = 0;
    QString name;
    QString type; // for an item with sub-items: their shared type, or "" where they differ
    Departments departments;
    QList<SubItem> subItems;
    bool crossRegion = false; // 全域办: offered across regions (全省通办), set in the catalog

    bool operator==(const Item&) const = default;
};

// 场景: a group of items handled together (the natural chain), coded E1.1.
struct Scene
{
    QString code;
    QString no; // as printed in the annex, e.g. "1.1"
    QString name;
    QList<Item> items;

    bool operator==(const Scene&) const = default;
};

// 阶段: 企业开办, 出生 …, coded E1, P11.
struct Stage
{
    QString code;
    int no = 0;
    QString name;
    QList<Scene> scenes;

    int itemCount() const;
    bool operator==(const Stage&) const = default;
};

// 全生命周期: E (enterprise, 企业) or P (person, 个人).
struct Lifecycle
{
    QString code;
    QString name;
    QList<Stage> stages;

    int itemCount() const;
    bool operator==(const Lifecycle&) const = default;
};

// The whole item catalog (the plan's two annexes), as values. Lookups are linear over ~220
// items, which is far below anything a person could notice.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(QList<Lifecycle> lifecycles);

    const QList<Lifecycle>& lifecycles() const { return m_lifecycles; }
    const Lifecycle* lifecycle(const QString& code) const;
    const Item* item(const QString& code) const;
    const SubItem* subItem(const QString& code) const;
    int itemCount() const;
    int subItemCount() const;
    bool isEmpty() const { return m_lifecycles.isEmpty(); }

    // An item with sub-items takes its type from them: the shared type, or "" where they differ.
    static QString typeFromSubItems(const QList<SubItem>& subItems);

    bool operator==(const Catalog&) const = default;

private:
    QList<Lifecycle> m_lifecycles;
};

} // namespace ow
