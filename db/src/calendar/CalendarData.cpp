#include "calendar/CalendarData.h"

#include "Database.h"

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
    QSqlQuery query(database.connection());
    // Only a published calendar that was applied (a refused one stays out).
    if (!query.exec(QStringLiteral(
            "SELECT r.body FROM sync_reference r JOIN reference_applied a ON a.kind = r.kind AND "
            "a.key = r.key AND a.version = r.version WHERE r.kind = 'calendar' AND "
            "r.key = 'holidays'")) ||
        !query.next())
        return load();
    QFile file(QStringLiteral(":/db/seed/calendar/holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return load();
    QJsonObject merged = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject published =
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    QMap<int, QJsonValue> years;
    for (const QJsonObject& source : {merged, published})
        for (const QJsonValue& year : source.value(QStringLiteral("years")).toArray())
            years.insert(year.toObject().value(QStringLiteral("year")).toInt(), year);
    QJsonArray all;
    for (const QJsonValue& year : std::as_const(years))
        all.append(year);
    merged.insert(QStringLiteral("years"), all);
    return WorkCalendar::fromJson(QJsonDocument(merged).toJson(QJsonDocument::Compact),
                                  QStringLiteral("holidays.json + central store"));
}

} // namespace ow
