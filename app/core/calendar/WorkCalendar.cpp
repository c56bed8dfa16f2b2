#include "calendar/WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace ow {

namespace {

// Collects the first problem found while reading; every reader below stops at the first one.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ow::WorkCalendar)

public:
    explicit Reader(QString sourceName) : m_sourceName(std::move(sourceName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    void fail(const QString& where, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: %2: %3").arg(m_sourceName, where, what);
    }

    QString text(const QJsonObject& object, const char* field, const QString& where)
    {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(where, tr("field \"%1\" is missing or empty").arg(QLatin1String(field)));
            return QString();
        }
        return value.toString();
    }

    QJsonArray array(const QJsonObject& object, const char* field, const QString& where)
    {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isArray())
            fail(where, tr("field \"%1\" is missing or not a list").arg(QLatin1String(field)));
        return value.toArray();
    }

    // An ISO date (YYYY-MM-DD) that exists and lies in the given year.
    QDate date(const QJsonValue& value, int year, const QString& where)
    {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = value.toString();
        if (!value.isString() || !pattern.match(text).hasMatch()) {
            fail(where, tr("\"%1\" is not a date in the form YYYY-MM-DD")
                            .arg(value.isString() ? text : QStringLiteral("(not text)")));
            return QDate();
        }
        const QDate result = QDate::fromString(text, Qt::ISODate);
        if (!result.isValid()) {
            fail(where, tr("%1 is not a real date").arg(text));
            return QDate();
        }
        if (result.year() != year) {
            fail(where, tr("%1 lies outside the year %2").arg(text).arg(year));
            return QDate();
        }
        return result;
    }

    // A list of {"name": …, "days": […]} groups, as day → name.
    QHash<QDate, QString> days(const QJsonObject& object, const char* field, int year,
                               const QString& where)
    {
        QHash<QDate, QString> result;
        const QJsonArray groups = array(object, field, where);
        for (int i = 0; i < groups.size() && !failed(); ++i) {
            const QString groupWhere =
                QStringLiteral("%1 %2 #%3").arg(where, QLatin1String(field)).arg(i + 1);
            if (!groups.at(i).isObject()) {
                fail(groupWhere, tr("not an object with a name and days"));
                break;
            }
            const QJsonObject group = groups.at(i).toObject();
            const QString name = text(group, "name", groupWhere);
            const QJsonArray dates = array(group, "days", groupWhere);
            if (!failed() && dates.isEmpty())
                fail(groupWhere, tr("%1 lists no days").arg(name));
            for (const QJsonValue& value : dates) {
                if (failed())
                    break;
                const QDate date = this->date(value, year, where);
                if (date.isValid() && result.contains(date))
                    fail(where, tr("%1 is listed twice").arg(date.toString(Qt::ISODate)));
                result.insert(date, name);
            }
        }
        return result;
    }

private:
    QString m_sourceName;
    QString m_error;
};

} // namespace

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<WorkCalendar>::failure(tr("%1: not valid JSON at byte %2: %3")
                                                 .arg(sourceName)
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<WorkCalendar>::failure(
            tr("%1: the calendar must be a JSON object").arg(sourceName));

    Reader reader(sourceName);
    WorkCalendar calendar;
    const QJsonObject root = document.object();
    const QString top = QStringLiteral("calendar");
    calendar.m_source = reader.text(root, "source", top);
    calendar.m_licence = reader.text(root, "licence", top);
    const QJsonArray years = reader.array(root, "years", top);
    if (!reader.failed() && years.isEmpty())
        reader.fail(top, tr("field \"years\" lists no year"));
    for (int i = 0; i < years.size() && !reader.failed(); ++i) {
        const QJsonObject object = years.at(i).toObject();
        const QJsonValue yearValue = object.value(QLatin1String("year"));
        const int year = yearValue.toInt();
        if (!yearValue.isDouble() || yearValue.toDouble() != double(year) || year < 1 ||
            year > 9999) {
            reader.fail(QStringLiteral("years #%1").arg(i + 1),
                        tr("field \"year\" is missing or not a year from 1 to 9999"));
            break;
        }
        const QString where = tr("year %1").arg(year);
        if (calendar.m_years.contains(year)) {
            reader.fail(where, tr("the year is listed twice"));
            break;
        }
        Year data;
        data.version = reader.text(object, "version", where);
        data.notice = reader.text(object, "notice", where);
        data.holidays = reader.days(object, "holidays", year, where);
        data.workdays = reader.days(object, "workdays", year, where);
        if (reader.failed())
            break;
        QList<QDate> workdays = data.workdays.keys();
        std::sort(workdays.begin(), workdays.end());
        for (const QDate& date : workdays) {
            const QString iso = date.toString(Qt::ISODate);
            if (data.holidays.contains(date)) {
                reader.fail(where,
                            tr("%1 is both a holiday (%2) and a make-up workday (%3)")
                                .arg(iso, data.holidays.value(date), data.workdays.value(date)));
                break;
            }
            if (date.dayOfWeek() < Qt::Saturday) {
                reader.fail(where, tr("make-up workday %1 is a %2; make-up workdays fall on a "
                                      "Saturday or Sunday")
                                       .arg(iso, QLocale().dayName(date.dayOfWeek())));
                break;
            }
        }
        calendar.m_years.insert(year, data);
    }
    if (reader.failed())
        return Result<WorkCalendar>::failure(reader.error());
    return Result<WorkCalendar>::success(std::move(calendar));
}

QString WorkCalendar::versionFor(int year) const
{
    return m_years.value(year).version;
}

QString WorkCalendar::noticeFor(int year) const
{
    return m_years.value(year).notice;
}

WorkCalendar::Day WorkCalendar::day(const QDate& date) const
{
    Day result;
    const bool weekend = date.dayOfWeek() >= Qt::Saturday;
    result.kind = weekend ? DayKind::Weekend : DayKind::Workday;
    const auto year = m_years.constFind(date.year());
    if (year == m_years.constEnd()) {
        result.provisional = true;
        return result;
    }
    if (const auto holiday = year->holidays.constFind(date); holiday != year->holidays.constEnd()) {
        result.kind = DayKind::Holiday;
        result.name = holiday.value();
    } else if (const auto workday = year->workdays.constFind(date);
               workday != year->workdays.constEnd()) {
        result.kind = DayKind::MakeUpWorkday;
        result.name = workday.value();
    }
    return result;
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    if (!date.isValid())
        return false;
    const DayKind kind = day(date).kind;
    return kind == DayKind::Workday || kind == DayKind::MakeUpWorkday;
}

WorkCalendar::DueDate WorkCalendar::dueDate(const QDate& accepted, int workingDays) const
{
    DueDate due;
    if (!accepted.isValid() || workingDays < 0)
        return due; // a null date: nothing to count from
    QStringList versions;
    QDate current = accepted;
    for (int counted = 0; counted < workingDays;) {
        current = current.addDays(1);
        // Every day stepped over counts, the days skipped as much as the days counted: a
        // holiday not yet published could move the date.
        const auto year = m_years.constFind(current.year());
        if (year == m_years.constEnd())
            due.provisional = true;
        else if (!versions.contains(year->version))
            versions.append(year->version);
        if (isWorkingDay(current))
            ++counted;
    }
    due.date = current;
    due.calendarVersion = versions.join(QLatin1Char('+'));
    return due;
}

} // namespace ow
