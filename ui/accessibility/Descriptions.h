#pragma once

#include <QAbstractButton>
#include <QString>
#include <QTabBar>
#include <QWidget>

#include <initializer_list>

namespace ow {

// Screen readers announce a control's name, then its description: what it does or expects.
// Each screen lists its controls' descriptions in one place, by object name, after building
// them (a name is set too where the control has none yet).
struct ControlDescription
{
    const char* objectName;
    QString name; // empty: keep the control's own
    QString description;
};

inline void describeControls(QWidget* root, std::initializer_list<ControlDescription> controls)
{
    for (const ControlDescription& control : controls) {
        const QString objectName = QString::fromLatin1(control.objectName);
        QList<QWidget*> widgets = root->findChildren<QWidget*>(objectName);
        if (root->objectName() == objectName)
            widgets.prepend(root);
        for (QWidget* widget : std::as_const(widgets)) {
            if (!control.name.isEmpty() && widget->accessibleName().isEmpty())
                widget->setAccessibleName(control.name);
            widget->setAccessibleDescription(control.description);
        }
    }
}

// A tab's description is its tool tip (what a screen reader reads after the tab's name); the
// scroll arrows a tab bar shows when its tabs do not fit are described too.
inline void describeTab(QTabBar* bar, int index, const QString& description,
                        const QString& scrollLeft, const QString& scrollRight)
{
    if (index >= 0 && bar->tabToolTip(index).isEmpty())
        bar->setTabToolTip(index, description);
    for (QAbstractButton* arrow : bar->findChildren<QAbstractButton*>()) {
        if (arrow->objectName() == QLatin1String("ScrollLeftButton"))
            arrow->setAccessibleDescription(scrollLeft);
        else if (arrow->objectName() == QLatin1String("ScrollRightButton"))
            arrow->setAccessibleDescription(scrollRight);
    }
}

} // namespace ow
