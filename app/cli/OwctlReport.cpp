// owctl report daily: the supervisor's figures of a day (or range) as JSON.
#include "Owctl.h"

#include "Database.h"
#include "access/AccountService.h"
#include "reports/ReportFormats.h"
#include "reports/ReportService.h"

namespace ow {

int Owctl::reportCommand(const QStringList& words)
{
    if (words.isEmpty() || words.first() != QLatin1String("daily"))
        return usageError(tr("report needs a subcommand: daily"));
    QDate from;
    QDate to;
    int window = 0;
    QString clerk;
    bool json = false;
    for (int i = 1; i < words.size(); ++i) {
        const QString option = words.at(i).section(QLatin1Char('='), 0, 0);
        QString value;
        QString error;
        if (words.at(i) == QLatin1String("--json")) {
            json = true;
            continue;
        }
        if (option != QLatin1String("--date") && option != QLatin1String("--from") &&
            option != QLatin1String("--to") && option != QLatin1String("--window") &&
            option != QLatin1String("--clerk"))
            return usageError(tr("report daily: unknown argument '%1'").arg(words.at(i)));
        if (!takeValue(words, i, option, value, error))
            return usageError(error);
        if (option == QLatin1String("--window")) {
            bool number = false;
            window = value.toInt(&number);
            if (!number || window < 1 || window > 999)
                return usageError(
                    tr("--window takes a window number 1 to 999, got '%1'").arg(value));
        } else if (option == QLatin1String("--clerk")) {
            clerk = value.trimmed();
            if (clerk.isEmpty())
                return usageError(tr("--clerk takes a user name"));
        } else {
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (!day.isValid())
                return usageError(tr("%1 takes a date YYYY-MM-DD, got '%2'").arg(option, value));
            if (option != QLatin1String("--to"))
                from = day;
            if (option != QLatin1String("--from"))
                to = day;
        }
    }
    if (!from.isValid() || !to.isValid())
        return usageError(tr("report daily needs --date YYYY-MM-DD (or --from and --to)"));
    if (to < from)
        return usageError(tr("report daily: --from %1 is after --to %2")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (!json)
        return usageError(tr("report daily needs --json (the only format so far)"));
    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const std::optional<Session> session = authorize(*database, Action::ViewDashboard, exitCode);
    if (!session)
        return exitCode;
    static const SystemClock clock;
    AccountService accounts(*database, clock);
    ReportService reports(*database, clock, accounts);
    const Result<DailyFigures> figures =
        reports.figures(*session, ReportScope{from, to, session->hall.centerCode, window, clerk});
    if (!figures)
        return failure(figures.error());
    print(ReportFormats::json(figures.value()) + '\n');
    return 0;
}

} // namespace ow
