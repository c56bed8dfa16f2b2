#pragma once

#include "SyncService.h"

#include <QLabel>

class QProgressBar;

namespace ow {

// The status bar's sync part: online / offline, changes not yet in the central store, the last
// success; the reason of a failure in plain words (tooltip and accessible description). A long
// transfer (more than SyncService::LongTransferRows changes) shows a progress bar beside it while
// the round runs; the bar hides when the round ends.
class SyncStatusWidget : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);
    void show(const SyncStatus& status);
    // done of total changes sent; shown only for a long transfer that is not finished.
    void showProgress(int done, int total);
    // Placed by the owner (the main window puts it into the status bar beside this label).
    QProgressBar* progressBar() const { return m_bar; }

private:
    QProgressBar* m_bar;
};

} // namespace ow
