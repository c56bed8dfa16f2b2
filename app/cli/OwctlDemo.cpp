// owctl demo generate: a synthetic history of the hall (cases, decisions, events, ratings).
#include "Owctl.h"

#include "Database.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "guide/GuideRepository.h"

#include <cstdio>

namespace ow {

int Owctl::demoCommand(const QStringList& words)
{
    if (words.value(0) != QLatin1String("generate"))
        return usageError(tr("demo needs a subcommand: generate"));
    DemoGenerator::Options options;
    options.end = QDate::currentDate();
    bool haveCases = false;
    bool haveDays = false;
    bool haveSeed = false;
    for (int i = 1; i < words.size(); ++i) {
        const QString option = words.at(i).section(QLatin1Char('='), 0, 0);
        QString value;
        QString error;
        if (words.at(i) == QLatin1String("--force")) {
            options.force = true;
            continue;
        }
        if (option != QLatin1String("--cases") && option != QLatin1String("--days") &&
            option != QLatin1String("--seed") && option != QLatin1String("--end"))
            return usageError(tr("demo generate: unknown argument '%1'").arg(words.at(i)));
        if (!takeValue(words, i, option, value, error))
            return usageError(error);
        bool ok = false;
        if (option == QLatin1String("--cases")) {
            options.cases = value.toInt(&ok);
            if (!ok || options.cases < 1 || options.cases > 5000000)
                return usageError(
                    tr("--cases takes a number from 1 to 5000000, got '%1'").arg(value));
            haveCases = true;
        } else if (option == QLatin1String("--days")) {
            options.days = value.toInt(&ok);
            if (!ok || options.days < 1 || options.days > 3660)
                return usageError(tr("--days takes a number from 1 to 3660, got '%1'").arg(value));
            haveDays = true;
        } else if (option == QLatin1String("--seed")) {
            options.seed = value.toULongLong(&ok);
            if (!ok)
                return usageError(
                    tr("--seed takes a whole number (0 or more), got '%1'").arg(value));
            haveSeed = true;
        } else {
            options.end = QDate::fromString(value, Qt::ISODate);
            if (!options.end.isValid())
                return usageError(tr("--end takes a date YYYY-MM-DD, got '%1'").arg(value));
        }
    }
    if (!haveCases || !haveDays || !haveSeed)
        return usageError(tr("demo generate needs --cases N, --days D and --seed S"));

    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    static const SystemClock clock;
    AccountService accounts(*database, clock);
    const auto hall = accounts.hall();
    if (!hall)
        return failure(hall.error());
    if (hall.value())
        options.centerCode = hall.value()->centerCode;
    const Result<WorkCalendar> calendar = CalendarData::load();
    if (!calendar)
        return failure(calendar.error());
    Result<Catalog> catalog = CatalogRepository(*database).load();
    if (!catalog)
        return failure(catalog.error());
    GuideRepository guideRepository(*database);
    Result<QHash<QString, Guide>> guides = guideRepository.latestAll();
    if (!guides)
        return failure(guides.error());
    Result<GuideJson::Dictionary> dictionary = guideRepository.dictionary();
    if (!dictionary)
        return failure(dictionary.error());

    DemoGenerator generator(*database, calendar.value(), std::move(catalog).value(),
                            std::move(guides).value(), std::move(dictionary).value());
    AuditLog audit = accounts.auditLog();
    const bool large = options.cases >= 50000;
    const Result<DemoGenerator::Report> report = generator.generate(
        options,
        [large](int done, int total) {
            if (large && done < total)
                std::fprintf(stderr, "\r%d / %d", done, total);
            else if (large)
                std::fprintf(stderr, "\r%d / %d\n", done, total);
        },
        &audit);
    if (!report)
        return failure(report.error());
    print(DemoGenerator::describe(report.value()).toUtf8());
    return 0;
}

} // namespace ow
