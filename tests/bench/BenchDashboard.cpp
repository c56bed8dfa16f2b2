// Dashboard benchmark: the supervisor's whole set of figures (ReportRepository::figures, from the
// per-day summary) for one day and for one year over a database of 500,000 cases, and the ratio to
// the bare GROUP BY queries on the same rows (cases by hour, by status, by item, ratings by score:
// one table each, no join, no percentile, no ledger); also the same figures computed from the
// cases (figuresFromCases, the dashboard before the summary). Target: a year under 300 ms. Not
// part of the test suite:
//   [OW_BENCH_CACHE=1] [OW_BENCH_SUMMARY_ONLY=1] build/release/tests/bench/bench_dashboard [cases]
//   [database file to keep]
// A database file that exists is measured as it is (e.g. one made by `owctl demo generate
// --cases 500000 --days 365`): its biggest hall, its last year, the busiest day of that June.
// The cases are written with plain SQL (a recursive CTE): 10 windows, 1–2 items each, 10 %
// refused, 10 % 补正, 10 % undecided, 60 % rated, 5 % with an agent; accepted cases are
// concluded by their deadline except those due from 2026-12-15 on and 1 in 97 (overdue).
#include "Database.h"
#include "DatabaseSetup.h"
#include "SqlValues.h"
#include "catalog/CatalogSeed.h"
#include "reports/DailySummary.h"
#include "reports/ReportRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ow;

namespace {

void run(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s\n%s", qPrintable(failureText(query)), qPrintable(sql));
}

void generate(Database& database, int cases)
{
    run(database, QStringLiteral("PRAGMA synchronous = OFF"));
    run(database, QStringLiteral("BEGIN"));
    if (const Status s = DailySummary::pause(database); !s)
        qFatal("%s", qPrintable(s.error()));
    run(database, QStringLiteral(
                      "WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < "
                      "49999) INSERT INTO applicant (identifier, kind, name, birth_date, disabled, "
                      "updated_at) SELECT printf('370402%08d%04d', 19400101 + k, k % 10000), "
                      "'person', '申请人' || k, date('1940-01-01', '+' || (k * 37 % 25000) || ' "
                      "days'), k % 50 = 0, '2026-01-01T00:00:00.000Z' FROM n"));
    // Case k: day k % 365 of 2026, window 1 + (k / 365) % 10, sequence k / 3650 + 1 (unique per
    // window and day); received 08:00–16:59 Beijing time (00–08 UTC).
    const QString day = QStringLiteral("date('2026-01-01', '+' || (k % 365) || ' days')");
    run(database,
        QStringLiteral(
            "WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < @LAST@), "
            "c AS (SELECT k, @DAY@ AS day, 1 + (k / 365) % 10 AS w, k / 3650 + 1 AS seq, k % 10 AS "
            "d FROM n) "
            "INSERT INTO case_file (id, number, center_code, window_no, received_on, sequence, "
            "clerk, received_at, applicant_identifier, agent_name, agent_id_number, agent_phone, "
            "agent_authorization, scene_code, accepted_on, due_date, status) "
            "SELECT printf('%08d-0000-4000-8000-%012d', k, k), 'XC01-' || printf('%02d', w) || "
            "'-' || replace(day, '-', '') || '-' || printf('%04d', seq), 'XC01', w, day, seq, "
            "'clerk' || w, day || 'T' || printf('%02d:%02d:%02d.000Z', (k * 7) % 9, (k * 13) % "
            "60, (k * 17) % 60), printf('370402%08d%04d', 19400101 + k % 50000, (k % 50000) % "
            "10000), CASE WHEN k % 20 = 0 THEN '代办人' END, CASE WHEN k % 20 = 0 THEN "
            "'370402198001010000' END, CASE WHEN k % 20 = 0 THEN '13800000000' END, CASE WHEN k "
            "% 20 = 0 THEN '授权委托书' END, CASE WHEN k % 7 = 0 THEN 'E1.1' ELSE '' END, CASE "
            "WHEN d >= 3 THEN day END, CASE WHEN d >= 3 THEN date(day, '+' || (k % 20) || ' "
            "days') END, CASE d WHEN 0 THEN 'refused' WHEN 1 THEN 'supplement_requested' WHEN 2 "
            "THEN 'received' ELSE CASE WHEN date(day, '+' || (k % 20) || ' days') < '2026-12-15' "
            "AND k "
            "% 97 <> 0 THEN 'concluded' ELSE 'accepted' END END FROM c")
            .replace(QStringLiteral("@LAST@"), QString::number(cases - 1))
            .replace(QStringLiteral("@DAY@"), day));
    run(database,
        QStringLiteral(
            "INSERT INTO case_item (case_id, position, item_code) SELECT id, 1, CASE WHEN k % 2 "
            "= 0 THEN 'E' || printf('%03d', 1 + k % 106) ELSE 'P' || printf('%03d', 1 + k % 115) "
            "END FROM (SELECT id, CAST(substr(id, 1, 8) AS INTEGER) AS k FROM case_file)"));
    run(database,
        QStringLiteral(
            "INSERT INTO case_item (case_id, position, item_code) SELECT id, 2, CASE WHEN k % 2 "
            "= 0 THEN 'E' || printf('%03d', 1 + (k + 1) % 106) ELSE 'P' || printf('%03d', 1 + (k "
            "+ 1) % 115) END FROM (SELECT id, CAST(substr(id, 1, 8) AS INTEGER) AS k FROM "
            "case_file) WHERE k % 3 = 0"));
    run(database, QStringLiteral("INSERT INTO case_event (case_id, position, status, at, "
                                 "user_name) SELECT id, 1, 'received', received_at, clerk FROM "
                                 "case_file"));
    run(database,
        QStringLiteral(
            "INSERT INTO case_event (case_id, position, status, at, user_name) SELECT id, 2, "
            "CASE WHEN status IN ('refused', 'supplement_requested') THEN status ELSE 'accepted' "
            "END, strftime('%Y-%m-%dT%H:%M:%fZ', received_at, '+' || (60 + CAST(substr(id, 1, 8) "
            "AS INTEGER) % 1800) || ' seconds'), clerk FROM case_file WHERE status <> "
            "'received'"));
    run(database,
        QStringLiteral(
            "INSERT INTO evaluation (case_id, score, channel, at) SELECT id, CASE WHEN k % 100 < "
            "3 THEN 1 WHEN k % 100 < 6 THEN 2 WHEN k % 100 < 15 THEN 3 WHEN k % 100 < 40 THEN 4 "
            "ELSE 5 END, 'window', strftime('%Y-%m-%dT%H:%M:%fZ', received_at, '+1 hour') FROM "
            "(SELECT id, received_at, status, CAST(substr(id, 1, 8) AS INTEGER) AS k FROM "
            "case_file) WHERE status <> 'received' AND k % 5 < 3"));
    if (const Status s = DailySummary::rebuild(database); !s)
        qFatal("%s", qPrintable(s.error()));
    run(database, QStringLiteral("COMMIT"));
    run(database, QStringLiteral("ANALYZE"));
    run(database, QStringLiteral("PRAGMA synchronous = FULL"));
}

// The bare GROUP BY queries: one table each (case_item joined only to restrict to the range).
void bare(Database& database, const ReportScope& scope)
{
    const QString range = QStringLiteral("received_on BETWEEN '%1' AND '%2' AND center_code = '%3'")
                              .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate),
                                   scope.centerCode);
    const QStringList queries = {
        QStringLiteral("SELECT substr(received_at, 1, 13), count(*) FROM case_file WHERE %1 "
                       "GROUP BY 1"),
        QStringLiteral("SELECT status, count(*) FROM case_file WHERE %1 GROUP BY 1"),
        QStringLiteral("SELECT ci.item_code, count(*) FROM case_item ci JOIN case_file c ON c.id "
                       "= ci.case_id WHERE c.%1 GROUP BY 1"),
        QStringLiteral("SELECT v.score, count(*) FROM evaluation v JOIN case_file c ON c.id = "
                       "v.case_id WHERE c.%1 GROUP BY 1"),
    };
    for (const QString& sql : queries) {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(sql.arg(range)))
            qFatal("%s", qPrintable(failureText(query)));
        while (query.next()) {
        }
    }
}

double medianMs(const std::function<void()>& work, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    const QStringList args = app.arguments();
    const int cases = args.size() > 1 ? args.at(1).toInt()
                      : qEnvironmentVariableIsSet("ONEWINDOW_BENCH_CASES")
                          ? qEnvironmentVariableIntValue("ONEWINDOW_BENCH_CASES")
                          : 500000;
    QTemporaryDir dir;
    const QString path =
        args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool fresh = !QFile::exists(path);
    auto prepared = DatabaseSetup::prepare(path, CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        generate(database, cases);
        std::printf("generated %d cases in %.1f s\n", cases, double(timer.elapsed()) / 1000);
    }
    QSqlQuery count(database.connection());
    count.exec(QStringLiteral("SELECT count(*) FROM case_file"));
    count.next();
    std::printf("database: %s, %d cases\n", qPrintable(path), count.value(0).toInt());

    // OW_BENCH_CACHE=1: a 256 MiB page cache and memory-mapped reads on this connection, to see
    // what the connection settings (not the SQL) are worth.
    if (qEnvironmentVariableIntValue("OW_BENCH_CACHE") == 1) {
        run(database, QStringLiteral("PRAGMA cache_size = -262144"));
        run(database, QStringLiteral("PRAGMA mmap_size = 2147483648"));
        std::printf("page cache 256 MiB, mmap 2 GiB\n");
    }
    // The hall, its last year and the busiest day of that year's June: the bench's own 2026 cases
    // or those of a database given (e.g. made by `owctl demo generate`).
    QSqlQuery where(database.connection());
    where.exec(QStringLiteral("SELECT center_code, max(received_on) FROM case_file GROUP BY 1 "
                              "ORDER BY count(*) DESC LIMIT 1"));
    where.next();
    const QString center = where.value(0).toString();
    const int year = QDate::fromString(where.value(1).toString(), Qt::ISODate).year();
    where.exec(QStringLiteral("SELECT received_on FROM case_file WHERE received_on BETWEEN "
                              "'%1-06-01' AND '%1-06-30' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                   .arg(year));
    where.next();
    const QDate day = QDate::fromString(where.value(0).toString(), Qt::ISODate);
    where.exec(QStringLiteral("SELECT window_no FROM case_file WHERE received_on = '%1' GROUP BY "
                              "1 ORDER BY count(*) DESC LIMIT 1")
                   .arg(day.toString(Qt::ISODate)));
    where.next();
    const int window = where.value(0).toInt();
    std::printf("hall %s, year %d, day %s, window %d\n", qPrintable(center), year,
                qPrintable(day.toString(Qt::ISODate)), window);

    ReportRepository reports(database);
    const QDate today(year, 12, 31);
    const QDate first(year, 1, 1), last(year, 12, 31);
    const struct
    {
        QString name;
        ReportScope scope;
        int runs;
        bool year;
    } scopes[] = {
        {QStringLiteral("one day, hall"), ReportScope::day(day, center), 11, false},
        {QStringLiteral("one day, one window"), ReportScope{day, day, center, window, {}}, 11,
         false},
        {QStringLiteral("one year, hall"), ReportScope{first, last, center, 0, {}}, 5, true},
        {QStringLiteral("one year, one window"), ReportScope{first, last, center, window, {}}, 5,
         true},
    };
    std::printf("%-24s %12s %12s %8s %10s\n", "scope", "dashboard ms", "bare ms", "ratio", "cases");
    QStringList lines;
    for (const auto& s : scopes) {
        const auto first = reports.figures(s.scope, today); // warms the page cache
        if (!first)
            qFatal("%s", qPrintable(first.error()));
        const int seen = first.value().cases;
        const double dashboard = medianMs([&] { (void)reports.figures(s.scope, today); }, s.runs);
        const double baseline = medianMs([&] { bare(database, s.scope); }, s.runs);
        // The same figures straight from the cases (what the dashboard did before the summary).
        // OW_BENCH_SUMMARY_ONLY=1 skips them (a year takes tens of seconds on a busy machine).
        const bool summaryOnly = qEnvironmentVariableIntValue("OW_BENCH_SUMMARY_ONLY") == 1;
        const double fromCases =
            summaryOnly
                ? 0.0
                : medianMs([&] { (void)reports.figuresFromCases(s.scope, today); }, s.year ? 1 : 5);
        std::printf("%-24s %12.1f %12.1f %7.2fx %10d   (from the cases: %.1f ms)\n",
                    qPrintable(s.name), dashboard, baseline, dashboard / baseline, seen, fromCases);
        lines.append(
            QStringLiteral("BENCH | dashboard %1 (%2 cases) | %3 ms | bare GROUP BY %4 ms "
                           "| %5x | %6 | %7")
                .arg(s.name)
                .arg(seen)
                .arg(dashboard, 0, 'f', 1)
                .arg(baseline, 0, 'f', 1)
                .arg(dashboard / baseline, 0, 'f', 2)
                .arg(s.year ? QStringLiteral("< 300 ms") : QStringLiteral("-"))
                .arg(s.year ? (dashboard < 300 ? QStringLiteral("pass") : QStringLiteral("fail"))
                            : QStringLiteral("-")));
        if (!summaryOnly)
            lines.append(QStringLiteral("BENCH | dashboard %1 from the cases, no summary | %2 ms | "
                                        "bare GROUP BY %3 ms | %4x | - | -")
                             .arg(s.name)
                             .arg(fromCases, 0, 'f', 1)
                             .arg(baseline, 0, 'f', 1)
                             .arg(fromCases / baseline, 0, 'f', 2));
    }
    // The click behind a bar: the cases of one hour of one day.
    const double click = medianMs(
        [&] {
            (void)reports.casesBehind(ReportScope::day(day, center),
                                      FigureSlice{FigureSlice::Kind::Hour, QStringLiteral("9")},
                                      today);
        },
        21);
    std::printf("%-24s %12.1f\n", "cases behind one hour's bar", click);
    for (const QString& line : std::as_const(lines))
        std::printf("%s\n", qPrintable(line));
    return 0;
}
