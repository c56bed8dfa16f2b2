#pragma once

#include "catalog/Catalog.h"

#include <QAbstractItemModel>
#include <QList>

namespace ow {

// The lifecycle navigator's tree for one lifecycle: stages → scenes → items → sub-items, each
// label with its count (items under a stage or scene, sub-items under an item).
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind
    {
        Stage,
        Scene,
        Item,
        SubItem
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        KindRole,
        NameRole
    };

    explicit NavigatorModel(QObject* parent = nullptr);

    void setLifecycle(const Lifecycle& lifecycle);
    const Lifecycle& lifecycle() const { return m_lifecycle; }
    QModelIndex indexForCode(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        NodeKind kind;
        int parent; // index into m_nodes, -1 for a stage
        int row;    // row under its parent
        QString code;
        QString name;
        QString label;
        QList<int> children;
    };
    int addNode(NodeKind kind, int parent, const QString& code, const QString& name,
                const QString& label);
    const Node* node(const QModelIndex& index) const;

    Lifecycle m_lifecycle;
    QList<Node> m_nodes;
    QList<int> m_stages;
};

} // namespace ow
