#include "reports/DailySummary.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace ow {

namespace {

Status runAll(Database& database, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery query(database.connection());
        if (!execute(query, sql, {}))
            return Status::failure(DailySummary::tr("Cannot update the dashboard's summary in %1: "
                                                    "%2")
                                       .arg(database.path(), failureText(query)));
    }
    return Status::success();
}

} // namespace

Status DailySummary::pause(Database& database)
{
    return runAll(database, {QStringLiteral("UPDATE daily_summary_state SET paused = 1")});
}

Status DailySummary::rebuild(Database& database)
{
    return runAll(
        database,
        {QStringLiteral("DELETE FROM daily_summary"), QStringLiteral("DELETE FROM ledger_summary"),
         QStringLiteral("DELETE FROM ledger_key"),
         QStringLiteral("INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, "
                        "n) SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM "
                        "case_summary_row GROUP BY center_code, window_no, clerk, kind, day, key"),
         QStringLiteral("INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n) "
                        "SELECT center_code, mode, item, window_no, day, count(*) FROM "
                        "case_ledger_row GROUP BY center_code, mode, item, window_no, day"),
         QStringLiteral("INSERT INTO ledger_key (center_code, mode, item, window_no) SELECT "
                        "DISTINCT center_code, mode, item, window_no FROM ledger_summary"),
         QStringLiteral("UPDATE daily_summary_state SET paused = 0")});
}

} // namespace ow
