// Case list benchmark over a year of 500,000 cases (made by DemoGenerator, timed too): the first
// page of CaseListModel and a full scroll to the end (page by page, keyset pagination), against a
// plain SELECT of the same rows in the same order. Not part of the test suite:
//   build/release/tests/bench/bench_case_list [DB_PATH] [CASES]
// With DB_PATH the database is kept and reused by the next run (generating takes minutes).
#include "Database.h"
#include "DatabaseSetup.h"
#include "calendar/CalendarData.h"
#include "cases/CaseListModel.h"
#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "demo/DemoGenerator.h"
#include "guide/GuideRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace ow;

namespace {

const QString Center = QStringLiteral("XC01");
const QDate End(2025, 12, 31);

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The plain SELECT: the same rows and columns as the list, in the same order, nothing else.
int plainSelect(Database& database, const QDate& from, const QDate& to, int limit, double& took)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT f.id, f.number, a.name, a.identifier, f.status, "
                                 "f.received_on, f.due_date, f.due_provisional, f.green_channel, "
                                 "f.clerk, f.center_code, f.window_no, f.sequence FROM case_file "
                                 "f JOIN applicant a ON a.identifier = f.applicant_identifier "
                                 "WHERE f.received_on BETWEEN ? AND ? AND +f.center_code = ? "
                                 "ORDER BY f.received_on, f.center_code, f.window_no, f.sequence "
                                 "LIMIT ?"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    query.addBindValue(Center);
    query.addBindValue(limit);
    if (!query.exec())
        qFatal("plain select failed");
    int rows = 0;
    qint64 bytes = 0;
    while (query.next()) {
        for (int i = 0; i < 13; ++i)
            bytes += query.value(i).toString().size();
        ++rows;
    }
    took = ms(timer);
    return bytes > 0 ? rows : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "Asia/Shanghai");
    QApplication application(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures as they come, also into a file
    QTemporaryDir dir;
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("list.sqlite"));
    // tests/bench/run-all passes its size (500,000, or 50,000 with --quick) in the environment.
    const int cases = argc > 2 ? QByteArray(argv[2]).toInt()
                      : qEnvironmentVariableIntValue("ONEWINDOW_BENCH_CASES") > 0
                          ? qEnvironmentVariableIntValue("ONEWINDOW_BENCH_CASES")
                          : 500000;
    auto prepared = DatabaseSetup::prepare(path, CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    const WorkCalendar calendar = CalendarData::load().value();

    const int present = DemoGenerator::existing(database).value().generatedCases;
    if (present < cases) {
        GuideRepository guides(database);
        DemoGenerator generator(database, calendar, CatalogRepository(database).load().value(),
                                guides.latestAll().value(), guides.dictionary().value());
        DemoGenerator::Options options;
        options.cases = cases - present;
        options.days = 365;
        options.seed = 1;
        options.end = End;
        options.centerCode = Center;
        const auto report = generator.generate(options, [](int done, int total) {
            std::fprintf(stderr, "\r  generating %d / %d", done, total);
        });
        std::fprintf(stderr, "\n");
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        std::printf("generated %d cases in %.1f s (%.0f cases/s); database %.0f MB\n%s",
                    report.value().cases, double(report.value().milliseconds) / 1000.0,
                    report.value().cases * 1000.0 /
                        double(qMax<qint64>(1, report.value().milliseconds)),
                    double(QFileInfo(path).size()) / 1e6,
                    qPrintable(DemoGenerator::describe(report.value())));
    }
    const QDate from = End.addDays(-364);
    CaseRepository repository(database);
    const int total = repository.counts({from, End, Center, 0, {}, {}}, End).value().total;
    std::printf("case list benchmark: %d cases from %s to %s\n", total,
                qPrintable(from.toString(Qt::ISODate)), qPrintable(End.toString(Qt::ISODate)));

    // Warm the page cache the same way for both (first run after generation reads from disk).
    double took = 0;
    plainSelect(database, from, End, total, took);

    for (int round = 0; round < 2; ++round) {
        auto owned = std::make_unique<CaseListModel>();
        CaseListModel& model = *owned;
        QElapsedTimer timer;
        timer.start();
        const Status first = model.setPager(
            [&](const CaseSummary* after, int limit) {
                return repository.page({from, End, Center, 0, {}, {}}, after, limit);
            },
            End);
        const double firstPage = ms(timer);
        if (!first)
            qFatal("%s", qPrintable(first.error()));
        double plainFirst = 0;
        plainSelect(database, from, End, CaseListModel::DefaultPageSize, plainFirst);

        timer.start();
        while (model.canFetchMore())
            model.fetchMore();
        const double scroll = firstPage + ms(timer);
        // What a view reads of every row as it paints it.
        timer.start();
        qint64 chars = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < CaseListModel::ColumnCount; ++column)
                chars += model.index(row, column).data().toString().size();
        const double display = ms(timer);
        double plainAll = 0;
        const int plainRows = plainSelect(database, from, End, total, plainAll);
        if (plainRows != model.rowCount())
            qFatal("the model has %d rows, the plain select %d", model.rowCount(), plainRows);

        std::printf("round %d:\n", round + 1);
        std::printf("  first page (%d rows), year range:  model %7.2f ms   plain SELECT %7.2f ms   "
                    "ratio %.1fx\n",
                    CaseListModel::DefaultPageSize, firstPage, plainFirst, firstPage / plainFirst);
        std::printf("  full scroll (%d rows, %d pages):  model %7.0f ms   plain SELECT %7.0f ms   "
                    "ratio %.1fx\n",
                    model.rowCount(), model.pagesFetched(), scroll, plainAll, scroll / plainAll);
        std::printf("  display text of every cell (%lld chars): %.0f ms\n", chars, display);
        timer.start();
        owned.reset();
        std::printf("  freeing the model of %d rows: %.0f ms\n", plainRows, ms(timer));
        if (round == 1) { // the second round, with a warm page cache: the figures of the report
            std::printf("BENCH | case list first page, a year of %d cases | %.2f ms | plain SELECT "
                        "%.2f ms | %.2fx | - | -\n",
                        total, firstPage, plainFirst, firstPage / plainFirst);
            std::printf("BENCH | case list full scroll, %d rows | %.0f ms | plain SELECT %.0f ms | "
                        "%.2fx | - | -\n",
                        plainRows, scroll, plainAll, scroll / plainAll);
        }
    }

    // One busy day, and the last page of the year: keyset against LIMIT/OFFSET.
    {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT received_on FROM case_file GROUP BY received_on ORDER "
                                  "BY count(*) DESC LIMIT 1"));
        query.next();
        const QDate busiest = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        CaseListModel model;
        QElapsedTimer timer;
        timer.start();
        (void)model.setPager(
            [&](const CaseSummary* after, int limit) {
                return repository.page({busiest, busiest, Center, 0, {}, {}}, after, limit);
            },
            End);
        const double firstPage = ms(timer);
        double plainFirst = 0;
        plainSelect(database, busiest, busiest, CaseListModel::DefaultPageSize, plainFirst);
        std::printf("  first page of the busiest day %s:     model %7.2f ms   plain SELECT %7.2f ms"
                    "   ratio %.1fx\n",
                    qPrintable(busiest.toString(Qt::ISODate)), firstPage, plainFirst,
                    firstPage / plainFirst);
        std::printf("BENCH | case list first page, busiest day | %.2f ms | plain SELECT %.2f ms | "
                    "%.2fx | - | -\n",
                    firstPage, plainFirst, firstPage / plainFirst);

        // The page at the end of the year, found by key (what fetchMore does) and by OFFSET.
        const QList<CaseSummary> before =
            repository.page({End, End, Center, 0, {}, {}}, nullptr, 1).value();
        timer.start();
        const auto last = repository.page({from, End, Center, 0, {}, {}}, &before.first(), 200);
        const double keyset = ms(timer);
        timer.start();
        query.prepare(QStringLiteral("SELECT f.id FROM case_file f JOIN applicant a ON "
                                     "a.identifier = f.applicant_identifier WHERE f.received_on "
                                     "BETWEEN ? AND ? AND +f.center_code = ? ORDER BY "
                                     "f.received_on, f.center_code, f.window_no, f.sequence "
                                     "LIMIT 200 OFFSET ?"));
        query.addBindValue(from.toString(Qt::ISODate));
        query.addBindValue(End.toString(Qt::ISODate));
        query.addBindValue(Center);
        query.addBindValue(total - 400);
        query.exec();
        while (query.next()) {
        }
        const double offset = ms(timer);
        std::printf("  a page at the end of the year:  keyset %.2f ms   LIMIT/OFFSET %.2f ms "
                    "(%s rows)\n",
                    keyset, offset, last ? "200" : "?");
        std::printf(
            "BENCH | case list page at the end of the year (keyset) | %.2f ms | LIMIT/OFFSET "
            "%.2f ms | %.2fx | - | -\n",
            keyset, offset, keyset / offset);
    }
    return 0;
}
