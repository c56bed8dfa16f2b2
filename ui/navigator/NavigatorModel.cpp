#include "navigator/NavigatorModel.h"

namespace ow {

NavigatorModel::NavigatorModel(QObject* parent) : QAbstractItemModel(parent) {}

int NavigatorModel::addNode(NodeKind kind, int parent, const QString& code, const QString& name,
                            const QString& label)
{
    const int id = int(m_nodes.size());
    const int row = int(parent < 0 ? m_stages.size() : m_nodes.at(parent).children.size());
    m_nodes.append(Node{kind, parent, row, code, name, label, {}});
    // Only now take the sibling list: appending to m_nodes may have moved it.
    (parent < 0 ? m_stages : m_nodes[parent].children).append(id);
    return id;
}

void NavigatorModel::setLifecycle(const Lifecycle& lifecycle)
{
    beginResetModel();
    m_lifecycle = lifecycle;
    m_nodes.clear();
    m_stages.clear();
    for (const Stage& stage : lifecycle.stages) {
        const int stageId = addNode(
            NodeKind::Stage, -1, stage.code, stage.name,
            tr("%1 %2 (%n item(s))", nullptr, stage.itemCount()).arg(stage.no).arg(stage.name));
        for (const Scene& scene : stage.scenes) {
            const int sceneId = addNode(NodeKind::Scene, stageId, scene.code, scene.name,
                                        tr("%1 %2 (%n item(s))", nullptr, int(scene.items.size()))
                                            .arg(scene.no, scene.name));
            for (const Item& item : scene.items) {
                const QString label =
                    item.subItems.isEmpty()
                        ? QStringLiteral("%1 %2").arg(item.code, item.name)
                        : tr("%1 %2 (%n sub-item(s))", nullptr, int(item.subItems.size()))
                              .arg(item.code, item.name);
                const int itemId = addNode(NodeKind::Item, sceneId, item.code, item.name, label);
                for (const SubItem& subItem : item.subItems)
                    addNode(NodeKind::SubItem, itemId, subItem.code, subItem.name,
                            QStringLiteral("%1 %2").arg(subItem.code, subItem.name));
            }
        }
    }
    endResetModel();
}

const NavigatorModel::Node* NavigatorModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype id = qsizetype(index.internalId());
    return id >= 0 && id < m_nodes.size() ? &m_nodes.at(id) : nullptr;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int>* siblings = &m_stages;
    if (parent.isValid()) {
        const Node* parentNode = node(parent);
        if (!parentNode)
            return {};
        siblings = &parentNode->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, 0, quintptr(siblings->at(row)));
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const
{
    const Node* childNode = node(child);
    if (!childNode || childNode->parent < 0)
        return {};
    return createIndex(m_nodes.at(childNode->parent).row, 0, quintptr(childNode->parent));
}

int NavigatorModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_stages.size());
    if (parent.column() != 0)
        return 0;
    const Node* parentNode = node(parent);
    return parentNode ? int(parentNode->children.size()) : 0;
}

int NavigatorModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const
{
    const Node* current = node(index);
    if (!current)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return current->label;
    case Qt::ToolTipRole:
        return current->name;
    case CodeRole:
        return current->code;
    case KindRole:
        return int(current->kind);
    case NameRole:
        return current->name;
    default:
        return {};
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Stage / scene / item");
    return {};
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(KindRole, "kind");
    names.insert(NameRole, "name");
    return names;
}

QModelIndex NavigatorModel::indexForCode(const QString& code) const
{
    for (int id = 0; id < m_nodes.size(); ++id) {
        if (m_nodes.at(id).code == code)
            return createIndex(m_nodes.at(id).row, 0, quintptr(id));
    }
    return {};
}

} // namespace ow
