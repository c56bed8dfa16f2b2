#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

class QTabWidget;
class QTreeView;

namespace ow {

class NavigatorModel;

// The left side of the main window: one tab per lifecycle (企业 / 个人), each a tree of stages,
// scenes, items and sub-items. Tells the window which code the clerk selected.
class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    bool select(const QString& code);
    QTreeView* treeFor(const QString& lifecycleCode) const;

signals:
    void codeSelected(const QString& code);
    void codeActivated(const QString& code); // Enter or double click

private:
    void addLifecycleTab(const Lifecycle& lifecycle);

    QTabWidget* m_tabs;
    QList<QTreeView*> m_trees;
    QList<NavigatorModel*> m_models;
};

} // namespace ow
