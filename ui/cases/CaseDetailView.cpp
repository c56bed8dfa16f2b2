#include "cases/CaseDetailView.h"

#include "access/AccessPolicy.h"
#include "accessibility/Descriptions.h"
#include "cases/CaseNumber.h"
#include "cases/CaseService.h"
#include "cases/CaseTimelineModel.h"
#include "guide/GuideJson.h"
#include "intake/ChecklistModel.h"
#include "security/PersonalData.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace ow {

namespace {

// The button of each later step, with its Alt key (none clashes with the menus F G A M H).
QString buttonText(CaseStatus to)
{
    switch (to) {
    case CaseStatus::Accepted:
        return CaseDetailView::tr("Materials arrived: acce&pt (受理)");
    case CaseStatus::Refused:
        return CaseDetailView::tr("&Refuse (不予受理)…");
    case CaseStatus::UnderReview:
        return CaseDetailView::tr("Re&view (审查)");
    case CaseStatus::Concluded:
        return CaseDetailView::tr("Co&nclude (办结)");
    case CaseStatus::Delivered:
        return CaseDetailView::tr("&Deliver (送达)");
    case CaseStatus::Archived:
        return CaseDetailView::tr("Arch&ive (归档)");
    case CaseStatus::Withdrawn:
        return CaseDetailView::tr("&Withdraw (撤回)…");
    case CaseStatus::Received:
    case CaseStatus::SupplementRequested:
        break;
    }
    return CaseLifecycle::displayName(to);
}

QString accessibleText(CaseStatus to)
{
    switch (to) {
    case CaseStatus::Accepted:
        return CaseDetailView::tr("The missing materials arrived: accept the case");
    case CaseStatus::Refused:
        return CaseDetailView::tr("Refuse the case, with reasons");
    case CaseStatus::UnderReview:
        return CaseDetailView::tr("Send the case to review");
    case CaseStatus::Concluded:
        return CaseDetailView::tr("Conclude the case");
    case CaseStatus::Delivered:
        return CaseDetailView::tr("Record that the result was delivered");
    case CaseStatus::Archived:
        return CaseDetailView::tr("Archive the case");
    case CaseStatus::Withdrawn:
        return CaseDetailView::tr("Withdraw the case at the applicant's request, with the reason");
    case CaseStatus::Received:
    case CaseStatus::SupplementRequested:
        break;
    }
    return CaseLifecycle::displayName(to);
}

const QString SignatureResource = QStringLiteral("signature-%1");

} // namespace

CaseDetailView::CaseDetailView(const Case& c, Role role, StepFunction step, QWidget* parent)
    : QWidget(parent), m_role(role), m_step(std::move(step)), m_heading(new QLabel(this)),
      m_timeline(new QTableView(this)), m_model(new CaseTimelineModel(this)),
      m_stepsLayout(new QHBoxLayout()), m_noStep(new QLabel(this)), m_note(new QLineEdit(this)),
      m_reasonPanel(new QWidget(this)), m_reasonLabel(new QLabel(m_reasonPanel)),
      m_reason(new QLineEdit(m_reasonPanel)), m_confirm(new QPushButton(m_reasonPanel)),
      m_message(new QLabel(this)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("caseDetail"));
    auto* layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("caseDetailHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    auto* timelineLabel = new QLabel(tr("&Timeline:"), this);
    timelineLabel->setBuddy(m_timeline);
    layout->addWidget(timelineLabel);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setAccessibleName(tr("Timeline of the case"));
    m_timeline->setModel(m_model);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->setVisible(false);
    layout->addWidget(m_timeline, 2);

    // The next steps: buttons, the optional note, the inline reason of 撤回 / 不予受理.
    auto* stepsRow = new QHBoxLayout();
    stepsRow->addWidget(new QLabel(tr("Next step:"), this));
    stepsRow->addLayout(m_stepsLayout);
    m_noStep->setObjectName(QStringLiteral("caseNoStep"));
    stepsRow->addWidget(m_noStep);
    stepsRow->addStretch(1);
    layout->addLayout(stepsRow);
    auto* noteRow = new QHBoxLayout();
    auto* noteLabel = new QLabel(tr("N&ote with the step:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("caseStepNote"));
    m_note->setAccessibleName(tr("Note recorded with the next step (optional)"));
    m_note->setPlaceholderText(tr("optional, e.g. delivered by post, tracking number"));
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    layout->addLayout(noteRow);

    m_reasonPanel->setObjectName(QStringLiteral("caseReasonPanel"));
    auto* reasonRow = new QHBoxLayout(m_reasonPanel);
    reasonRow->setContentsMargins(0, 0, 0, 0);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("caseReason"));
    m_confirm->setObjectName(QStringLiteral("caseReasonConfirm"));
    auto* cancel = new QPushButton(tr("Cancel"), m_reasonPanel);
    cancel->setObjectName(QStringLiteral("caseReasonCancel"));
    cancel->setAccessibleName(tr("Cancel this step"));
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_confirm);
    reasonRow->addWidget(cancel);
    m_reasonPanel->hide();
    layout->addWidget(m_reasonPanel);
    connect(m_confirm, &QPushButton::clicked, this, &CaseDetailView::confirmReason);
    connect(m_reason, &QLineEdit::returnPressed, this, &CaseDetailView::confirmReason);
    connect(cancel, &QPushButton::clicked, this, &CaseDetailView::cancelReason);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_reason);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, &CaseDetailView::cancelReason);

    m_message->setObjectName(QStringLiteral("caseStepMessage"));
    m_message->setAccessibleName(tr("Result of the last step"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_browser->setObjectName(QStringLiteral("caseDetailText"));
    m_browser->setAccessibleName(tr("Case details"));
    // Screen readers: what each control does, read after its name.
    describeControls(this,
                     {
                         {"caseDetail",
                          {},
                          tr("One case: its timeline, the next steps and the case's details.")},
                         {"caseTimeline",
                          {},
                          tr("Every step of the case so far, with its time, user and note.")},
                         {"caseStepNote", {}, tr("A note recorded with the next step.")},
                         {"caseReason", {}, tr("The reason this step needs; required.")},
                         {"caseReasonConfirm", {}, tr("Records the step with the reason given.")},
                         {"caseReasonCancel", {}, tr("Goes back without recording the step.")},
                         {"caseDetailText",
                          {},
                          tr("The applicant, agent, items, materials and deadline of the case.")},
                     });
    layout->addWidget(m_browser, 3);
    setFocusProxy(m_timeline);
    showCase(c);
}

void CaseDetailView::showCase(const Case& c)
{
    m_case = c;
    const CaseStatus status = c.status();
    setAccessibleName(tr("Case %1").arg(c.number));
    m_heading->setText(tr("Case %1 — %2").arg(c.number, CaseLifecycle::displayName(status)));
    m_model->setEvents(c.events);
    m_timeline->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_timeline->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    rebuildSteps();
    renderDetails();
}

QList<CaseStatus> CaseDetailView::offeredSteps() const
{
    QList<CaseStatus> steps;
    for (const auto& [to, button] : m_buttons)
        steps.append(to);
    return steps;
}

QPushButton* CaseDetailView::stepButton(CaseStatus to) const
{
    for (const auto& [status, button] : m_buttons) {
        if (status == to)
            return button;
    }
    return nullptr;
}

void CaseDetailView::rebuildSteps()
{
    // Later, not now: a step's own button may be the one whose click is being handled.
    for (const auto& [status, button] : std::as_const(m_buttons)) {
        button->hide();
        m_stepsLayout->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
    cancelReason();
    const CaseStatus status = m_case.status();
    QStringList othersMay;
    for (const CaseStatus to : CaseLifecycle::next(status)) {
        // The counter's decisions on a case just received need the intake's checklist; a
        // supplement is asked for once, at the counter.
        if (to == CaseStatus::SupplementRequested ||
            (status == CaseStatus::Received && CaseLifecycle::isDecision(to)))
            continue;
        if (!AccessPolicy::allows(m_role, CaseService::actionFor(to))) {
            othersMay.append(CaseLifecycle::displayName(to));
            continue;
        }
        auto* button = new QPushButton(buttonText(to), this);
        button->setObjectName(QStringLiteral("caseStep_") + CaseLifecycle::key(to));
        button->setAccessibleName(accessibleText(to));
        button->setAccessibleDescription(tr("Records the step \"%1\" on the case's timeline.")
                                             .arg(CaseLifecycle::displayName(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { step(to); });
        m_stepsLayout->addWidget(button);
        button->show(); // now, not when the layout gets to it: its Alt key works at once
        m_buttons.append({to, button});
    }
    if (!m_buttons.isEmpty())
        m_noStep->clear();
    else if (!othersMay.isEmpty())
        m_noStep->setText(tr("%1: not with your role.").arg(othersMay.join(QStringLiteral("、"))));
    else
        m_noStep->setText(tr("None: the case's life is over."));
    m_noStep->setVisible(m_buttons.isEmpty());
    m_note->setEnabled(!m_buttons.isEmpty());
}

bool CaseDetailView::step(CaseStatus to)
{
    if (!stepButton(to)) {
        showMessage(
            tr("\"%1\" is not a step this case can take now.").arg(CaseLifecycle::displayName(to)),
            true);
        return false;
    }
    if (CaseLifecycle::needsReason(to)) {
        m_pending = to;
        m_reasonLabel->setText(to == CaseStatus::Withdrawn
                                   ? tr("Reason for the withdrawal (required):")
                                   : tr("Reasons for the refusal (required):"));
        m_reason->setAccessibleName(to == CaseStatus::Withdrawn ? tr("Reason for the withdrawal")
                                                                : tr("Reasons for the refusal"));
        m_confirm->setText(to == CaseStatus::Withdrawn ? tr("Confirm withdrawal")
                                                       : tr("Confirm refusal"));
        m_confirm->setAccessibleName(m_confirm->text()); // Enter in the reason line confirms
        m_reason->setText(m_note->text());
        m_reasonPanel->show();
        m_reason->setFocus();
        showMessage(tr("Type the reason, then Enter; Esc cancels."), false);
        return false;
    }
    return record(to, m_note->text());
}

bool CaseDetailView::confirmReason()
{
    if (!m_reasonPanel->isVisible())
        return false;
    if (m_reason->text().trimmed().isEmpty()) {
        showMessage(m_pending == CaseStatus::Withdrawn
                        ? tr("Withdrawing a case needs the applicant's reason.")
                        : tr("A refusal needs its reasons."),
                    true);
        m_reason->setFocus();
        return false;
    }
    return record(m_pending, m_reason->text());
}

void CaseDetailView::cancelReason()
{
    const bool wasOpen = m_reasonPanel->isVisible();
    m_reasonPanel->hide();
    m_reason->clear();
    if (wasOpen) {
        showMessage(QString(), false);
        if (QPushButton* button = stepButton(m_pending))
            button->setFocus();
    }
}

bool CaseDetailView::record(CaseStatus to, const QString& note)
{
    const Result<Case> stepped = m_step(to, note.trimmed());
    if (!stepped) {
        showMessage(stepped.error(), true);
        return false;
    }
    m_note->clear();
    showCase(stepped.value());
    showMessage(tr("Case %1 is now \"%2\".")
                    .arg(m_case.number, CaseLifecycle::displayName(m_case.status())),
                false);
    m_timeline->setFocus();
    emit caseChanged(m_case.id, m_case.status());
    return true;
}

void CaseDetailView::showMessage(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void CaseDetailView::setSignatures(const QList<CaseSignature>& signatures)
{
    m_signatures = signatures;
    renderDetails();
}

void CaseDetailView::renderDetails()
{
    const Case& c = m_case;
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<p>%1 · %2</p>")
                       .arg(esc(CaseLifecycle::displayName(c.status())),
                            esc(tr("check code %1").arg(CaseNumber::checkCode(c.id, c.number))));
    html += QStringLiteral("<p><b>%1</b> %2 %3 %4</p>")
                .arg(esc(tr("Applicant:")), esc(c.applicant.name),
                     esc(c.applicant.kind == Applicant::Kind::Person
                             ? PersonalData::maskIdNumber(c.applicant.identifier)
                             : c.applicant.identifier),
                     esc(PersonalData::maskPhone(c.applicant.phone)));
    if (c.agent)
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                    .arg(esc(tr("Agent:")), esc(c.agent->name),
                         esc(PersonalData::maskIdNumber(c.agent->idNumber)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Items:")), esc(c.itemCodes.join(QStringLiteral("、"))));
    if (c.dueDate.isValid())
        html += QStringLiteral("<p><b>%1</b> %2%3</p>")
                    .arg(esc(tr("Due:")), esc(c.dueDate.toString(Qt::ISODate)),
                         c.dueProvisional ? esc(tr(" (provisional)")) : QString());
    if (!c.decisionNote.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Note:")), esc(c.decisionNote));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Materials")));
    for (const CaseMaterial& m : c.materials)
        html += QStringLiteral("<li>%1（%2 × %3）— %4</li>")
                    .arg(esc(m.name), esc(GuideJson::formName(m.form)))
                    .arg(m.copies)
                    .arg(esc(ChecklistModel::stateName(m.state)));
    html += QStringLiteral("</ul>");
    QTextDocument* document = m_browser->document();
    for (int i = 0; i < m_signatures.size(); ++i) {
        const CaseSignature& signature = m_signatures.at(i);
        const QString name = SignatureResource.arg(i);
        document->addResource(QTextDocument::ImageResource, QUrl(name),
                              QImage::fromData(signature.png, "PNG"));
        html += QStringLiteral("<p><b>%1</b> %2<br/><img src=\"%3\" height=\"60\"/></p>")
                    .arg(esc(signature.signer == CaseSignature::Signer::Agent
                                 ? tr("Signed by the agent:")
                                 : tr("Signed by the applicant:")),
                         esc(signature.signedAt.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm"))),
                         name);
    }
    m_browser->setHtml(html);
}

QString CaseDetailView::text() const
{
    return m_browser->toPlainText();
}

} // namespace ow
