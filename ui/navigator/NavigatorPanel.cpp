#include "navigator/NavigatorPanel.h"

#include "navigator/NavigatorModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ow {

NavigatorPanel::NavigatorPanel(QWidget* parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setObjectName(QStringLiteral("navigatorTabs"));
    m_tabs->setAccessibleName(tr("Lifecycles"));
    m_tabs->setAccessibleDescription(tr("The person's and the enterprise's lifecycle."));
    m_tabs->tabBar()->setAccessibleDescription(
        tr("Person or enterprise; the arrow keys change the lifecycle shown."));
    m_tabs->setAccessibleDescription(tr("Choose the enterprise or the person lifecycle"));
    setAccessibleName(tr("Lifecycle navigator"));
    // The focus follows the tab the clerk switches to, so arrow keys work at once.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_trees.size())
            setFocusProxy(m_trees.at(index));
    });
}

void NavigatorPanel::setCatalog(const Catalog& catalog)
{
    m_tabs->clear();
    qDeleteAll(m_trees);
    qDeleteAll(m_models);
    m_trees.clear();
    m_models.clear();
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        addLifecycleTab(lifecycle);
    if (!m_trees.isEmpty())
        setFocusProxy(m_trees.first());
}

void NavigatorPanel::addLifecycleTab(const Lifecycle& lifecycle)
{
    auto* model = new NavigatorModel(this);
    model->setLifecycle(lifecycle);
    auto* tree = new QTreeView(m_tabs);
    tree->setObjectName(QStringLiteral("navigatorTree") + lifecycle.code);
    tree->setModel(model);
    tree->setHeaderHidden(true);
    tree->setUniformRowHeights(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    const bool enterprise = lifecycle.code == QLatin1String("E");
    const QString title = enterprise ? tr("Enterprise (%1)").arg(lifecycle.itemCount())
                                     : tr("Person (%1)").arg(lifecycle.itemCount());
    tree->setAccessibleName(enterprise ? tr("Enterprise lifecycle items")
                                       : tr("Person lifecycle items"));
    tree->setAccessibleDescription(tr("Stages, scenes, items and sub-items; arrow keys move, "
                                      "right arrow opens a branch"));
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit codeSelected(current.data(NavigatorModel::CodeRole).toString());
            });
    connect(tree, &QTreeView::activated, this, [this, tree](const QModelIndex& index) {
        const auto kind = NavigatorModel::NodeKind(index.data(NavigatorModel::KindRole).toInt());
        if (kind == NavigatorModel::NodeKind::Stage || kind == NavigatorModel::NodeKind::Scene)
            tree->setExpanded(index, !tree->isExpanded(index));
        else
            emit codeActivated(index.data(NavigatorModel::CodeRole).toString());
    });
    m_tabs->setTabToolTip(m_tabs->addTab(tree, title),
                          enterprise ? tr("Items of an enterprise's life, by stage and scene")
                                     : tr("Items of a person's life, by stage and scene"));
    m_trees.append(tree);
    m_models.append(model);
}

QTreeView* NavigatorPanel::treeFor(const QString& lifecycleCode) const
{
    for (int i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i)->lifecycle().code == lifecycleCode)
            return m_trees.at(i);
    }
    return nullptr;
}

bool NavigatorPanel::select(const QString& code)
{
    for (int i = 0; i < m_models.size(); ++i) {
        const QModelIndex index = m_models.at(i)->indexForCode(code);
        if (!index.isValid())
            continue;
        m_tabs->setCurrentWidget(m_trees.at(i));
        m_trees.at(i)->scrollTo(index);
        m_trees.at(i)->setCurrentIndex(index);
        return true;
    }
    return false;
}

} // namespace ow
