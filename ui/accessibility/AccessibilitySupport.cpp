#include "accessibility/AccessibilitySupport.h"

#include "accessibility/ReadAloud.h"
#include "accessibility/ShortcutSheet.h"
#include "accessibility/SpeechEngine.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTextToSpeech>
#include <QTimer>
#include <QToolButton>

namespace ow {

namespace {

// The system's speech engine, or none (the read-aloud actions then say so).
std::unique_ptr<SpeechEngine> defaultEngine()
{
    if (QTextToSpeech::availableEngines().isEmpty())
        return nullptr;
    return std::make_unique<QtSpeechEngine>(QStringLiteral("zh_CN"));
}

} // namespace

AccessibilitySupport::AccessibilitySupport(QMainWindow* window, AccountService& accounts,
                                           AccessibilityMode::SessionSource session)
    : QObject(window), m_window(window),
      m_mode(new AccessibilityMode(accounts, std::move(session), window)),
      m_readAloud(new ReadAloud(window, defaultEngine())), m_sheet(new ShortcutSheet(window))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_sheet);
    m_sheet->hide();
    QMenu* menu = m_menu = window->menuBar()->addMenu(tr("Accessibilit&y"));
    menu->setObjectName(QStringLiteral("accessibilityMenu"));
    m_mode->addActionsTo(menu);
    menu->addSeparator();
    m_readAloud->addActionsTo(menu);
    menu->addSeparator();
    menu->addAction(m_sheet->showAction());
    window->statusBar()->addPermanentWidget(m_mode->createStatusButton(window));
    connect(m_readAloud, &ReadAloud::message, window,
            [window](const QString& text) { window->statusBar()->showMessage(text, 15000); });
    connect(m_mode, &AccessibilityMode::message, window, [window](const QString& text) {
        // After the new type and style have been laid out: the status bar rebuilds its layout on
        // the change and shows again the labels a message hides.
        QTimer::singleShot(250, window,
                           [window, text] { window->statusBar()->showMessage(text, 15000); });
    });
    qApp->installEventFilter(this); // buttons come and go with the tabs; only this window's count
}

bool AccessibilitySupport::eventFilter(QObject* watched, QEvent* event)
{
    // Tab leaves a list or table (arrows move inside it); Qt's default walks every cell first,
    // which makes a 20-row checklist 120 key presses deep.
    if (event->type() == QEvent::Polish) {
        if (auto* view = qobject_cast<QAbstractItemView*>(watched);
            view && view->window() == m_window)
            view->setTabKeyNavigation(false);
        return QObject::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    auto* button = qobject_cast<QPushButton*>(watched);
    if (!button || (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
        key->modifiers() != Qt::NoModifier || !button->isEnabled() || button->window() != m_window)
        return QObject::eventFilter(watched, event);
    button->click();
    return true;
}

void AccessibilitySupport::caseDecided(const Case& decided)
{
    m_readAloud->setLastDecision(decided);
}

void AccessibilitySupport::userChanged()
{
    m_mode->reload();
    m_readAloud->forgetLastDecision();
}

} // namespace ow
