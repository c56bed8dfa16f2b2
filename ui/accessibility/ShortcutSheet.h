#pragma once

#include <QDockWidget>
#include <QKeySequence>

class QAction;
class QStandardItemModel;
class QTableView;

namespace ow {

// F1: the keys of the window, in a panel beside the work (not a dialog: the clerk keeps typing).
// The list is read from the window's actual QActions, QShortcuts and buttons each time it is
// shown, so it cannot drift from what the keys do; a few keys handled inside lists and forms
// (Tab, Enter, Space on the checklist …) are added as fixed lines.
class ShortcutSheet : public QDockWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QKeySequence key;
        QString what;  // e.g. "New intake"
        QString where; // the menu or screen, e.g. "Go"
    };

    static constexpr int WhatRole = Qt::UserRole + 1; // the description without its place

    explicit ShortcutSheet(QWidget* window);

    QAction* showAction() const { return m_show; }
    QStandardItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void refresh();

    // Every key bound in `window` now: actions (the visible ones), shortcuts
    // and buttons with a key of their own (not the Alt+letter of their label).
    static QList<Entry> collect(const QWidget* window);
    // Keys that two active bindings of `window` share (both enabled, both reachable now): Qt
    // would call them ambiguous and do neither. Each clash as "Ctrl+P: Print…, Print guide".
    static QStringList clashes(const QWidget* window);

private:
    QWidget* m_window;
    QAction* m_show;
    QStandardItemModel* m_model;
    QTableView* m_table;
};

} // namespace ow
