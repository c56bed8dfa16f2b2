// Receipt rendering benchmark: a case's 受理回执 as PDF (CaseDocuments + PdfWriter) on A4 and on
// 80 mm roll paper, time per receipt and the ratio to writing a blank PDF page with QPdfWriter.
// Not part of the test suite:
//   build/release/tests/bench/bench_receipt [rounds]
#include "CaseDocuments.h"
#include "DatabaseSetup.h"
#include "PdfWriter.h"
#include "calendar/CalendarData.h"
#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "demo/DemoGenerator.h"
#include "guide/GuideRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ow;

namespace {

double median(const std::function<void()>& work, int rounds)
{
    QList<double> times;
    QElapsedTimer timer;
    work(); // warm: fonts, caches
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    QTemporaryDir dir;
    auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("r.sqlite")),
                                           CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    const WorkCalendar calendar = CalendarData::load().value();
    const Catalog catalog = CatalogRepository(database).load().value();
    GuideRepository guides(database);
    const QHash<QString, Guide> guideMap = guides.latestAll().value();
    DemoGenerator generator(database, calendar, catalog, guideMap, guides.dictionary().value());
    DemoGenerator::Options options;
    options.cases = 200;
    options.days = 5;
    options.end = QDate(2025, 12, 31);
    options.centerCode = QStringLiteral("XC01");
    if (const auto made = generator.generate(options); !made)
        qFatal("%s", qPrintable(made.error()));
    // The accepted case with the longest checklist: the largest receipt a counter prints.
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT f.id FROM case_file f JOIN case_material m ON m.case_id = "
                              "f.id WHERE f.accepted_on IS NOT NULL GROUP BY f.id ORDER BY "
                              "count(*) DESC, f.id LIMIT 1"));
    if (!query.next())
        qFatal("no accepted case");
    const Case c = CaseRepository(database).load(query.value(0).toString()).value();
    const HallSetup hall{QStringLiteral("XC01"), QStringLiteral("薛城区政务服务中心"), c.window, 5};
    const DocumentContext context =
        CaseDocuments::contextFor(c, catalog, guideMap, hall, QStringLiteral("王伟"), options.end);

    const QString a4Path = dir.filePath(QStringLiteral("a4.pdf"));
    const QString rollPath = dir.filePath(QStringLiteral("80mm.pdf"));
    const QString blankPath = dir.filePath(QStringLiteral("blank.pdf"));
    const auto render = [&](Paper paper, const QString& path) {
        const PrintableDocument document = CaseDocuments::receipt(c, context, paper);
        if (const Status s = PdfWriter::write(document, path); !s)
            qFatal("%s", qPrintable(s.error()));
    };
    const double blank = median(
        [&] {
            QPdfWriter writer(blankPath);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            painter.end();
        },
        rounds);
    const double a4 = median([&] { render(Paper::A4, a4Path); }, rounds);
    const double roll = median([&] { render(Paper::Receipt80mm, rollPath); }, rounds);
    std::printf("receipt rendering benchmark: case %s, %lld materials, %d rounds, median\n",
                qPrintable(c.number), qlonglong(c.materials.size()), rounds);
    std::printf("  baseline: blank A4 PDF page (QPdfWriter)   %7.2f ms  (%lld bytes)\n", blank,
                QFileInfo(blankPath).size());
    std::printf(
        "  receipt A4                                 %7.2f ms  (%lld bytes)  ratio %.1fx\n", a4,
        QFileInfo(a4Path).size(), a4 / blank);
    std::printf(
        "  receipt 80 mm roll                         %7.2f ms  (%lld bytes)  ratio %.1fx\n", roll,
        QFileInfo(rollPath).size(), roll / blank);
    // One line per figure for tests/bench/run-all (docs/benchmarks.md).
    std::printf("BENCH | receipt PDF, A4 | %.2f ms | blank A4 PDF page %.2f ms | %.2fx | - | -\n",
                a4, blank, a4 / blank);
    std::printf("BENCH | receipt PDF, 80 mm roll | %.2f ms | blank A4 PDF page %.2f ms | %.2fx | - "
                "| -\n",
                roll, blank, roll / blank);
    return 0;
}
