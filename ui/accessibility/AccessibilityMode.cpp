#include "accessibility/AccessibilityMode.h"

#include "access/AccountService.h"
#include "accessibility/AccessibilityTheme.h"

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QWidget>

namespace ow {

namespace {

// The widget classes a platform theme may give fonts of their own (QApplication keeps them
// apart from the default font, so scaling the default alone leaves menus, tabs, lists and the
// status bar small).
const char* const FontClasses[] = {
    "QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel", "QStatusBar",
    "QDockWidgetTitle", "QPushButton", "QCheckBox", "QRadioButton", "QToolButton",
    "QAbstractItemView", "QListView", "QHeaderView", "QComboMenuItem", "QComboLineEdit", "QTabBar",
    "QTreeView", "QTableView", "QLineEdit", "QGroupBox", "QTextEdit", "QPlainTextEdit", "QComboBox",
    // Date, time and number fields (the dashboard's days and window): some platforms give them
    // a font of their own too, which left them in small type.
    "QAbstractSpinBox"};

QFont scaled(const QFont& base, double scale)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * scale);
    else
        font.setPixelSize(int(base.pixelSize() * scale));
    return font;
}

} // namespace

AccessibilityMode::AccessibilityMode(AccountService& accounts, SessionSource session,
                                     QWidget* window)
    : QObject(window), m_accounts(accounts), m_session(std::move(session)),
      m_baseFont(QApplication::font()), m_platformPalette(QApplication::style()->standardPalette()),
      m_baseStyleSheet(qApp->styleSheet()),
      m_toggle(new QAction(tr("&Accessibility mode (large type, high contrast)"), this)),
      m_largest(new QAction(tr("&Largest type (200 %)"), this)),
      m_contrast(new QAction(tr("&High contrast"), this))
{
    for (const char* name : FontClasses)
        m_classFonts.append({QByteArray(name), QApplication::font(name)});
    m_toggle->setObjectName(QStringLiteral("accessibilityModeAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F12));
    m_toggle->setToolTip(tr("Large type, high contrast and large buttons for an applicant who "
                            "does not see well (F12)"));
    m_largest->setObjectName(QStringLiteral("accessibilityLargestAction"));
    m_largest->setCheckable(true);
    m_largest->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F12));
    m_contrast->setObjectName(QStringLiteral("accessibilityContrastAction"));
    m_contrast->setCheckable(true);
    m_contrast->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F12));
    for (QAction* action : {m_toggle, m_largest, m_contrast})
        window->addAction(action); // the keys work wherever the focus is in the window
    connect(m_toggle, &QAction::triggered, this, [this](bool on) {
        AccessibilitySettings next = m_settings;
        next.enabled = on;
        change(next);
    });
    connect(m_largest, &QAction::triggered, this, [this](bool on) {
        AccessibilitySettings next = m_settings;
        next.enabled = true; // choosing a size means the mode is wanted
        next.scalePercent =
            on ? AccessibilitySettings::ScaleLargest : AccessibilitySettings::ScaleLarge;
        change(next);
    });
    connect(m_contrast, &QAction::triggered, this, [this](bool on) {
        AccessibilitySettings next = m_settings;
        next.enabled = true;
        next.highContrast = on;
        change(next);
    });
    reload();
}

AccessibilityMode::~AccessibilityMode()
{
    m_settings.enabled = false;
    apply();
}

void AccessibilityMode::reload()
{
    const Result<QJsonObject> stored = m_accounts.userSettings(m_session());
    if (!stored)
        emit message(stored.error());
    m_settings = AccessibilitySettings::fromUserSettings(stored ? stored.value() : QJsonObject());
    if (stored)
        remember(m_settings);
    apply();
}

AccessibilitySettings AccessibilityMode::lastUsed()
{
    const QByteArray text =
        QSettings().value(QStringLiteral("accessibility/lastUsed")).toByteArray();
    return AccessibilitySettings::fromUserSettings(QJsonDocument::fromJson(text).object());
}

void AccessibilityMode::remember(const AccessibilitySettings& settings)
{
    QSettings machine;
    const QByteArray text = QJsonDocument(settings.mergedInto({})).toJson(QJsonDocument::Compact);
    if (machine.value(QStringLiteral("accessibility/lastUsed")).toByteArray() != text)
        machine.setValue(QStringLiteral("accessibility/lastUsed"), text);
}

void AccessibilityMode::applyTo(QWidget* window, const AccessibilitySettings& settings)
{
    if (!settings.enabled)
        return;
    const QFont font = scaled(window->font(), settings.fontScale());
    window->setFont(font);
    if (settings.highContrast)
        window->setPalette(AccessibilityTheme::highContrastPalette());
    const int target = std::max(36, QFontMetrics(font).height() * 8 / 5);
    window->setStyleSheet(
        window->styleSheet() +
        AccessibilityTheme::styleSheet(settings.highContrast, target, font.pointSizeF()));
}

bool AccessibilityMode::change(const AccessibilitySettings& settings)
{
    m_settings = settings;
    apply();
    remember(settings);
    const Session session = m_session();
    const Result<QJsonObject> stored = m_accounts.userSettings(session);
    Status saved = stored
                       ? m_accounts.saveUserSettings(session, settings.mergedInto(stored.value()))
                       : Status::failure(stored.error());
    if (!saved) {
        emit message(tr("The accessibility mode is on for now but could not be remembered: %1")
                         .arg(saved.error()));
        return false;
    }
    emit message(settings.enabled
                     ? tr("Accessibility mode on: type %1 %%2. F12 switches it off.")
                           .arg(settings.scalePercent)
                           .arg(settings.highContrast ? tr(", high contrast") : QString())
                     : tr("Accessibility mode off."));
    return true;
}

void AccessibilityMode::apply()
{
    const double scale = m_settings.fontScale();
    const QFont font = scaled(m_baseFont, scale);
    QApplication::setFont(font);
    for (const auto& [name, base] : std::as_const(m_classFonts))
        QApplication::setFont(scaled(base, scale), name.constData());
    QToolTip::setFont(font);
    const bool contrast = m_settings.enabled && m_settings.highContrast;
    QApplication::setPalette(contrast ? AccessibilityTheme::highContrastPalette()
                                      : AccessibilityTheme::normalPalette(m_platformPalette));
    if (m_settings.enabled) {
        const int target = std::max(36, QFontMetrics(font).height() * 8 / 5);
        qApp->setStyleSheet(m_baseStyleSheet +
                            AccessibilityTheme::styleSheet(contrast, target, font.pointSizeF()));
    } else {
        qApp->setStyleSheet(m_baseStyleSheet);
    }
    syncActions();
    emit changed(m_settings);
}

void AccessibilityMode::syncActions()
{
    m_toggle->setChecked(m_settings.enabled);
    m_largest->setChecked(m_settings.enabled &&
                          m_settings.scalePercent == AccessibilitySettings::ScaleLargest);
    m_contrast->setChecked(m_settings.enabled && m_settings.highContrast);
}

void AccessibilityMode::addActionsTo(QMenu* menu)
{
    menu->addAction(m_toggle);
    menu->addAction(m_largest);
    menu->addAction(m_contrast);
}

QToolButton* AccessibilityMode::createStatusButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("accessibilityButton"));
    button->setCheckable(true);
    button->setText(tr("Accessibility (F12)"));
    button->setToolTip(m_toggle->toolTip());
    button->setAccessibleName(tr("Accessibility mode"));
    button->setAccessibleDescription(m_toggle->toolTip());
    button->setChecked(m_toggle->isChecked());
    connect(button, &QToolButton::clicked, m_toggle, &QAction::trigger);
    connect(m_toggle, &QAction::toggled, button, &QToolButton::setChecked);
    return button;
}

} // namespace ow
