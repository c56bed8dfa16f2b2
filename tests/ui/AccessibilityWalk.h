#pragma once

// What a screen reader meets on a screen: every control the keyboard can reach and every
// interactive element of the accessibility tree must have a name, and tables name their columns.
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QComboBox>
#include <QStringList>
#include <QWidget>

namespace ow::test {

// What the walk asks of each interactive element: a name (every screen), or a name and a
// description (the screens that have both everywhere).
enum class Require
{
    Name,
    NameAndDescription,
};

inline QString describeWidget(const QWidget* w)
{
    QString path;
    for (const QObject* o = w; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty()
                                 ? QString::fromLatin1(o->metaObject()->className())
                                 : o->objectName();
        path = path.isEmpty() ? name : name + QStringLiteral("/") + path;
    }
    return path;
}

inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

inline void walkTree(QAccessibleInterface* iface, const QString& where, int depth,
                     QStringList& problems, Require require = Require::Name)
{
    if (!iface || depth > 40 || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (isInteractive(role) && name.isEmpty() && !iface->state().invisible)
        problems.append(QStringLiteral("unnamed %1 (role %2)")
                            .arg(iface->object()
                                     ? describeWidget(qobject_cast<QWidget*>(iface->object()))
                                     : where)
                            .arg(int(role)));
    if (require == Require::NameAndDescription && isInteractive(role) &&
        iface->text(QAccessible::Description).trimmed().isEmpty())
        problems.append(QStringLiteral("no description: %1 (role %2)")
                            .arg(iface->object()
                                     ? describeWidget(qobject_cast<QWidget*>(iface->object()))
                                     : where)
                            .arg(int(role)));
    if (QAccessibleTableInterface* table = iface->tableInterface()) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->columnDescription(column).trimmed().isEmpty())
                problems.append(QStringLiteral("table %1: column %2 has no header")
                                    .arg(describeWidget(qobject_cast<QWidget*>(iface->object())))
                                    .arg(column));
        }
        return; // cells are data, not controls
    }
    if (role == QAccessible::Tree || role == QAccessible::List)
        return; // items are data
    for (int i = 0; i < iface->childCount(); ++i)
        walkTree(iface->child(i), name.isEmpty() ? where : name, depth + 1, problems, require);
}

// Problems on `root`'s screen now: focusable visible widgets without an accessible name, unnamed
// interactive elements of the accessibility tree, table columns without a header.
inline QStringList accessibilityProblems(QWidget* root, Require require = Require::Name)
{
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // The editor inside a spin box, date box or editable combo box is part of it: the
        // reader announces the outer control, whose name is checked on its own.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        // Likewise the viewport of a scrolled view (a chart, a table): the view is announced.
        if (const auto* area = qobject_cast<QAbstractScrollArea*>(w->parentWidget());
            area && area->viewport() == w)
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty() && w->accessibleName().trimmed().isEmpty())
            problems.append(QStringLiteral("focusable without a name: %1").arg(describeWidget(w)));
        // A tab bar's interface gives no description (Qt announces the focused tab, whose tool
        // tip is its description): the widget's own is what counts there.
        if (require == Require::NameAndDescription &&
            (iface ? iface->text(QAccessible::Description) : QString()).trimmed().isEmpty() &&
            w->accessibleDescription().trimmed().isEmpty())
            problems.append(
                QStringLiteral("focusable without a description: %1").arg(describeWidget(w)));
    }
    walkTree(QAccessible::queryAccessibleInterface(root), root->objectName(), 0, problems, require);
    problems.removeDuplicates();
    return problems;
}

} // namespace ow::test
