#pragma once

#include "accessibility/AccessibilityMode.h"

#include <QObject>

class QMainWindow;
class QMenu;

namespace ow {

class AccountService;
class ReadAloud;
class ShortcutSheet;
struct Case;

// Everything issue 8 adds to the main window, installed with one call so the window's own code
// stays about the counter: the accessibility mode (F12, status bar switch, per-user setting),
// reading aloud (F8 …), the key sheet (F1) and the 无障碍 menu that lists them.
class AccessibilitySupport : public QObject
{
    Q_OBJECT

public:
    AccessibilitySupport(QMainWindow* window, AccountService& accounts,
                         AccessibilityMode::SessionSource session);

    AccessibilityMode* mode() const { return m_mode; }
    ReadAloud* readAloud() const { return m_readAloud; }
    ShortcutSheet* shortcutSheet() const { return m_sheet; }
    // The 无障碍 menu (the window adds its own assisted-service commands to it).
    QMenu* menu() const { return m_menu; }

    // After a decision at the counter (for "read the decision and deadline").
    void caseDecided(const Case& decided);
    // After another user signed in at this window: their own settings.
    void userChanged();

protected:
    // Enter on a focused button presses it, as Space does (outside dialogs Qt ignores Enter on
    // buttons; a keyboard user expects Enter to act).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* m_window;
    AccessibilityMode* m_mode;
    ReadAloud* m_readAloud;
    ShortcutSheet* m_sheet;
    QMenu* m_menu = nullptr;
};

} // namespace ow
