#include "reports/ReportRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "cases/HomeVisitRepository.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace ow {

namespace {

// The catalog item a case_item row belongs to: a sub-item (E001.1) counts for its item (E001).
const QString BaseItem = QStringLiteral(
    "(CASE WHEN instr(ci.item_code, '.') > 0 THEN substr(ci.item_code, 1, instr(ci.item_code, "
    "'.') - 1) ELSE ci.item_code END)");

// 60 or older on the day of the case, from the archive's birth date.
const QString ElderlySql = QStringLiteral("(a.kind = 'person' AND a.birth_date IS NOT NULL AND "
                                          "date(a.birth_date, '+60 years') <= c.received_on)");

// The counter decision: the event after 收件 (position 2) when it is 受理, 补正 or 不予受理.
const QString DecisionSql = QStringLiteral(
    "(SELECT e.status FROM case_event e WHERE e.case_id = c.id AND e.position = 2 AND "
    "e.status IN ('accepted', 'supplement_requested', 'refused'))");

qint64 nearestRank(const QMap<qint64, int>& histogram, int total, double share)
{
    // The smallest value with at least ceil(share × total) values at or below it.
    const int rank = std::max(1, int(std::ceil(share * total - 1e-9)));
    int seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return it.key();
    }
    return 0;
}

QList<FigureCount> topOf(const QHash<QString, int>& counts, const QHash<QString, QString>& names,
                         int limit)
{
    QList<FigureCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append(FigureCount{it.key(), names.value(it.key()), it.value()});
    std::sort(list.begin(), list.end(), [](const FigureCount& a, const FigureCount& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (limit > 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

struct ItemDates
{
    QDate minimal, integrated;
    QList<QDate> windows; // first acceptance at each window
};

void earlier(QDate& slot, const QDate& date)
{
    if (date.isValid() && (!slot.isValid() || date < slot))
        slot = date;
}

QList<PlanLedgerLine> ledgerLines(const QHash<QString, ItemDates>& items,
                                  const std::array<QDate, 3>& milestones)
{
    QList<PlanLedgerLine> ledger;
    for (const QChar lifecycle : {QLatin1Char('E'), QLatin1Char('P')}) {
        for (const PlanLedgerLine::Mode mode :
             {PlanLedgerLine::Mode::Minimal, PlanLedgerLine::Mode::Integrated,
              PlanLedgerLine::Mode::Anywhere}) {
            PlanLedgerLine line;
            line.lifecycle = lifecycle;
            line.mode = mode;
            line.target = ReportRepository::PlanTarget;
            for (auto it = items.cbegin(); it != items.cend(); ++it) {
                if (!it.key().startsWith(lifecycle))
                    continue;
                QDate reached;
                if (mode == PlanLedgerLine::Mode::Minimal)
                    reached = it.value().minimal;
                else if (mode == PlanLedgerLine::Mode::Integrated)
                    reached = it.value().integrated;
                else if (it.value().windows.size() >= 2) {
                    QList<QDate> dates = it.value().windows;
                    std::sort(dates.begin(), dates.end());
                    reached = dates.at(1);
                }
                if (!reached.isValid())
                    continue;
                ++line.toDate;
                for (size_t m = 0; m < milestones.size(); ++m) {
                    if (reached <= milestones[m])
                        ++line.byMilestone[m];
                }
            }
            ledger.append(line);
        }
    }
    return ledger;
}

} // namespace

QString ReportRepository::deadlineBucket(qint64 days)
{
    if (days < 0)
        return QStringLiteral("overdue");
    if (days <= 3)
        return QString::number(days);
    if (days <= 7)
        return QStringLiteral("4-7");
    return QStringLiteral("8+");
}

QStringList ReportRepository::deadlineBuckets()
{
    return {QStringLiteral("overdue"), QStringLiteral("0"), QStringLiteral("1"),
            QStringLiteral("2"),       QStringLiteral("3"), QStringLiteral("4-7"),
            QStringLiteral("8+")};
}

std::array<QDate, 3> ReportRepository::planMilestones(int year)
{
    return {QDate(year, 6, 30), QDate(year, 9, 30), QDate(year, 12, 31)};
}

QString ReportRepository::failed(const QString& what, const QString& error) const
{
    return tr("Cannot count %1 in %2: %3").arg(what, m_database.path(), error);
}

ReportRepository::Where ReportRepository::scopeWhere(const ReportScope& scope)
{
    // Beyond a month the rows of the range are most of the table: reading it straight through
    // (the unary + keeps SQLite off the day index) beats one index probe per case.
    Where where{scope.days() > 31
                    ? QStringLiteral("+c.received_on BETWEEN ? AND ? AND c.center_code = ?")
                    : QStringLiteral("c.received_on BETWEEN ? AND ? AND c.center_code = ?"),
                {dateValue(scope.from), dateValue(scope.to), scope.centerCode}};
    if (scope.window > 0) {
        where.sql += QStringLiteral(" AND c.window_no = ?");
        where.values.append(scope.window);
    }
    if (!scope.clerk.isEmpty()) {
        where.sql += QStringLiteral(" AND c.clerk = ?");
        where.values.append(scope.clerk);
    }
    return where;
}

// Open cases with a running deadline, taken in the scope's window or by its clerk up to the
// reference day (whenever they were received: an old case at risk is today's business).
ReportRepository::Where ReportRepository::openWhere(const ReportScope& scope,
                                                    const QDate& reference)
{
    // The unary + keeps SQLite on case_file_open_by_deadline (centre, status, due date; covering).
    Where where{QStringLiteral("c.status IN ('accepted', 'under_review') AND c.due_date IS NOT "
                               "NULL AND c.center_code = ? AND +c.received_on <= ?"),
                {scope.centerCode, dateValue(reference)}};
    if (scope.window > 0) {
        where.sql += QStringLiteral(" AND c.window_no = ?");
        where.values.append(scope.window);
    }
    if (!scope.clerk.isEmpty()) {
        where.sql += QStringLiteral(" AND c.clerk = ?");
        where.values.append(scope.clerk);
    }
    return where;
}

QDate ReportRepository::referenceDay(const ReportScope& scope, const QDate& today)
{
    return today.isValid() && today < scope.to ? today : scope.to;
}

Result<DailyFigures> ReportRepository::figures(const ReportScope& scope, const QDate& today) const
{
    return compute(scope, today, true);
}

Result<DailyFigures> ReportRepository::figuresFromCases(const ReportScope& scope,
                                                        const QDate& today) const
{
    return compute(scope, today, false);
}

Result<DailyFigures> ReportRepository::compute(const ReportScope& scope, const QDate& today,
                                               bool fromSummary) const
{
    using R = Result<DailyFigures>;
    if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from)
        return R::failure(tr("A report needs a first and a last day, the first not after the "
                             "last."));
    if (scope.centerCode.isEmpty())
        return R::failure(tr("A report needs the hall's centre code."));
    DailyFigures figures;
    figures.scope = scope;
    figures.referenceDay = referenceDay(scope, today);
    using Step = Status (ReportRepository::*)(const ReportScope&, DailyFigures&) const;
    const QList<Step> steps =
        fromSummary ? QList<Step>{&ReportRepository::summaryCounts, &ReportRepository::deadlines,
                                  &ReportRepository::summaryRatings,
                                  &ReportRepository::summaryLedger, &ReportRepository::homeVisits}
                    : QList<Step>{&ReportRepository::hours,     &ReportRepository::catalogCounts,
                                  &ReportRepository::decisions, &ReportRepository::deadlines,
                                  &ReportRepository::ratings,   &ReportRepository::assisted,
                                  &ReportRepository::ledger,    &ReportRepository::homeVisits};
    for (const Step step : steps) {
        if (const Status s = (this->*step)(scope, figures); !s)
            return R::failure(s.error());
    }
    return R::success(figures);
}

void ReportRepository::addLocalHour(const QString& utcHour, int count, DailyFigures& figures) const
{
    const QDateTime utc = QDateTime::fromString(utcHour + QStringLiteral(":00:00Z"), Qt::ISODate);
    figures.cases += count;
    if (utc.isValid())
        figures.byHour[size_t(utc.toLocalTime().time().hour())] += count;
}

// '' (not NULL) for every clerk.
static QVariant summaryClerk(const ReportScope& scope)
{
    return scope.clerk.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(scope.clerk);
}

// The scope's rows of daily_summary: window 0 and clerk '' are the roll-ups over every window
// and every clerk.
static const QString SummaryScope = QStringLiteral(
    "center_code = ? AND window_no = ? AND clerk = ? AND kind = ? AND day BETWEEN ? AND ?");

Status ReportRepository::summaryCounts(const ReportScope& scope, DailyFigures& figures) const
{
    if (const Status s = loadNames(); !s)
        return s;
    QHash<QString, int> stages, scenes, items;
    QMap<qint64, int> histogram;
    for (const QString& kind :
         {QStringLiteral("hour"), QStringLiteral("items"), QStringLiteral("decision"),
          QStringLiteral("handling"), QStringLiteral("assisted")}) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!execute(query,
                     QStringLiteral("SELECT key, sum(n) FROM daily_summary WHERE %1 GROUP BY key")
                         .arg(SummaryScope),
                     {scope.centerCode, scope.window, summaryClerk(scope), kind,
                      dateValue(scope.from), dateValue(scope.to)}))
            return Status::failure(failed(tr("the day's summary"), failureText(query)));
        while (query.next()) {
            const QString key = query.value(0).toString();
            const int count = query.value(1).toInt();
            if (count == 0)
                continue;
            if (kind == QLatin1String("hour")) {
                addLocalHour(key, count, figures);
            } else if (kind == QLatin1String("items")) {
                // A case counts once for each of its items, scenes and stages.
                QSet<QString> caseScenes, caseStages;
                for (const QString& item : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    items[item] += count;
                    const QString scene = m_itemScene.value(item);
                    if (scene.isEmpty())
                        continue;
                    caseScenes.insert(scene);
                    if (const QString stage = m_sceneStage.value(scene); !stage.isEmpty())
                        caseStages.insert(stage);
                }
                for (const QString& scene : std::as_const(caseScenes))
                    scenes[scene] += count;
                for (const QString& stage : std::as_const(caseStages))
                    stages[stage] += count;
            } else if (kind == QLatin1String("decision")) {
                if (key == QLatin1String("accepted"))
                    figures.accepted += count;
                else if (key == QLatin1String("supplement_requested"))
                    figures.supplementRequested += count;
                else if (key == QLatin1String("refused"))
                    figures.refused += count;
                else
                    figures.undecided += count;
            } else if (kind == QLatin1String("handling")) {
                histogram[key.toLongLong()] += count;
                figures.handled += count;
            } else if (key == QLatin1String("any")) {
                figures.assisted += count;
            } else if (key == QLatin1String("elderly")) {
                figures.elderly += count;
            } else if (key == QLatin1String("disabled")) {
                figures.disabled += count;
            } else if (key == QLatin1String("agent")) {
                figures.byAgent += count;
            }
        }
    }
    figures.byStage = topOf(stages, m_names, 0);
    figures.byScene = topOf(scenes, m_names, TopCount);
    figures.byItem = topOf(items, m_names, TopCount);
    if (figures.handled > 0) {
        figures.handlingMedianSeconds = nearestRank(histogram, figures.handled, 0.5);
        figures.handlingP90Seconds = nearestRank(histogram, figures.handled, 0.9);
    }
    return Status::success();
}

Status ReportRepository::summaryRatings(const ReportScope& scope, DailyFigures& figures) const
{
    ReportScope trend = scope;
    if (scope.from == scope.to)
        trend.from = scope.to.addDays(-(SingleDayTrendDays - 1));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral("SELECT day, key, sum(n) FROM daily_summary WHERE %1 GROUP BY "
                                "day, key")
                     .arg(SummaryScope),
                 {scope.centerCode, scope.window, summaryClerk(scope), QStringLiteral("rating"),
                  dateValue(trend.from), dateValue(trend.to)}))
        return Status::failure(failed(tr("ratings"), failureText(query)));
    QMap<QDate, SatisfactionPoint> days;
    while (query.next()) {
        const QDate day = dateFrom(query.value(0));
        const int score = query.value(1).toInt();
        const int count = query.value(2).toInt();
        if (score < 1 || score > 5 || count == 0)
            continue;
        SatisfactionPoint& point = days[day];
        point.day = day;
        point.rated += count;
        if (score >= 4)
            point.satisfied += count;
        if (day >= scope.from && day <= scope.to)
            figures.ratings[size_t(score - 1)] += count;
    }
    for (QDate day = trend.from; day <= trend.to; day = day.addDays(1)) {
        SatisfactionPoint point = days.value(day);
        point.day = day;
        figures.satisfactionTrend.append(point);
    }
    return Status::success();
}

Status ReportRepository::summaryLedger(const ReportScope& scope, DailyFigures& figures) const
{
    // One index probe per (mode, item, window) ever counted: its first day in the plan's year.
    const int year = scope.to.year();
    figures.planYear = year;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral(
                     "SELECT k.mode, k.item, (SELECT min(l.day) FROM ledger_summary l WHERE "
                     "l.center_code = k.center_code AND l.mode = k.mode AND l.item = k.item AND "
                     "l.window_no = k.window_no AND l.day BETWEEN ? AND ? AND l.n > 0) AS first "
                     "FROM ledger_key k WHERE k.center_code = ? AND first IS NOT NULL"),
                 {dateValue(QDate(year, 1, 1)), dateValue(scope.to), scope.centerCode}))
        return Status::failure(failed(tr("the plan's ledger"), failureText(query)));
    QHash<QString, ItemDates> items;
    while (query.next()) {
        const QString mode = query.value(0).toString();
        ItemDates& dates = items[query.value(1).toString()];
        const QDate first = dateFrom(query.value(2));
        if (mode == QLatin1String("minimal"))
            earlier(dates.minimal, first);
        else if (mode == QLatin1String("integrated"))
            earlier(dates.integrated, first);
        else
            dates.windows.append(first);
    }
    figures.ledger = ledgerLines(items, planMilestones(year));
    return Status::success();
}

Status ReportRepository::hours(const ReportScope& scope, DailyFigures& figures) const
{
    // Grouped by the UTC hour as stored ("2026-11-30T01"); each group's local hour is worked out
    // here, so that no row needs a time-zone conversion in SQL.
    const Where where = scopeWhere(scope);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral("SELECT substr(c.received_at, 1, 13), count(*) FROM case_file c "
                                "WHERE %1 GROUP BY 1")
                     .arg(where.sql),
                 where.values))
        return Status::failure(failed(tr("cases by hour"), failureText(query)));
    while (query.next())
        addLocalHour(query.value(0).toString(), query.value(1).toInt(), figures);
    return Status::success();
}

Status ReportRepository::loadNames() const
{
    if (!m_names.isEmpty())
        return Status::success();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral("SELECT code, name, NULL, NULL FROM stage UNION ALL SELECT code, "
                                "name, NULL, stage_code FROM scene UNION ALL SELECT code, name, "
                                "scene_code, NULL FROM item"),
                 {}))
        return Status::failure(failed(tr("the catalog's names"), failureText(query)));
    while (query.next()) {
        const QString code = query.value(0).toString();
        m_names.insert(code, query.value(1).toString());
        if (!query.value(2).isNull())
            m_itemScene.insert(code, query.value(2).toString());
        if (!query.value(3).isNull())
            m_sceneStage.insert(code, query.value(3).toString());
    }
    return Status::success();
}

Status ReportRepository::catalogCounts(const ReportScope& scope, DailyFigures& figures) const
{
    if (const Status s = loadNames(); !s)
        return s;
    // Distinct cases per stage, scene and item: a case of two items of one scene counts once
    // for the scene. Items missing from the catalog count for themselves only.
    const Where where = scopeWhere(scope);
    const QString from =
        QStringLiteral("FROM case_file c JOIN case_item ci ON ci.case_id = c.id "
                       "LEFT JOIN item i ON i.code = %1 LEFT JOIN scene s ON s.code = i.scene_code "
                       "WHERE %2")
            .arg(BaseItem, where.sql);
    const struct
    {
        QString column;
        QList<FigureCount>* target;
        int limit;
        QString what;
    } groups[] = {
        {QStringLiteral("s.stage_code"), &figures.byStage, 0, tr("cases by stage")},
        {QStringLiteral("i.scene_code"), &figures.byScene, TopCount, tr("cases by scene")},
        {BaseItem, &figures.byItem, TopCount, tr("cases by item")},
    };
    for (const auto& group : groups) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!execute(query,
                     QStringLiteral("SELECT %1, count(DISTINCT c.id) %2 GROUP BY 1")
                         .arg(group.column, from),
                     where.values))
            return Status::failure(failed(group.what, failureText(query)));
        QHash<QString, int> counts;
        while (query.next()) {
            if (!query.value(0).isNull())
                counts.insert(query.value(0).toString(), query.value(1).toInt());
        }
        *group.target = topOf(counts, m_names, group.limit);
    }
    return Status::success();
}

Status ReportRepository::decisions(const ReportScope& scope, DailyFigures& figures) const
{
    // One pass: each case's counter decision and its handling time in whole seconds, grouped.
    const Where where = scopeWhere(scope);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral(
                     "SELECT e.status, CAST(round((julianday(e.at) - julianday(c.received_at)) * "
                     "86400) AS INTEGER), count(*) FROM case_file c LEFT JOIN case_event e ON "
                     "e.case_id = c.id AND e.position = 2 AND e.status IN ('accepted', "
                     "'supplement_requested', 'refused') WHERE %1 GROUP BY 1, 2")
                     .arg(where.sql),
                 where.values))
        return Status::failure(failed(tr("decisions"), failureText(query)));
    QMap<qint64, int> histogram;
    while (query.next()) {
        const QString status = query.value(0).toString();
        const int count = query.value(2).toInt();
        if (status == QLatin1String("accepted"))
            figures.accepted += count;
        else if (status == QLatin1String("supplement_requested"))
            figures.supplementRequested += count;
        else if (status == QLatin1String("refused"))
            figures.refused += count;
        else {
            figures.undecided += count;
            continue;
        }
        histogram[std::max<qint64>(0, query.value(1).toLongLong())] += count;
        figures.handled += count;
    }
    if (figures.handled > 0) {
        figures.handlingMedianSeconds = nearestRank(histogram, figures.handled, 0.5);
        figures.handlingP90Seconds = nearestRank(histogram, figures.handled, 0.9);
    }
    return Status::success();
}

Status ReportRepository::deadlines(const ReportScope& scope, DailyFigures& figures) const
{
    const Where where = openWhere(scope, figures.referenceDay);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QVariantList values{dateValue(figures.referenceDay)};
    values.append(where.values);
    if (!execute(query,
                 QStringLiteral("SELECT CAST(julianday(c.due_date) - julianday(?) AS INTEGER), "
                                "count(*) FROM case_file c WHERE %1 GROUP BY 1")
                     .arg(where.sql),
                 values))
        return Status::failure(failed(tr("deadlines"), failureText(query)));
    QHash<QString, int> buckets;
    while (query.next()) {
        const qint64 days = query.value(0).toLongLong();
        buckets[deadlineBucket(days)] += query.value(1).toInt();
        if (days < 0)
            figures.overdue += query.value(1).toInt();
    }
    for (const QString& bucket : deadlineBuckets())
        figures.deadlines.append(FigureCount{bucket, QString(), buckets.value(bucket)});
    return Status::success();
}

Status ReportRepository::ratings(const ReportScope& scope, DailyFigures& figures) const
{
    // Ratings of the cases received in the scope, whenever given; the trend is the same per day,
    // over the scope or, for one day, over the 30 days that end with it.
    ReportScope trend = scope;
    if (scope.from == scope.to)
        trend.from = scope.to.addDays(-(SingleDayTrendDays - 1));
    const Where where = scopeWhere(trend);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral("SELECT c.received_on, v.score, count(*) FROM case_file c JOIN "
                                "evaluation v ON v.case_id = c.id WHERE %1 GROUP BY 1, 2")
                     .arg(where.sql),
                 where.values))
        return Status::failure(failed(tr("ratings"), failureText(query)));
    QMap<QDate, SatisfactionPoint> days;
    while (query.next()) {
        const QDate day = dateFrom(query.value(0));
        const int score = query.value(1).toInt();
        const int count = query.value(2).toInt();
        if (score < 1 || score > 5)
            continue;
        SatisfactionPoint& point = days[day];
        point.day = day;
        point.rated += count;
        if (score >= 4)
            point.satisfied += count;
        if (day >= scope.from && day <= scope.to)
            figures.ratings[size_t(score - 1)] += count;
    }
    for (QDate day = trend.from; day <= trend.to; day = day.addDays(1)) {
        SatisfactionPoint point = days.value(day);
        point.day = day;
        figures.satisfactionTrend.append(point);
    }
    return Status::success();
}

Status ReportRepository::assisted(const ReportScope& scope, DailyFigures& figures) const
{
    const Where where = scopeWhere(scope);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral("SELECT count(*), coalesce(sum(elderly), 0), "
                                "coalesce(sum(disabled), 0), coalesce(sum(agent), 0) FROM ("
                                "SELECT %1 AS elderly, a.disabled AS disabled, "
                                "c.agent_name IS NOT NULL AS agent FROM case_file c JOIN applicant "
                                "a ON a.identifier = c.applicant_identifier WHERE %2) "
                                "WHERE elderly OR disabled OR agent")
                     .arg(ElderlySql, where.sql),
                 where.values))
        return Status::failure(failed(tr("assisted cases"), failureText(query)));
    if (query.next()) {
        figures.assisted = query.value(0).toInt();
        figures.elderly = query.value(1).toInt();
        figures.disabled = query.value(2).toInt();
        figures.byAgent = query.value(3).toInt();
    }
    return Status::success();
}

Status ReportRepository::homeVisits(const ReportScope& scope, DailyFigures& figures) const
{
    if (scope.window > 0)
        return Status::success(); // a visit is not taken at a window
    const Result<HomeVisitCounts> counts =
        HomeVisitRepository::countByState(m_database, scope.from, scope.to, scope.clerk);
    if (!counts)
        return Status::failure(counts.error());
    figures.homeVisits = counts.value();
    return Status::success();
}

Status ReportRepository::ledger(const ReportScope& scope, DailyFigures& figures) const
{
    // The plan's year is the year of the report's last day; the ledger is always the whole
    // hall's. Per item, window and mode the first day of acceptance in that year, up to the
    // report's last day: 极简办 accepted the day it was received (one visit, no 补正 round),
    // 集成办 accepted as part of a chain (a scene or two or more items), 全域办 accepted at two
    // or more windows (the day the second window accepted it).
    const int year = scope.to.year();
    figures.planYear = year;
    const QDate first(year, 1, 1);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(
            query,
            QStringLiteral(
                "SELECT %1, c.window_no, "
                "min(CASE WHEN c.accepted_on = c.received_on THEN c.accepted_on END), "
                "min(CASE WHEN c.scene_code <> '' OR EXISTS (SELECT 1 FROM case_item x WHERE "
                "x.case_id = c.id AND x.position = 2) THEN c.accepted_on END), "
                "min(c.accepted_on) "
                "FROM case_file c JOIN case_item ci ON ci.case_id = c.id "
                "WHERE c.accepted_on BETWEEN ? AND ? AND c.received_on <= ? AND c.center_code = ? "
                "GROUP BY 1, 2")
                .arg(BaseItem),
            {dateValue(first), dateValue(scope.to), dateValue(scope.to), scope.centerCode}))
        return Status::failure(failed(tr("the plan's ledger"), failureText(query)));
    QHash<QString, ItemDates> items;
    while (query.next()) {
        ItemDates& dates = items[query.value(0).toString()];
        earlier(dates.minimal, dateFrom(query.value(2)));
        earlier(dates.integrated, dateFrom(query.value(3)));
        dates.windows.append(dateFrom(query.value(4)));
    }
    figures.ledger = ledgerLines(items, planMilestones(year));
    return Status::success();
}

Result<QList<FigureCase>> ReportRepository::casesBehind(const ReportScope& scope,
                                                        const FigureSlice& slice,
                                                        const QDate& today, int limit) const
{
    using R = Result<QList<FigureCase>>;
    Where where = slice.kind == FigureSlice::Kind::Deadline
                      ? openWhere(scope, referenceDay(scope, today))
                      : scopeWhere(scope);
    QString extra;
    QVariantList values = where.values;
    QString join;
    switch (slice.kind) {
    case FigureSlice::Kind::All:
        break;
    case FigureSlice::Kind::Hour:
        extra = QStringLiteral("CAST(strftime('%H', c.received_at, 'localtime') AS INTEGER) = ?");
        values.append(slice.key.toInt());
        break;
    case FigureSlice::Kind::Stage:
    case FigureSlice::Kind::Scene:
    case FigureSlice::Kind::Item:
        extra = QStringLiteral("EXISTS (SELECT 1 FROM case_item ci LEFT JOIN item i ON i.code = "
                               "%1 LEFT JOIN scene s ON s.code = i.scene_code WHERE ci.case_id = "
                               "c.id AND %2 = ?)")
                    .arg(BaseItem,
                         slice.kind == FigureSlice::Kind::Stage   ? QStringLiteral("s.stage_code")
                         : slice.kind == FigureSlice::Kind::Scene ? QStringLiteral("i.scene_code")
                                                                  : BaseItem);
        values.append(slice.key);
        break;
    case FigureSlice::Kind::Decision:
        if (slice.key == QLatin1String("undecided")) {
            extra = DecisionSql + QStringLiteral(" IS NULL");
        } else {
            extra = DecisionSql + QStringLiteral(" = ?");
            values.append(slice.key);
        }
        break;
    case FigureSlice::Kind::Deadline: {
        const QDate reference = referenceDay(scope, today);
        const QString days =
            QStringLiteral("CAST(julianday(c.due_date) - julianday('%1') AS INTEGER)")
                .arg(reference.toString(Qt::ISODate));
        if (slice.key == QLatin1String("overdue"))
            extra = days + QStringLiteral(" < 0");
        else if (slice.key == QLatin1String("4-7"))
            extra = days + QStringLiteral(" BETWEEN 4 AND 7");
        else if (slice.key == QLatin1String("8+"))
            extra = days + QStringLiteral(" >= 8");
        else {
            extra = days + QStringLiteral(" = ?");
            values.append(slice.key.toInt());
        }
        break;
    }
    case FigureSlice::Kind::Rating:
        extra = QStringLiteral("v.score = ?");
        values.append(slice.key.toInt());
        break;
    case FigureSlice::Kind::Assisted:
        join = QStringLiteral(" JOIN applicant a ON a.identifier = c.applicant_identifier");
        if (slice.key == QLatin1String("elderly"))
            extra = ElderlySql;
        else if (slice.key == QLatin1String("disabled"))
            extra = QStringLiteral("a.disabled = 1");
        else if (slice.key == QLatin1String("agent"))
            extra = QStringLiteral("c.agent_name IS NOT NULL");
        else
            extra = QStringLiteral("(%1 OR a.disabled = 1 OR c.agent_name IS NOT NULL)")
                        .arg(ElderlySql);
        break;
    }
    if (!extra.isEmpty())
        where.sql += QStringLiteral(" AND ") + extra;
    values.append(limit);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral(
                     "SELECT c.id, c.number, c.received_at, c.window_no, c.clerk, c.status, "
                     "c.due_date, coalesce(v.score, 0), (SELECT group_concat(item_code, ' ') "
                     "FROM (SELECT item_code FROM case_item WHERE case_id = c.id ORDER BY "
                     "position)) FROM case_file c LEFT JOIN evaluation v ON v.case_id = c.id%1 "
                     "WHERE %2 ORDER BY c.received_at, c.number LIMIT ?")
                     .arg(join, where.sql),
                 values))
        return R::failure(failed(tr("the cases behind a figure"), failureText(query)));
    QList<FigureCase> cases;
    while (query.next()) {
        FigureCase c;
        c.id = query.value(0).toString();
        c.number = query.value(1).toString();
        c.receivedAt = timeFrom(query.value(2));
        c.window = query.value(3).toInt();
        c.clerk = query.value(4).toString();
        c.status = query.value(5).toString();
        c.dueDate = dateFrom(query.value(6));
        c.score = query.value(7).toInt();
        c.itemCodes = query.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        cases.append(c);
    }
    return R::success(cases);
}

} // namespace ow
