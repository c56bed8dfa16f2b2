#include "calendar/CalendarData.h"

#include "calendar/CalendarAdmin.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace ow {

Result<WorkCalendar> CalendarData::load()
{
    QFile file(QStringLiteral(":/db/seed/calendar/holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<WorkCalendar>::failure(QCoreApplication::translate(
            "ow::CalendarData", "the built-in holiday calendar is missing from this build"));
    return WorkCalendar::fromJson(file.readAll(), QStringLiteral("holidays.json"));
}

Result<WorkCalendar> CalendarData::load(Database& database)
{
    return CalendarAdmin(database).calendar();
}

} // namespace ow
