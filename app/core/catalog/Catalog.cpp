#include "catalog/Catalog.h"

namespace ow {

int Stage::itemCount() const
{
    int count = 0;
    for (const Scene& scene : scenes)
        count += int(scene.items.size());
    return count;
}

int Lifecycle::itemCount() const
{
    int count = 0;
    for (const Stage& stage : stages)
        count += stage.itemCount();
    return count;
}

Catalog::Catalog(QList<Lifecycle> lifecycles) : m_lifecycles(std::move(lifecycles)) {}

const Lifecycle* Catalog::lifecycle(const QString& code) const
{
    for (const Lifecycle& lifecycle : m_lifecycles) {
        if (lifecycle.code == code)
            return &lifecycle;
    }
    return nullptr;
}

const Item* Catalog::item(const QString& code) const
{
    for (const Lifecycle& lifecycle : m_lifecycles)
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    if (item.code == code)
                        return &item;
    return nullptr;
}

const SubItem* Catalog::subItem(const QString& code) const
{
    const Item* owner = item(code.section(QLatin1Char('.'), 0, 0));
    if (!owner)
        return nullptr;
    for (const SubItem& subItem : owner->subItems) {
        if (subItem.code == code)
            return &subItem;
    }
    return nullptr;
}

int Catalog::itemCount() const
{
    int count = 0;
    for (const Lifecycle& lifecycle : m_lifecycles)
        count += lifecycle.itemCount();
    return count;
}

int Catalog::subItemCount() const
{
    int count = 0;
    for (const Lifecycle& lifecycle : m_lifecycles)
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    count += int(item.subItems.size());
    return count;
}

QString Catalog::typeFromSubItems(const QList<SubItem>& subItems)
{
    if (subItems.isEmpty())
        return QString();
    const QString& first = subItems.first().type;
    for (const SubItem& subItem : subItems) {
        if (subItem.type != first)
            return QString();
    }
    return first;
}

} // namespace ow
