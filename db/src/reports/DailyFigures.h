#pragma once

#include "cases/HomeVisit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace ow {

// What a report covers: a day or a range of days (received_on, the case's local day), the hall
// and optionally one window or one clerk.
struct ReportScope
{
    QDate from;
    QDate to;
    QString centerCode;
    int window = 0; // 0: every window
    QString clerk;  // empty: every clerk

    static ReportScope day(const QDate& day, const QString& centerCode)
    {
        return ReportScope{day, day, centerCode, 0, QString()};
    }
    int days() const { return int(from.daysTo(to)) + 1; }
};

// One bar of a chart: a key (stage, scene or item code, a bucket name), its name and count.
struct FigureCount
{
    QString key;
    QString name;
    int count = 0;

    bool operator==(const FigureCount&) const = default;
};

// One day of the satisfaction trend.
struct SatisfactionPoint
{
    QDate day;
    int rated = 0;
    int satisfied = 0; // rated 4 or 5
};

// One line of the plan's work ledger (双全双百): items of one lifecycle handled in one mode.
struct PlanLedgerLine
{
    enum class Mode
    {
        Minimal,    // 极简办
        Integrated, // 集成办
        Anywhere,   // 全域办
    };
    QChar lifecycle; // 'E' enterprise, 'P' individual
    Mode mode = Mode::Minimal;
    int target = 100;
    // Distinct items reached by the plan's dates (end of June, September, December of the plan
    // year) and by the report's last day; a date after the report's last day counts up to it.
    std::array<int, 3> byMilestone{};
    int toDate = 0;
};

// The supervisor's figures for a scope (see README, "Supervisor dashboard", for each definition).
struct DailyFigures
{
    ReportScope scope;
    QDate referenceDay; // deadlines are counted from this day: the scope's end, or today if sooner

    int cases = 0;
    std::array<int, 24> byHour{}; // local hour of receipt
    QList<FigureCount> byStage;   // every stage with a case, most first
    QList<FigureCount> byScene;   // top 20
    QList<FigureCount> byItem;    // top 20

    // The counter decision: a case's first 受理 / 补正 / 不予受理.
    int accepted = 0;
    int supplementRequested = 0;
    int refused = 0;
    int undecided = 0; // still 收件, or withdrawn before a decision
    int decided() const { return accepted + supplementRequested + refused; }
    double rate(int count) const { return decided() > 0 ? double(count) / decided() : 0.0; }

    // Counter handling time, receipt to decision, seconds (nearest-rank percentiles).
    int handled = 0;
    qint64 handlingMedianSeconds = 0;
    qint64 handlingP90Seconds = 0;

    // Open cases (受理 or 审查 with a deadline) by calendar days to their deadline.
    QList<FigureCount> deadlines; // overdue, 0, 1, 2, 3, 4-7, 8+
    int overdue = 0;

    std::array<int, 5> ratings{}; // ratings[0] = score 1 … ratings[4] = score 5
    int rated() const { return ratings[0] + ratings[1] + ratings[2] + ratings[3] + ratings[4]; }
    int satisfied() const { return ratings[3] + ratings[4]; }
    // Share of 4 and 5 among the rated cases; negative when none is rated.
    double satisfaction() const { return rated() > 0 ? double(satisfied()) / rated() : -1.0; }
    QList<SatisfactionPoint> satisfactionTrend;

    // 帮办代办 / 绿色通道: a case counts once in assisted, in each reason it has.
    int assisted = 0;
    int elderly = 0;  // 60 or older on the day of the case (from the birth date)
    int disabled = 0; // the applicant's archive marks a disability
    int byAgent = 0;  // taken in through an agent (代办人)
    // 上门服务: appointments by state whose visit day lies in the scope, of the scope's clerk when
    // it has one (the clerk who goes); none for a one-window scope (a visit has no window).
    std::optional<HomeVisitCounts> homeVisits;

    QList<PlanLedgerLine> ledger;
    int planYear = 0;
};

// What a click on a chart asks for: the cases behind one bar or slice.
struct FigureSlice
{
    enum class Kind
    {
        All,
        Hour,     // key: "0" … "23"
        Stage,    // key: stage code
        Scene,    // key: scene code
        Item,     // key: item code
        Decision, // key: accepted, supplement_requested, refused, undecided
        Deadline, // key: a deadline bucket (overdue, 0, 1, 2, 3, 4-7, 8+)
        Rating,   // key: "1" … "5"
        Assisted, // key: elderly, disabled, agent, or empty for any of them
    };
    Kind kind = Kind::All;
    QString key;
};

// One case behind a figure, without the applicant's personal data.
struct FigureCase
{
    QString id;
    QString number;
    QDateTime receivedAt;
    int window = 0;
    QString clerk;
    QStringList itemCodes;
    QString status; // CaseLifecycle key
    QDate dueDate;
    int score = 0; // 0: not rated
};

} // namespace ow
