#pragma once

#include "common/Result.h"
#include "reports/DailyFigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantList>

namespace ow {

class Database;

// The supervisor's figures as SQL over the local database. figures() sums the per-day summary
// (migration 0013, kept by triggers): one range of rows per figure whatever the number of cases;
// C++ turns UTC hours into local ones, item sets into scenes and stages, buckets into percentiles.
// figuresFromCases() computes the same figures straight from the cases (GROUP BY over case_file
// and its tables), the reference the summary is tested against; handling times there are exact
// seconds, from the summary floored to the minute (to the hour beyond one hour). Open cases by
// deadline and the cases behind a figure always read the cases. Reads only; the caller checks the
// role (ReportService).
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ow::ReportRepository)

public:
    static constexpr int TopCount = 20;
    static constexpr int SingleDayTrendDays = 30; // a one-day report's trend: the 30 days to it
    static constexpr int PlanTarget = 100;

    explicit ReportRepository(Database& database) : m_database(database) {}

    // today: the day deadlines are counted from when the scope reaches beyond it.
    Result<DailyFigures> figures(const ReportScope& scope, const QDate& today) const;
    Result<DailyFigures> figuresFromCases(const ReportScope& scope, const QDate& today) const;
    // The cases behind one bar or slice, in order of receipt (at most limit).
    Result<QList<FigureCase>> casesBehind(const ReportScope& scope, const FigureSlice& slice,
                                          const QDate& today, int limit = 2000) const;

    // The deadline bucket of an open case due `days` calendar days after the reference day.
    static QString deadlineBucket(qint64 days);
    static QStringList deadlineBuckets(); // overdue, 0, 1, 2, 3, 4-7, 8+
    // The plan's dates in a year: end of June, September and December.
    static std::array<QDate, 3> planMilestones(int year);

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    static Where scopeWhere(const ReportScope& scope);
    static Where openWhere(const ReportScope& scope, const QDate& reference);
    static QDate referenceDay(const ReportScope& scope, const QDate& today);

    Result<DailyFigures> compute(const ReportScope& scope, const QDate& today,
                                 bool fromSummary) const;
    Status summaryCounts(const ReportScope& scope, DailyFigures& figures) const;
    Status summaryRatings(const ReportScope& scope, DailyFigures& figures) const;
    Status summaryLedger(const ReportScope& scope, DailyFigures& figures) const;
    void addLocalHour(const QString& utcHour, int count, DailyFigures& figures) const;

    Status hours(const ReportScope& scope, DailyFigures& figures) const;
    Status catalogCounts(const ReportScope& scope, DailyFigures& figures) const;
    Status decisions(const ReportScope& scope, DailyFigures& figures) const;
    Status deadlines(const ReportScope& scope, DailyFigures& figures) const;
    Status ratings(const ReportScope& scope, DailyFigures& figures) const;
    Status assisted(const ReportScope& scope, DailyFigures& figures) const;
    Status ledger(const ReportScope& scope, DailyFigures& figures) const;
    Status homeVisits(const ReportScope& scope, DailyFigures& figures) const;
    Status loadNames() const;
    QString failed(const QString& what, const QString& error) const;

    Database& m_database;
    mutable QHash<QString, QString> m_names;      // stage, scene and item code → name
    mutable QHash<QString, QString> m_itemScene;  // item code → scene code
    mutable QHash<QString, QString> m_sceneStage; // scene code → stage code
};

} // namespace ow
