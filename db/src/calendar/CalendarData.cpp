#include "calendar/CalendarData.h"

#include <QCoreApplication>
#include <QFile>

namespace ow {

Result<WorkCalendar> CalendarData::load()
{
    QFile file(QStringLiteral(":/db/seed/calendar/holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<WorkCalendar>::failure(QCoreApplication::translate(
            "ow::CalendarData", "the built-in holiday calendar is missing from this build"));
    return WorkCalendar::fromJson(file.readAll(), QStringLiteral("holidays.json"));
}

} // namespace ow
