#pragma once

#include "calendar/WorkCalendar.h"
#include "catalog/Catalog.h"
#include "common/Result.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <functional>

namespace ow {

class AuditLog;
class Database;

// owctl demo generate: a realistic synthetic history of a hall, for demonstrations, the dashboard
// and the benchmarks. Deterministic: the same options on the same database give the same rows.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ow::DemoGenerator)

public:
    struct Options
    {
        int cases = 1000;
        int days = 30; // calendar days ending with `end`, both included
        quint64 seed = 1;
        QDate end;          // the last day with cases; "now" is the end of that day
        bool force = false; // also into a database that holds real cases
        QString centerCode; // empty: the hall's, else DEMO
    };

    struct Report
    {
        QString centerCode;
        QDate first, last;
        int workingDays = 0;
        int cases = 0;
        int applicants = 0; // distinct applicants the cases were taken for
        int scenes = 0;     // cases that took a whole scene (一件事)
        int accepted = 0, supplementRequested = 0, refused = 0;   // decisions at the counter
        int concluded = 0, withdrawn = 0, archived = 0, open = 0; // as of `end`
        int persons = 0; // cases of people (the others: of enterprises)
        int elderly = 0, disabled = 0, agents = 0;
        int ratings = 0, rectifications = 0, rectificationsOpen = 0;
        qint64 milliseconds = 0;
    };

    // What the database already holds, by kind.
    struct Existing
    {
        int realCases = 0;
        int generatedCases = 0;
    };

    DemoGenerator(Database& database, const WorkCalendar& calendar, Catalog catalog,
                  QHash<QString, Guide> guides, GuideJson::Dictionary dictionary);

    // Checks the options (cases 1..5,000,000, days 1..3,660, end valid), refuses a database with
    // real cases unless force, then stores everything in one transaction (all or nothing) and
    // marks it: case_file.generated = 1, app_meta demo_generated, and (with an audit log) the
    // audit record demo_generated in the same transaction. progress(done, total) is called now
    // and then.
    Result<Report> generate(const Options& options,
                            const std::function<void(int, int)>& progress = {},
                            AuditLog* audit = nullptr);

    static Result<Existing> existing(Database& database);
    // The report as the lines owctl prints.
    static QString describe(const Report& report);

private:
    Database& m_database;
    const WorkCalendar& m_calendar;
    Catalog m_catalog;
    QHash<QString, Guide> m_guides;
    GuideJson::Dictionary m_dictionary;
};

} // namespace ow
