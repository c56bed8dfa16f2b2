#pragma once

#include "calendar/WorkCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

class AuditLog;
class Database;

// The holiday calendar as the administrator keeps it: a year's days off (放假) and make-up
// workdays (调休上班) are edited as a draft and put in force by publishing, which gives the year
// its next version ("2027-1", "2026-2"). The calendar in force is the built-in one
// (db/seed/calendar/holidays.json) with the newest published local version of each year laid
// over it. Every draft is checked by WorkCalendar::fromJson before it is stored.
class CalendarAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ow::CalendarAdmin)

public:
    struct Day
    {
        QDate date;
        QString name;        // 春节, 国庆节调休 …
        bool worked = false; // a make-up workday; otherwise a day off
        bool operator==(const Day&) const = default;
    };

    struct Year
    {
        int year = 0;
        QString notice;  // 国办发明电〔2026〕N号
        QString version; // "2027-1"; empty for a year never published
        bool draft = false;
        QList<Day> days; // in date order
        bool operator==(const Year&) const = default;
    };

    explicit CalendarAdmin(Database& database) : m_database(database) {}

    // The calendar in force: built-in years, replaced or added to by published local versions.
    Result<WorkCalendar> calendar() const;
    // The same in db/seed/calendar/holidays.json's form: what is sent to the central store as
    // calendar / holidays.
    Result<QByteArray> documentInForce() const;
    // What to edit for a year: its newest draft, else the version in force, else an empty year.
    Result<Year> year(int year) const;
    // Stores the year as a draft (a new version number); refused, naming the date, when the
    // calendar would not read (a date outside the year, a day both off and worked, a make-up
    // workday on a weekday, no notice, a day twice).
    Status saveDraft(const Year& year, const QString& userName, const QDateTime& now,
                     AuditLog& audit);
    // Puts the year's newest draft in force; returns its version ("2027-1"). The calendar waits
    // to be sent to the central store (central_publication) like a catalog version.
    Result<QString> publish(int year, const QString& userName, AuditLog& audit,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    Result<QByteArray> merged(const QList<QPair<int, QByteArray>>& overlay) const;

    Database& m_database;
};

} // namespace ow
