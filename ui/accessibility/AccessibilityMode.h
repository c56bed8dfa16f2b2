#pragma once

#include "access/Session.h"
#include "accessibility/AccessibilitySettings.h"

#include <QFont>
#include <QObject>
#include <QPalette>
#include <functional>

class QAction;
class QMenu;
class QToolButton;
class QWidget;

namespace ow {

class AccountService;

// 无障碍模式: large type (150 % / 200 %), the high-contrast theme, large click targets and a
// visible focus, switched with F12 or the status bar's button at any time and remembered in the
// signed-in user's settings. Applies to the whole application (every window and dialog); the
// normal theme comes back when it is switched off or this object goes.
class AccessibilityMode : public QObject
{
    Q_OBJECT

public:
    using SessionSource = std::function<Session()>;

    AccessibilityMode(AccountService& accounts, SessionSource session, QWidget* window);
    ~AccessibilityMode() override;

    const AccessibilitySettings& settings() const { return m_settings; }
    // Applies and stores (for the signed-in user) the settings; false with message() on a
    // failed save (the look changes anyway: the applicant is waiting).
    bool change(const AccessibilitySettings& settings);
    // Loads the signed-in user's settings (at start, after a change of user) and applies them.
    void reload();

    // The choice of the last user who signed in or switched the mode at this workstation (the
    // machine's settings, key accessibility/lastUsed): the sign-in dialog follows it, so an
    // applicant's helper does not meet small type before signing in.
    static AccessibilitySettings lastUsed();
    static void remember(const AccessibilitySettings& settings);
    // The look of the mode on one window only (a dialog shown before any main window): its type
    // scaled, the high-contrast palette, large targets and the visible focus frame. Nothing when
    // the settings are off.
    static void applyTo(QWidget* window, const AccessibilitySettings& settings);

    QAction* toggleAction() const { return m_toggle; }
    QAction* largestTypeAction() const { return m_largest; }
    QAction* highContrastAction() const { return m_contrast; }
    void addActionsTo(QMenu* menu);
    // The status bar's switch (ARCHITECTURE: "a status bar with … the accessibility switch").
    QToolButton* createStatusButton(QWidget* parent);

signals:
    void message(const QString& text);
    void changed(const AccessibilitySettings& settings);

private:
    void apply();
    void syncActions();

    AccountService& m_accounts;
    SessionSource m_session;
    AccessibilitySettings m_settings;
    QFont m_baseFont;
    QList<QPair<QByteArray, QFont>> m_classFonts; // the platform's fonts per widget class
    QPalette m_platformPalette;
    QString m_baseStyleSheet;
    QAction* m_toggle;
    QAction* m_largest;
    QAction* m_contrast;
};

} // namespace ow
