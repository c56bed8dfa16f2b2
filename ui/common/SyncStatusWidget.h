#pragma once

#include "SyncService.h"

#include <QLabel>

class QProgressBar;

namespace ow {

// The status bar's sync part: online / offline, changes not yet in the central store, the last
// success; the reason of a failure in plain words (tooltip and accessible description). A long
// transfer (more than SyncService::LongTransferRows changes to send, or a pull of more than one
// page) shows a progress bar beside it while the round runs; the bar hides when the round ends.
// Reference documents of the store refused here are named in the text's tooltip.
class SyncStatusWidget : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);
    void show(const SyncStatus& status);
    // done of total changes sent; shown only for a long transfer that is not finished.
    void showProgress(int done, int total);
    // A long pull: rows received so far; the store does not say how many come, so the bar runs
    // without an end (indeterminate) and says the count. Hidden when the round ends (show()).
    void showPullProgress(int received);
    // Follows the service: its status, the progress of its long transfers both ways.
    void follow(SyncService& sync);
    // Placed by the owner (the main window puts it into the status bar beside this label).
    QProgressBar* progressBar() const { return m_bar; }

private:
    QProgressBar* m_bar;
    bool m_pulling = false; // the bar shows a pull (the push's last reports do not hide it)
};

} // namespace ow
