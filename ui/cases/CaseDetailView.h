#pragma once

#include "access/Role.h"
#include "cases/Case.h"
#include "cases/CaseSignature.h"
#include "common/Result.h"

#include <QList>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QHBoxLayout;

namespace ow {

class CaseTimelineModel;

// One case, opened on its timeline (every event: step, time, user, note), with the steps its
// status allows next as buttons — only those the signed-in role may take. 撤回 and 不予受理 ask
// for their reason in a line under the buttons (no dialog); the other steps take the optional
// note beside them. Below: who, what, the checklist as decided, the deadline, the signatures.
class CaseDetailView : public QWidget
{
    Q_OBJECT

public:
    // Records a step on the case and returns it as it now stands, or why not.
    using StepFunction = std::function<Result<Case>(CaseStatus to, const QString& note)>;

    CaseDetailView(const Case& c, Role role, StepFunction step, QWidget* parent = nullptr);

    const QString& caseId() const { return m_case.id; }
    const Case& currentCase() const { return m_case; }
    QString text() const; // the details, as plain text
    void setSignatures(const QList<CaseSignature>& signatures);

    // The steps offered now, in button order; the button of one (nullptr when not offered).
    QList<CaseStatus> offeredSteps() const;
    QPushButton* stepButton(CaseStatus to) const;
    QTableView* timeline() const { return m_timeline; }
    CaseTimelineModel* timelineModel() const { return m_model; }
    QLabel* messageLabel() const { return m_message; }
    QWidget* reasonPanel() const { return m_reasonPanel; }
    QLineEdit* reasonEdit() const { return m_reason; }

    // What a step button does: 撤回 / 不予受理 open the reason line (recorded by confirmReason);
    // every other step is recorded at once. True when the case moved on.
    bool step(CaseStatus to);
    bool confirmReason();
    void cancelReason();

signals:
    // After a step was recorded: the case lists refresh the status.
    void caseChanged(const QString& caseId, ow::CaseStatus status);

private:
    void showCase(const Case& c);
    void rebuildSteps();
    void renderDetails();
    bool record(CaseStatus to, const QString& note);
    void showMessage(const QString& text, bool problem);

    Case m_case;
    Role m_role;
    StepFunction m_step;
    QList<CaseSignature> m_signatures;
    QLabel* m_heading;
    QTableView* m_timeline;
    CaseTimelineModel* m_model;
    QHBoxLayout* m_stepsLayout;
    QList<QPair<CaseStatus, QPushButton*>> m_buttons;
    QLabel* m_noStep;
    QLineEdit* m_note;
    QWidget* m_reasonPanel;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_confirm;
    CaseStatus m_pending = CaseStatus::Withdrawn;
    QLabel* m_message;
    QTextBrowser* m_browser;
};

} // namespace ow
