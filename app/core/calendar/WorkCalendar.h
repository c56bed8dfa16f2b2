#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace ow {

// The working days of the State Council's calendar: Monday to Friday, less the public holidays,
// plus the make-up workdays (调休上班) on a Saturday or Sunday, as each year's notice
// (国务院办公厅关于…部分节假日安排的通知) sets them. A year whose notice is not in the data is
// "unpublished": it is counted on weekends only, and any date computed through it is provisional.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ow::WorkCalendar)

public:
    // A deadline: the date, whether an unpublished year was counted on weekends only, and the
    // versions of the years' data it was counted with ("2025-1", "2025-1+2026-1"; empty when no
    // day was counted).
    struct DueDate
    {
        QDate date;
        bool provisional = false;
        QString calendarVersion;
    };

    enum class DayKind
    {
        Workday,
        MakeUpWorkday,
        Holiday,
        Weekend
    };

    // What a day is: its kind, the name of its holiday or make-up workday ("国庆节",
    // "春节调休"; empty otherwise), and whether its year is unpublished.
    struct Day
    {
        DayKind kind = DayKind::Workday;
        QString name;
        bool provisional = false;
    };

    // An empty calendar: every year unpublished.
    WorkCalendar() = default;

    // Reads the data in db/seed/calendar/holidays.json's form; refuses (naming the source, the
    // year and the date) malformed or impossible dates, a date outside its year, a day both off
    // and worked, a make-up workday on a weekday, a year listed twice or without a version.
    static Result<WorkCalendar> fromJson(const QByteArray& json, const QString& sourceName);

    bool isPublished(int year) const { return m_years.contains(year); }
    QList<int> publishedYears() const { return m_years.keys(); }
    // The data's version of a year ("2025-1"); empty when the year is unpublished.
    QString versionFor(int year) const;
    // The notice a year's data comes from ("国办发明电〔2024〕12号"); empty when unpublished.
    QString noticeFor(int year) const;
    const QString& source() const { return m_source; }
    const QString& licence() const { return m_licence; }

    bool isWorkingDay(const QDate& date) const;
    Day day(const QDate& date) const;

    // The workingDays-th working day after accepted (the day of acceptance is not counted);
    // 0 (即办, done at once) is accepted itself, counted with no calendar at all.
    DueDate dueDate(const QDate& accepted, int workingDays) const;

private:
    struct Year
    {
        QString version;
        QString notice;
        QHash<QDate, QString> holidays; // day → holiday name
        QHash<QDate, QString> workdays; // day → make-up workday name
    };

    QString m_source;
    QString m_licence;
    QMap<int, Year> m_years;
};

} // namespace ow
