#include "calendar/CalendarAdmin.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace ow {

namespace {

QJsonObject builtIn()
{
    QFile file(QStringLiteral(":/db/seed/calendar/holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int versionNumber(const QString& version)
{
    return version.section(u'-', 1, 1).toInt();
}

QJsonObject toJson(const CalendarAdmin::Year& year, const QString& version)
{
    // Days of one name are grouped, as in holidays.json; groups in the order of their first day.
    QList<CalendarAdmin::Day> days = year.days;
    std::sort(
        days.begin(), days.end(),
        [](const CalendarAdmin::Day& a, const CalendarAdmin::Day& b) { return a.date < b.date; });
    QJsonArray holidays, workdays;
    QMap<QString, int> holidayIndex, workdayIndex;
    for (const CalendarAdmin::Day& day : days) {
        QJsonArray& groups = day.worked ? workdays : holidays;
        QMap<QString, int>& index = day.worked ? workdayIndex : holidayIndex;
        const QString name = day.name.trimmed();
        if (!index.contains(name)) {
            index.insert(name, int(groups.size()));
            groups.append(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("days"), QJsonArray()}});
        }
        QJsonObject group = groups.at(index.value(name)).toObject();
        QJsonArray list = group.value(QStringLiteral("days")).toArray();
        list.append(day.date.toString(Qt::ISODate));
        group.insert(QStringLiteral("days"), list);
        groups.replace(index.value(name), group);
    }
    return QJsonObject{{QStringLiteral("year"), year.year},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("notice"), year.notice.trimmed()},
                       {QStringLiteral("holidays"), holidays},
                       {QStringLiteral("workdays"), workdays}};
}

CalendarAdmin::Year fromJson(const QJsonObject& object, bool draft)
{
    CalendarAdmin::Year year;
    year.year = object.value(QStringLiteral("year")).toInt();
    year.notice = object.value(QStringLiteral("notice")).toString();
    year.version = object.value(QStringLiteral("version")).toString();
    year.draft = draft;
    for (const bool worked : {false, true})
        for (const QJsonValue& group :
             object.value(worked ? QStringLiteral("workdays") : QStringLiteral("holidays"))
                 .toArray()) {
            const QString name = group.toObject().value(QStringLiteral("name")).toString();
            for (const QJsonValue& day : group.toObject().value(QStringLiteral("days")).toArray())
                year.days.append(CalendarAdmin::Day{QDate::fromString(day.toString(), Qt::ISODate),
                                                    name, worked});
        }
    std::sort(
        year.days.begin(), year.days.end(),
        [](const CalendarAdmin::Day& a, const CalendarAdmin::Day& b) { return a.date < b.date; });
    return year;
}

} // namespace

Result<QByteArray> CalendarAdmin::merged(const QList<QPair<int, QByteArray>>& overlay) const
{
    QJsonObject root = builtIn();
    if (root.isEmpty())
        return Result<QByteArray>::failure(
            tr("the built-in holiday calendar is missing from this build"));
    QMap<int, QJsonObject> years;
    for (const QJsonValue& value : root.value(QStringLiteral("years")).toArray())
        years.insert(value.toObject().value(QStringLiteral("year")).toInt(), value.toObject());
    for (const auto& [number, content] : overlay)
        years.insert(number, QJsonDocument::fromJson(content).object());
    QJsonArray list;
    for (const QJsonObject& year : std::as_const(years))
        list.append(year);
    root.insert(QStringLiteral("years"), list);
    return Result<QByteArray>::success(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<WorkCalendar> CalendarAdmin::calendar() const
{
    const Result<QByteArray> json = documentInForce();
    if (!json)
        return Result<WorkCalendar>::failure(json.error());
    return WorkCalendar::fromJson(json.value(), QStringLiteral("holidays.json"));
}

Result<QByteArray> CalendarAdmin::documentInForce() const
{
    QList<QPair<int, QByteArray>> overlay;
    QSqlQuery query(m_database.connection());
    // First the years published in the central store and applied here (ReferenceApply), then the
    // years published on this workstation's own administrator screen.
    if (query.exec(QStringLiteral(
            "SELECT r.body FROM sync_reference r JOIN reference_applied a ON a.kind = r.kind AND "
            "a.key = r.key AND a.version = r.version WHERE r.kind = 'calendar' AND "
            "r.key = 'holidays'")) &&
        query.next()) {
        const QJsonObject published =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (const QJsonValue& year : published.value(QStringLiteral("years")).toArray())
            overlay.append({year.toObject().value(QStringLiteral("year")).toInt(),
                            QJsonDocument(year.toObject()).toJson(QJsonDocument::Compact)});
    }
    query.finish();
    if (!query.exec(QStringLiteral(
            "SELECT year, content FROM calendar_year c WHERE status = 'published' AND version = "
            "(SELECT max(version) FROM calendar_year WHERE year = c.year AND "
            "status = 'published') ORDER BY year")))
        return Result<QByteArray>::failure(tr("Cannot read the holiday calendar from %1: %2")
                                               .arg(m_database.path(), failureText(query)));
    while (query.next())
        overlay.append({query.value(0).toInt(), query.value(1).toString().toUtf8()});
    return merged(overlay);
}

Result<CalendarAdmin::Year> CalendarAdmin::year(int number) const
{
    using R = Result<Year>;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT content, status FROM calendar_year WHERE year = ? "
                                "ORDER BY version DESC LIMIT 1"),
                 {number}))
        return R::failure(tr("Cannot read the holiday calendar from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (query.next())
        return R::success(
            fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                     query.value(1).toString() == QLatin1String("draft")));
    for (const QJsonValue& value : builtIn().value(QStringLiteral("years")).toArray())
        if (value.toObject().value(QStringLiteral("year")).toInt() == number)
            return R::success(fromJson(value.toObject(), false));
    Year empty;
    empty.year = number;
    return R::success(empty);
}

Status CalendarAdmin::saveDraft(const Year& year, const QString& userName, const QDateTime& now,
                                AuditLog& audit)
{
    if (year.year < 2000 || year.year > 2100)
        return Status::failure(tr("The year %1 is outside 2000–2100.").arg(year.year));
    for (const Day& day : year.days)
        if (day.name.trimmed().isEmpty())
            return Status::failure(tr("%1 needs a name (the holiday it belongs to).")
                                       .arg(day.date.toString(Qt::ISODate)));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    if (!execute(
            query,
            QStringLiteral("SELECT coalesce(max(version), 0) FROM calendar_year WHERE year = ?"),
            {year.year}) ||
        !query.next())
        return Status::failure(failureText(query));
    int next = query.value(0).toInt();
    const Result<Year> inForce = this->year(year.year);
    if (inForce && !inForce.value().version.isEmpty())
        next = std::max(next, versionNumber(inForce.value().version));
    ++next;
    const QString version = QStringLiteral("%1-%2").arg(year.year).arg(next);
    const QByteArray content = QJsonDocument(toJson(year, version)).toJson(QJsonDocument::Compact);
    // The whole calendar must still read with this year in it.
    const Result<QByteArray> json = merged({{year.year, content}});
    if (!json)
        return Status::failure(json.error());
    if (const Result<WorkCalendar> check =
            WorkCalendar::fromJson(json.value(), tr("the calendar of %1").arg(year.year));
        !check)
        return Status::failure(check.error());
    if (!execute(query,
                 QStringLiteral("INSERT INTO calendar_year (year, version, status, content, "
                                "saved_at, saved_by) VALUES (?, ?, 'draft', ?, ?, ?)"),
                 {year.year, next, QString::fromUtf8(content), timeValue(now), userName}))
        return Status::failure(tr("Cannot store the calendar of %1 in %2: %3")
                                   .arg(year.year)
                                   .arg(m_database.path(), failureText(query)));
    if (const Status logged =
            audit.append(userName, QStringLiteral("calendar_draft_saved"), version,
                         tr("%n day(s)", nullptr, int(year.days.size())));
        !logged)
        return logged;
    if (!transaction.commit())
        return Status::failure(transaction.error());
    return Status::success();
}

Result<QString> CalendarAdmin::publish(int number, const QString& userName, AuditLog& audit,
                                       const QDateTime& now)
{
    using R = Result<QString>;
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT version, status FROM calendar_year WHERE year = ? "
                                "ORDER BY version DESC LIMIT 1"),
                 {number}))
        return R::failure(failureText(query));
    if (!query.next() || query.value(1).toString() != QLatin1String("draft"))
        return R::failure(tr("The calendar of %1 has no draft to publish.").arg(number));
    const int version = query.value(0).toInt();
    if (!execute(query,
                 QStringLiteral("UPDATE calendar_year SET status = 'published' "
                                "WHERE year = ? AND version = ?"),
                 {number, version}))
        return R::failure(tr("Cannot publish the calendar of %1 in %2: %3")
                              .arg(number)
                              .arg(m_database.path(), failureText(query)));
    const QString text = QStringLiteral("%1-%2").arg(number).arg(version);
    if (!execute(query,
                 QStringLiteral("INSERT INTO central_publication (kind, what, queued_at, "
                                "queued_by) VALUES ('calendar', ?, ?, ?)"),
                 {text, timeValue(now), userName}))
        return R::failure(tr("Cannot publish the calendar of %1 in %2: %3")
                              .arg(number)
                              .arg(m_database.path(), failureText(query)));
    if (const Status logged =
            audit.append(userName, QStringLiteral("calendar_published"), text, QString());
        !logged)
        return R::failure(logged.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    return R::success(text);
}

} // namespace ow
