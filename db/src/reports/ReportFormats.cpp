#include "reports/ReportFormats.h"

#include "reports/ReportRepository.h"
#include "json/JsonWriter.h"

namespace ow {

namespace {

QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

void counts(JsonWriter& out, const QList<FigureCount>& list)
{
    out.beginObject();
    for (const FigureCount& c : list)
        out.key(c.key).value(c.count);
    out.endObject();
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString ReportFormats::modeKey(PlanLedgerLine::Mode mode)
{
    switch (mode) {
    case PlanLedgerLine::Mode::Minimal:
        return QStringLiteral("minimal");
    case PlanLedgerLine::Mode::Integrated:
        return QStringLiteral("integrated");
    case PlanLedgerLine::Mode::Anywhere:
        return QStringLiteral("anywhere");
    }
    return QString();
}

QByteArray ReportFormats::json(const DailyFigures& f)
{
    JsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("date")).value(iso(f.scope.to));
    out.key(QStringLiteral("from")).value(iso(f.scope.from));
    out.key(QStringLiteral("to")).value(iso(f.scope.to));
    out.key(QStringLiteral("center")).value(f.scope.centerCode);
    out.key(QStringLiteral("window"));
    if (f.scope.window > 0)
        out.value(f.scope.window);
    else
        out.null();
    out.key(QStringLiteral("clerk"));
    if (!f.scope.clerk.isEmpty())
        out.value(f.scope.clerk);
    else
        out.null();
    out.key(QStringLiteral("cases")).value(f.cases);
    out.key(QStringLiteral("by_hour")).beginArray();
    for (const int count : f.byHour)
        out.value(count);
    out.endArray();
    out.key(QStringLiteral("decisions")).beginObject();
    out.key(QStringLiteral("受理")).value(f.accepted);
    out.key(QStringLiteral("补正")).value(f.supplementRequested);
    out.key(QStringLiteral("不予受理")).value(f.refused);
    out.endObject();
    out.key(QStringLiteral("decision_rates")).beginObject();
    out.key(QStringLiteral("受理")).value(rounded(f.rate(f.accepted)));
    out.key(QStringLiteral("补正")).value(rounded(f.rate(f.supplementRequested)));
    out.key(QStringLiteral("不予受理")).value(rounded(f.rate(f.refused)));
    out.endObject();
    out.key(QStringLiteral("undecided")).value(f.undecided);
    out.key(QStringLiteral("handling_seconds")).beginObject();
    out.key(QStringLiteral("count")).value(f.handled);
    out.key(QStringLiteral("median")).value(f.handlingMedianSeconds);
    out.key(QStringLiteral("p90")).value(f.handlingP90Seconds);
    out.endObject();
    out.key(QStringLiteral("ratings")).beginObject();
    for (int score = 1; score <= 5; ++score)
        out.key(QString::number(score)).value(f.ratings[size_t(score - 1)]);
    out.endObject();
    out.key(QStringLiteral("rated")).value(f.rated());
    out.key(QStringLiteral("satisfaction"));
    if (f.rated() > 0)
        out.value(rounded(f.satisfaction()));
    else
        out.null();
    out.key(QStringLiteral("satisfaction_trend")).beginArray();
    for (const SatisfactionPoint& p : f.satisfactionTrend) {
        out.beginObject();
        out.key(QStringLiteral("date")).value(iso(p.day));
        out.key(QStringLiteral("rated")).value(p.rated);
        out.key(QStringLiteral("satisfied")).value(p.satisfied);
        out.endObject();
    }
    out.endArray();
    out.key(QStringLiteral("reference_date")).value(iso(f.referenceDay));
    out.key(QStringLiteral("overdue")).value(f.overdue);
    out.key(QStringLiteral("deadlines"));
    counts(out, f.deadlines);
    out.key(QStringLiteral("assisted")).value(f.assisted);
    out.key(QStringLiteral("assisted_by")).beginObject();
    out.key(QStringLiteral("elderly")).value(f.elderly);
    out.key(QStringLiteral("disabled")).value(f.disabled);
    out.key(QStringLiteral("agent")).value(f.byAgent);
    out.endObject();
    out.key(QStringLiteral("home_visits"));
    if (f.homeVisits) {
        out.beginObject();
        out.key(QStringLiteral("booked")).value(f.homeVisits->booked);
        out.key(QStringLiteral("visited")).value(f.homeVisits->visited);
        out.key(QStringLiteral("cancelled")).value(f.homeVisits->cancelled);
        out.endObject();
    } else {
        out.null();
    }
    out.key(QStringLiteral("by_stage"));
    counts(out, f.byStage);
    out.key(QStringLiteral("by_scene"));
    counts(out, f.byScene);
    out.key(QStringLiteral("by_item"));
    counts(out, f.byItem);
    out.key(QStringLiteral("plan")).beginObject();
    out.key(QStringLiteral("year")).value(f.planYear);
    out.key(QStringLiteral("milestones")).beginArray();
    if (f.planYear > 0) {
        for (const QDate& day : ReportRepository::planMilestones(f.planYear))
            out.value(iso(day));
    }
    out.endArray();
    out.key(QStringLiteral("lines")).beginArray();
    for (const PlanLedgerLine& line : f.ledger) {
        out.beginObject();
        out.key(QStringLiteral("lifecycle")).value(QString(line.lifecycle));
        out.key(QStringLiteral("mode")).value(modeKey(line.mode));
        out.key(QStringLiteral("target")).value(line.target);
        out.key(QStringLiteral("by_milestone")).beginArray();
        for (const int count : line.byMilestone)
            out.value(count);
        out.endArray();
        out.key(QStringLiteral("to_date")).value(line.toDate);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    out.endObject();
    return out.toUtf8();
}

QByteArray ReportFormats::csv(const DailyFigures& f)
{
    QStringList rows{QStringLiteral("section,key,name,value")};
    const auto row = [&rows](const QString& section, const QString& key, const QString& name,
                             const QString& value) {
        rows.append(
            QStringList{csvField(section), csvField(key), csvField(name), csvField(value)}.join(
                QLatin1Char(',')));
    };
    row(QStringLiteral("scope"), QStringLiteral("from"), QString(), iso(f.scope.from));
    row(QStringLiteral("scope"), QStringLiteral("to"), QString(), iso(f.scope.to));
    row(QStringLiteral("scope"), QStringLiteral("window"), QString(),
        f.scope.window > 0 ? QString::number(f.scope.window) : QString());
    row(QStringLiteral("scope"), QStringLiteral("clerk"), QString(), f.scope.clerk);
    row(QStringLiteral("cases"), QStringLiteral("cases"), QString(), QString::number(f.cases));
    for (int hour = 0; hour < 24; ++hour)
        row(QStringLiteral("by_hour"), QString::number(hour), QString(),
            QString::number(f.byHour[size_t(hour)]));
    for (const auto& [section, list] : {std::pair{QStringLiteral("by_stage"), &f.byStage},
                                        std::pair{QStringLiteral("by_scene"), &f.byScene},
                                        std::pair{QStringLiteral("by_item"), &f.byItem},
                                        std::pair{QStringLiteral("deadlines"), &f.deadlines}}) {
        for (const FigureCount& c : *list)
            row(section, c.key, c.name, QString::number(c.count));
    }
    row(QStringLiteral("decisions"), QStringLiteral("accepted"), QStringLiteral("受理"),
        QString::number(f.accepted));
    row(QStringLiteral("decisions"), QStringLiteral("supplement_requested"), QStringLiteral("补正"),
        QString::number(f.supplementRequested));
    row(QStringLiteral("decisions"), QStringLiteral("refused"), QStringLiteral("不予受理"),
        QString::number(f.refused));
    row(QStringLiteral("decisions"), QStringLiteral("undecided"), QString(),
        QString::number(f.undecided));
    row(QStringLiteral("handling_seconds"), QStringLiteral("median"), QString(),
        QString::number(f.handlingMedianSeconds));
    row(QStringLiteral("handling_seconds"), QStringLiteral("p90"), QString(),
        QString::number(f.handlingP90Seconds));
    for (int score = 1; score <= 5; ++score)
        row(QStringLiteral("ratings"), QString::number(score), QString(),
            QString::number(f.ratings[size_t(score - 1)]));
    row(QStringLiteral("ratings"), QStringLiteral("satisfaction"), QString(),
        f.rated() > 0 ? QString::number(rounded(f.satisfaction())) : QString());
    row(QStringLiteral("overdue"), QStringLiteral("overdue"), QString(),
        QString::number(f.overdue));
    row(QStringLiteral("assisted"), QStringLiteral("assisted"), QString(),
        QString::number(f.assisted));
    row(QStringLiteral("assisted"), QStringLiteral("elderly"), QString(),
        QString::number(f.elderly));
    row(QStringLiteral("assisted"), QStringLiteral("disabled"), QString(),
        QString::number(f.disabled));
    row(QStringLiteral("assisted"), QStringLiteral("agent"), QString(), QString::number(f.byAgent));
    if (f.homeVisits) {
        row(QStringLiteral("home_visits"), QStringLiteral("booked"), QString(),
            QString::number(f.homeVisits->booked));
        row(QStringLiteral("home_visits"), QStringLiteral("visited"), QString(),
            QString::number(f.homeVisits->visited));
        row(QStringLiteral("home_visits"), QStringLiteral("cancelled"), QString(),
            QString::number(f.homeVisits->cancelled));
    }
    for (const PlanLedgerLine& line : f.ledger)
        row(QStringLiteral("plan"), QString(line.lifecycle) + u'.' + modeKey(line.mode),
            QString::number(line.target), QString::number(line.toDate));
    return QByteArrayLiteral("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() +
           QByteArrayLiteral("\r\n");
}

} // namespace ow
