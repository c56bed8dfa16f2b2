#include "common/SyncStatusWidget.h"

#include <QProgressBar>

namespace ow {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QLabel(parent), m_bar(new QProgressBar(parent ? parent : this))
{
    setObjectName(QStringLiteral("statusSync"));
    setAccessibleName(tr("Sync with the central store"));
    setText(tr("Sync: starting…"));
    m_bar->setObjectName(QStringLiteral("statusSyncProgress"));
    m_bar->setAccessibleName(tr("Changes sent to the central store"));
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(true);
    m_bar->setFocusPolicy(Qt::NoFocus); // information only: the clerk is never stopped by it
    m_bar->hide();
}

void SyncStatusWidget::follow(SyncService& sync)
{
    show(sync.status());
    connect(&sync, &SyncService::statusChanged, this, &SyncStatusWidget::show);
    connect(&sync, &SyncService::progress, this, &SyncStatusWidget::showProgress);
    connect(&sync, &SyncService::pullProgress, this, &SyncStatusWidget::showPullProgress);
}

void SyncStatusWidget::show(const SyncStatus& status)
{
    m_bar->hide(); // the round is over
    m_pulling = false;
    QString text;
    QString detail;
    if (!status.configured && status.error.isEmpty()) {
        text = tr("Central store: not set up");
        detail = tr("This workstation keeps its cases locally. Set up the central store with "
                    "owctl sync --central URL.");
    } else if (status.online) {
        text = tr("Online · %n change(s) to send", nullptr, status.pending);
        detail = tr("Last sync: sent %1, received %2.")
                     .arg(status.lastRound.pushed)
                     .arg(status.lastRound.pulled);
        if (status.lastRound.conflicts > 0)
            detail += u' ' + tr("%n overlapping edit(s) were decided by the central store; a "
                                "supervisor finds them under Manage › Sync conflicts.",
                                nullptr, status.lastRound.conflicts);
    } else {
        text = tr("Offline · %n change(s) to send", nullptr, status.pending);
        detail = tr("The last sync failed: %1 Work goes on here; it is sent when the store can be "
                    "reached again (retried automatically).")
                     .arg(status.error);
    }
    if (!status.refused.isEmpty()) {
        // Said in the text too: a publication that does not arrive is not for the tooltip only.
        text += u' ' + tr("· %n publication(s) refused", nullptr, int(status.refused.size()));
        detail += u' ' + tr("Refused publications of the central store (the rest was applied; a "
                            "corrected publication is applied on its arrival): %1")
                             .arg(status.refused.join(u' '));
    }
    if (status.lastSuccess.isValid())
        text += u' ' + tr("· last success %1")
                           .arg(status.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm")));
    setText(text);
    setToolTip(detail);
    setAccessibleDescription(detail);
}

void SyncStatusWidget::showPullProgress(int received)
{
    m_pulling = true;
    m_bar->setRange(0, 0); // no end known: the bar runs
    m_bar->setFormat(tr("Receiving: %n row(s) so far", nullptr, received));
    m_bar->setAccessibleDescription(m_bar->format());
    m_bar->setToolTip(m_bar->format());
    m_bar->show();
    // A running bar does not draw its text in every style: the count goes beside it until the
    // round ends (show() puts the status back).
    setText(m_bar->format());
}

void SyncStatusWidget::showProgress(int done, int total)
{
    if (m_pulling)
        return; // the push is over, the pull reports now
    if (total <= SyncService::LongTransferRows || done >= total) {
        m_bar->hide();
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_bar->setFormat(tr("Sending %1 of %2").arg(done).arg(total));
    m_bar->setAccessibleDescription(m_bar->format());
    m_bar->setToolTip(m_bar->format());
    m_bar->show();
}

} // namespace ow
