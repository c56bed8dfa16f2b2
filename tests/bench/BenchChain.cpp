// Chain merge benchmark: the largest chain of the catalog (the scene with the most items, and
// every item that has a guide at once) merged by ChainMerger, p50 per merge and the ratio to
// merging a single item. Not part of the test suite:
//   build/release/tests/bench/bench_chain
#include "DatabaseSetup.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "chain/ChainMerger.h"
#include "guide/GuideRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ow;

namespace {

double medianMicroseconds(const QStringList& codes, const QHash<QString, Guide>& guides,
                          const GuideJson::Dictionary& dictionary, int rounds)
{
    QList<double> times;
    QElapsedTimer timer;
    int materials = 0;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        const MergedChain chain = ChainMerger::merge(codes, guides, dictionary);
        times.append(double(timer.nsecsElapsed()) / 1e3);
        materials += int(chain.materials.size());
    }
    std::sort(times.begin(), times.end());
    if (materials < 0) // keeps the merge from being optimised away
        std::printf("?");
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QTemporaryDir dir;
    auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("b.sqlite")),
                                           CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    const Catalog catalog = CatalogRepository(database).load().value();
    GuideRepository repository(database);
    const QHash<QString, Guide> guides = repository.latestAll().value();
    const GuideJson::Dictionary dictionary = repository.dictionary().value();

    // The scene whose chain has the most guided items (ties: the most items).
    QString largest;
    QStringList largestItems;
    int largestGuided = -1;
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes) {
                const QStringList items = ChainMerger::sceneItems(catalog, scene.code);
                int guided = 0;
                for (const QString& code : items)
                    guided += ChainMerger::guideFor(code, guides) ? 1 : 0;
                if (guided > largestGuided ||
                    (guided == largestGuided && items.size() > largestItems.size())) {
                    largest = scene.code;
                    largestItems = items;
                    largestGuided = guided;
                }
            }
    QStringList everyGuided = guides.keys();
    std::sort(everyGuided.begin(), everyGuided.end());
    const QStringList single = {largestItems.first()};
    const int rounds = 2000;

    const MergedChain scene = ChainMerger::merge(largestItems, guides, dictionary);
    const MergedChain all = ChainMerger::merge(everyGuided, guides, dictionary);
    const double baseline = medianMicroseconds(single, guides, dictionary, rounds);
    const double sceneTime = medianMicroseconds(largestItems, guides, dictionary, rounds);
    const double allTime = medianMicroseconds(everyGuided, guides, dictionary, rounds / 4);
    std::printf("chain merge benchmark (%d rounds, median per merge)\n", rounds);
    std::printf("  baseline: one item %s                         %8.1f us\n",
                qPrintable(single.first()), baseline);
    std::printf("  largest scene %s: %lld items, %d materials before merge, %lld after  %8.1f us"
                "   ratio %.1fx the baseline\n",
                qPrintable(largest), qlonglong(largestItems.size()), scene.materialsBeforeMerge,
                qlonglong(scene.materials.size()), sceneTime, sceneTime / baseline);
    std::printf("  every guided item: %lld items, %d materials before merge, %lld after  %8.1f us"
                "   ratio %.1fx the baseline\n",
                qlonglong(everyGuided.size()), all.materialsBeforeMerge,
                qlonglong(all.materials.size()), allTime, allTime / baseline);
    // One line per figure for tests/bench/run-all (docs/benchmarks.md).
    std::printf("BENCH | chain merge, largest scene %s (%lld items) | %.1f us | one item %.1f us | "
                "%.2fx | - | -\n",
                qPrintable(largest), qlonglong(largestItems.size()), sceneTime, baseline,
                sceneTime / baseline);
    std::printf(
        "BENCH | chain merge, every guided item (%lld items) | %.1f us | one item %.1f us | "
        "%.2fx | - | -\n",
        qlonglong(everyGuided.size()), allTime, baseline, allTime / baseline);
    return 0;
}
