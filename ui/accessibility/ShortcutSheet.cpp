#include "accessibility/ShortcutSheet.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>

namespace ow {

namespace {

QString plain(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)")); // 打印(&P)
    text.remove(mnemonic);
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

// Alt+letter from a label's "&": already visible as the underlined letter.
bool isMnemonic(const QKeySequence& key)
{
    return key.count() == 1 && key[0].keyboardModifiers() == Qt::AltModifier;
}

struct Binding
{
    QKeySequence key;
    QString what;
};

// What fires when the key is pressed now: enabled, in a context that reaches beyond one widget,
// and (for shortcuts and buttons) on screen.
QList<Binding> activeBindings(const QWidget* window)
{
    QList<Binding> result;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || !action->isEnabled() || !action->isVisible() ||
            action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence& key : action->shortcuts())
            result.append({key, plain(action->text())});
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        const auto* parent = qobject_cast<const QWidget*>(shortcut->parent());
        if (shortcut->key().isEmpty() || !shortcut->isEnabled() || (parent && !parent->isVisible()))
            continue;
        result.append({shortcut->key(), shortcut->whatsThis()});
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->shortcut().isEmpty() || isMnemonic(button->shortcut()) ||
            !button->isVisible() || !button->isEnabled())
            continue;
        result.append({button->shortcut(), plain(button->text())});
    }
    return result;
}

} // namespace

ShortcutSheet::ShortcutSheet(QWidget* window)
    : QDockWidget(tr("Keys (F1)"), window), m_window(window),
      m_show(new QAction(tr("&Keyboard shortcuts"), this)), m_model(new QStandardItemModel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keys and what they do"));
    m_table->setAccessibleDescription(
        tr("Every key of the screen on show, read from its actions; F1 closes the sheet."));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    setWidget(m_table);
    m_show->setObjectName(QStringLiteral("shortcutSheetAction"));
    m_show->setShortcut(QKeySequence(Qt::Key_F1));
    m_show->setCheckable(true);
    window->addAction(m_show);
    connect(m_show, &QAction::triggered, this, [this](bool on) {
        if (on) {
            refresh();
            show();
            raise();
        } else {
            hide();
        }
    });
    connect(this, &QDockWidget::visibilityChanged, m_show, [this](bool visible) {
        if (!visible && !isVisible())
            m_show->setChecked(false);
    });
    hide();
}

QList<ShortcutSheet::Entry> ShortcutSheet::collect(const QWidget* window)
{
    QList<Entry> entries;
    QList<QKeySequence> listed;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || !action->isVisible())
            continue;
        for (const QKeySequence& key : action->shortcuts()) {
            entries.append({key, plain(action->text()), QString()});
            listed.append(key);
        }
    }
    // Window shortcuts that a menu action does not already describe (Ctrl+W closes the tab).
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (shortcut->key().isEmpty() || listed.contains(shortcut->key()))
            continue;
        entries.append({shortcut->key(), shortcut->whatsThis(), tr("Window")});
        listed.append(shortcut->key());
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->shortcut().isEmpty() || isMnemonic(button->shortcut()) ||
            listed.contains(button->shortcut()))
            continue;
        QString where;
        for (const QWidget* w = button->parentWidget(); w && where.isEmpty(); w = w->parentWidget())
            where = w->accessibleName();
        entries.append({button->shortcut(), plain(button->text()), where});
        listed.append(button->shortcut());
    }
    return entries;
}

QStringList ShortcutSheet::clashes(const QWidget* window)
{
    QStringList result;
    const QList<Binding> bindings = activeBindings(window);
    QList<QKeySequence> reported;
    for (int i = 0; i < bindings.size(); ++i) {
        if (reported.contains(bindings[i].key))
            continue;
        QStringList names{bindings[i].what};
        for (int j = i + 1; j < bindings.size(); ++j) {
            if (bindings[j].key == bindings[i].key)
                names.append(bindings[j].what);
        }
        if (names.size() > 1) {
            result.append(bindings[i].key.toString(QKeySequence::PortableText) +
                          QStringLiteral(": ") + names.join(QStringLiteral(", ")));
            reported.append(bindings[i].key);
        }
    }
    return result;
}

void ShortcutSheet::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("What it does")});
    const auto add = [this](const QString& key, const QString& what, const QString& where) {
        auto* keyItem = new QStandardItem(key);
        QFont bold = keyItem->font();
        bold.setBold(true);
        keyItem->setFont(bold);
        auto* whatItem = new QStandardItem(
            where.isEmpty() ? what : tr("%1 (%2)", "what the key does (where)").arg(what, where));
        whatItem->setData(what, WhatRole);
        m_model->appendRow({keyItem, whatItem});
    };
    QList<Entry> entries = collect(m_window);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.where < b.where; });
    for (const Entry& entry : std::as_const(entries))
        add(entry.key.toString(QKeySequence::NativeText), entry.what, entry.where);
    // Keys handled inside lists and forms (no action of their own).
    const QString forms = tr("Lists and forms");
    add(tr("Tab / Shift+Tab"), tr("Next / previous field"), forms);
    add(tr("Alt+underlined letter"), tr("The field or button with that letter"), forms);
    add(tr("↑ ↓ Enter"), tr("Choose in a list; Enter opens"), forms);
    add(tr("Space"), tr("Checklist: received / missing / waived"), forms);
    add(tr("Delete"), tr("Intake: remove the chosen item"), forms);
    add(tr("Esc"), tr("Search: clear and go back to the navigator"), forms);
    add(tr("1 … 5, Enter, Esc"),
        tr("Spoken rating (accessibility mode, F9): the applicant's answer, record it, cancel"),
        forms);
    // A third of the window, the descriptions wrapped: the work stays beside it (a size, not a
    // minimum, so the window never grows past the screen).
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->resizeDocks({this}, {m_window->width() / 3}, Qt::Horizontal);
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();
}

} // namespace ow
