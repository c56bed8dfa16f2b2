#pragma once

#include "SyncService.h"

#include <QLabel>

namespace ow {

// The status bar's sync part: online / offline, changes not yet in the central store, the last
// success; the reason of a failure in plain words (tooltip and accessible description).
class SyncStatusWidget : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);
    void show(const SyncStatus& status);
};

} // namespace ow
