#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace ow {

struct Case;
class SpeechEngine;

// 朗读: reads to the applicant beside the counter what the screen says — the focused control's
// label and value (a field, a checklist row with its column headers, a whole guide or case), the
// whole materials checklist, and the decision just taken with its deadline. Each is an action
// with a key (F8, Shift+F8, Ctrl+F8; Ctrl+Shift+F8 stops). When no speech engine exists the
// actions say so in their text and in the status bar instead of doing nothing.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    // `window`: the main window whose focused control and current workspace tab are read.
    ReadAloud(QWidget* window, std::unique_ptr<SpeechEngine> engine);
    ~ReadAloud() override;

    void setEngine(std::unique_ptr<SpeechEngine> engine);
    void addActionsTo(QMenu* menu);
    QAction* readFocusAction() const { return m_readFocus; }
    QAction* readChecklistAction() const { return m_readChecklist; }
    QAction* readDecisionAction() const { return m_readDecision; }

    // Remembered after each decision at the counter, for Ctrl+F8; forgotten when another user
    // signs in. Nothing of a case is read while the screen is locked.
    void setLastDecision(const Case& decided);
    void forgetLastDecision() { m_lastDecision.clear(); }

    // What each action speaks (empty: nothing to read).
    static QString describe(const QWidget* widget);
    static QString tableText(const QAbstractItemView* view, bool wholeTable);
    static QString decisionText(const Case& decided);
    QString checklistText() const;
    QString lastDecisionText() const { return m_lastDecision; }

    // Speaks `text`, or reports why not; true when handed to the engine.
    bool speak(const QString& text);
    // Empty when reading aloud works; otherwise why not (no engine, the daemon not answering).
    QString unavailableReason() const;

signals:
    // A line for the status bar: what is being read, or why nothing is.
    void message(const QString& text);

private:
    void updateAvailability();
    bool locked() const;

    QWidget* m_window;
    std::unique_ptr<SpeechEngine> m_engine;
    QString m_lastDecision;
    QAction* m_readFocus;
    QAction* m_readChecklist;
    QAction* m_readDecision;
    QAction* m_stop;
};

} // namespace ow
