#include "sync/ShiftClosePanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ow {

ShiftClosePanel::ShiftClosePanel(const ShiftHandover& handover, const QString& problem,
                                 QWidget* parent)
    : QDialog(parent), m_signOut(new QPushButton(tr("Hand over and &sign out"), this)),
      m_cancel(new QPushButton(tr("&Cancel, keep working"), this))
{
    setObjectName(QStringLiteral("shiftClosePanel"));
    setWindowTitle(tr("Shift close (交班)"));
    setAccessibleName(tr("Shift close: what you leave for the next shift"));
    setWindowModality(Qt::WindowModal);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("shiftCloseIntro"));
    intro->setAccessibleName(tr("Summary"));
    intro->setWordWrap(true);
    QString text;
    if (!problem.isEmpty())
        text = tr("What is left could not be read: %1 You can still sign out.").arg(problem);
    else if (handover.isEmpty())
        text = tr("Nothing is left behind: every case is in the central store and nothing waits "
                  "for you.");
    else
        text = tr("This is what you leave for the next shift. It stays on this workstation and is "
                  "recorded with your hand-over.");
    text += u' ' + tr("Last successful sync: %1.")
                       .arg(handover.lastSync.isValid() ? handover.lastSync.toLocalTime().toString(
                                                              QStringLiteral("yyyy-MM-dd HH:mm"))
                                                        : tr("never"));
    intro->setText(text);
    layout->addWidget(intro);

    const auto caseLines = [](const QList<ShiftHandover::CaseLine>& cases, bool due) {
        QStringList lines;
        for (const ShiftHandover::CaseLine& line : cases)
            lines.append(
                due && line.dueDate.isValid()
                    ? tr("%1 — due %2").arg(line.number, line.dueDate.toString(Qt::ISODate))
                    : line.number);
        return lines;
    };
    QStringList printed;
    for (const ShiftHandover::PrintLine& line : handover.printedOffline)
        printed.append(tr("%1 — %2 at %3")
                           .arg(line.number, line.title,
                                line.at.toLocalTime().toString(QStringLiteral("HH:mm"))));
    addSection(QStringLiteral("shiftNotInCentral"),
               tr("Cases not yet in the central store: %1").arg(handover.notInCentralStore.size()),
               tr("Every case is in the central store."),
               caseLines(handover.notInCentralStore, false));
    addSection(QStringLiteral("shiftPrintedOffline"),
               tr("Receipts and notices printed since the last sync: %1")
                   .arg(handover.printedOffline.size()),
               tr("Nothing printed since the last sync."), printed);
    addSection(QStringLiteral("shiftSupplements"),
               tr("补正 deadlines running (waiting for the applicant): %1")
                   .arg(handover.supplementsRunning.size()),
               tr("No 补正 is waiting."), caseLines(handover.supplementsRunning, true));
    addSection(QStringLiteral("shiftRectifications"),
               tr("Rectifications (整改) due: %1").arg(handover.rectificationsDue.size()),
               tr("No rectification is open."), caseLines(handover.rectificationsDue, true));
    auto* pending = new QLabel(
        tr("Changes of this workstation not yet sent: %1").arg(handover.pendingChanges), this);
    pending->setObjectName(QStringLiteral("shiftPendingChanges"));
    pending->setAccessibleName(pending->text());
    layout->addWidget(pending);

    auto* buttons = new QDialogButtonBox(this);
    m_signOut->setObjectName(QStringLiteral("shiftSignOut"));
    m_signOut->setAccessibleName(tr("Hand over and sign out"));
    m_signOut->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("shiftCancel"));
    m_cancel->setAccessibleName(tr("Cancel and keep working"));
    buttons->addButton(m_signOut, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_signOut->setFocus();
    resize(560, 560);
}

void ShiftClosePanel::addSection(const QString& objectName, const QString& title,
                                 const QString& empty, const QStringList& lines)
{
    auto* label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(title);
    layout()->addWidget(label);
    auto* list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(title);
    list->addItems(lines.isEmpty() ? QStringList{empty} : lines);
    list->setMaximumHeight(lines.size() > 3 ? 110 : 64);
    label->setBuddy(list);
    layout()->addWidget(list);
}

QListWidget* ShiftClosePanel::section(const QString& objectName) const
{
    return findChild<QListWidget*>(objectName);
}

} // namespace ow
