#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace ow {

class Database;

// The dashboard's per-day summary (migration 0013: daily_summary, ledger_summary, ledger_key),
// kept by triggers in the transaction of every write. A bulk writer pauses the triggers inside its
// own transaction, writes, and rebuilds the summary before it commits (rebuild also un-pauses).
class DailySummary
{
    Q_DECLARE_TR_FUNCTIONS(ow::DailySummary)

public:
    static Status pause(Database& database);
    // Recounts both tables from the cases (one GROUP BY pass) and resumes the triggers.
    static Status rebuild(Database& database);
};

} // namespace ow
