#include "common/SyncStatusWidget.h"

namespace ow {

SyncStatusWidget::SyncStatusWidget(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusSync"));
    setAccessibleName(tr("Sync with the central store"));
    setText(tr("Sync: starting…"));
}

void SyncStatusWidget::show(const SyncStatus& status)
{
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
    } else {
        text = tr("Offline · %n change(s) to send", nullptr, status.pending);
        detail = tr("The last sync failed: %1 Work goes on here; it is sent when the store can be "
                    "reached again.")
                     .arg(status.error);
    }
    if (status.lastSuccess.isValid())
        text += u' ' + tr("· last success %1")
                           .arg(status.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm")));
    setText(text);
    setToolTip(detail);
    setAccessibleDescription(detail);
}

} // namespace ow
