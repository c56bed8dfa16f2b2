// Search benchmark: per-keystroke queries over the real catalog and over a synthetic catalog of
// 50,000 items, p50 / p99 per query, and the ratio to a brute-force scan of the same data (every
// name's readings computed at query time, no prefilter). Not part of the test suite:
//   build/release/tests/bench/bench_search [items]
#include "catalog/CatalogJson.h"
#include "search/CatalogSearch.h"
#include "search/PinyinData.h"
#include "search/PinyinMatcher.h"
#include "search/SearchText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace ow;

namespace {

Catalog loadCatalog()
{
    QFile file(QStringLiteral(":/db/seed/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no embedded catalog");
    return CatalogJson::read(file.readAll(), file.fileName()).value();
}

// 50,000 items whose names are stitched from halves of real names, so they read and sound like
// the catalog (same characters, same polyphones), with real departments.
Catalog syntheticCatalog(const Catalog& real, int count)
{
    QList<const Item*> items;
    for (const Lifecycle& lifecycle : real.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    items.append(&item);
    QRandomGenerator random(20261128);
    QList<Item> generated;
    generated.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Item* a = items.at(random.bounded(int(items.size())));
        const Item* b = items.at(random.bounded(int(items.size())));
        Item item;
        item.code = QStringLiteral("E%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        item.no = i + 1;
        item.name = a->name.left(a->name.size() / 2 + 1) + b->name.mid(b->name.size() / 2);
        item.type = a->type;
        item.departments = b->departments;
        generated.append(item);
    }
    Scene scene{QStringLiteral("E1.1"), QStringLiteral("1.1"), QStringLiteral("合成"), generated};
    Stage stage{QStringLiteral("E1"), 1, QStringLiteral("合成"), {scene}};
    return Catalog({Lifecycle{QStringLiteral("E"), QStringLiteral("合成"), {stage}}});
}

QStringList keystrokes(const QStringList& typed)
{
    QStringList queries;
    for (const QString& text : typed)
        for (int i = 1; i <= text.size(); ++i)
            queries.append(text.left(i));
    return queries;
}

// The brute-force baseline: what search does without an index.
int bruteForce(const PinyinTable& table, const Catalog& catalog, const QString& query)
{
    const QString text = SearchText::normalize(query);
    const PinyinMatcher matcher(table, text);
    int hits = 0;
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items) {
                    const QString name = SearchText::normalize(item.name, 1000);
                    const QList<PinyinTable::Syllable> syllables = table.readingsInContext(name);
                    if (item.code.compare(text, Qt::CaseInsensitive) == 0 ||
                        matcher.find(name, syllables.constData()).kind != PinyinMatcher::Kind::None)
                        ++hits;
                }
    return hits;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

struct Figures
{
    double p50 = 0, p99 = 0, bruteP50 = 0, bruteP99 = 0;
};

Figures measure(const PinyinTable& table, const Catalog& catalog, const QStringList& queries,
                int rounds, int bruteRounds)
{
    CatalogSearch search(table);
    QElapsedTimer build;
    build.start();
    search.setCatalog(catalog);
    std::printf("  index of %d entries built in %.1f ms\n", search.entryCount(),
                double(build.nsecsElapsed()) / 1e6);
    QList<double> times;
    QList<QPair<double, QString>> slowest;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round)
        for (const QString& query : queries) {
            timer.start();
            const QList<SearchHit> hits = search.search(query, 20);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            times.append(ms);
            if (round == rounds - 1)
                slowest.append({ms, query});
        }
    std::sort(slowest.begin(), slowest.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::printf("  slowest:");
    for (int i = 0; i < qMin(6, int(slowest.size())); ++i)
        std::printf(" \"%s\" %.2f ms;", qPrintable(slowest.at(i).second), slowest.at(i).first);
    std::printf("\n");
    QList<double> brute;
    for (int round = 0; round < bruteRounds; ++round)
        for (const QString& query : queries) {
            timer.start();
            bruteForce(table, catalog, query);
            brute.append(double(timer.nsecsElapsed()) / 1e6);
        }
    return {percentile(times, 0.5), percentile(times, 0.99), percentile(brute, 0.5),
            percentile(brute, 0.99)};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int syntheticCount = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    const PinyinTable table = PinyinData::load().value();
    const Catalog real = loadCatalog();
    const QStringList queries = keystrokes({
        QStringLiteral("gongjijin"),
        QStringLiteral("gjjtq"),
        QStringLiteral("公积金tq"),
        QStringLiteral("yyyhkh"),
        QStringLiteral("zdcjrhlbt"),
        QStringLiteral("cqydgzryba"),
        QStringLiteral("失业"),
        QStringLiteral("机动车登记"),
        QStringLiteral("E053"),
        QStringLiteral("p63.2"),
        QStringLiteral("区人社局"),
        QStringLiteral("shehuibaoxian"),
    });
    std::printf("search benchmark: %lld keystroke queries per round\n", qlonglong(queries.size()));

    std::printf("real catalog (221 items + 124 sub-items):\n");
    const Figures small = measure(table, real, queries, 50, 5);
    std::printf("  indexed  p50 %.3f ms  p99 %.3f ms\n", small.p50, small.p99);
    std::printf("  brute    p50 %.3f ms  p99 %.3f ms   ratio p99 %.1fx faster\n", small.bruteP50,
                small.bruteP99, small.bruteP99 / small.p99);

    std::printf("synthetic catalog (%d items):\n", syntheticCount);
    const Figures large = measure(table, syntheticCatalog(real, syntheticCount), queries, 5, 1);
    std::printf("  indexed  p50 %.3f ms  p99 %.3f ms   (target p99 < 5 ms: %s)\n", large.p50,
                large.p99, large.p99 < 5.0 ? "met" : "NOT met");
    std::printf("  brute    p50 %.3f ms  p99 %.3f ms   ratio p99 %.1fx faster\n", large.bruteP50,
                large.bruteP99, large.bruteP99 / large.p99);
    // One line per figure for tests/bench/run-all (docs/benchmarks.md).
    std::printf("BENCH | search keystroke p99, real catalog | %.3f ms | brute-force scan %.3f ms | "
                "%.2fx | - | -\n",
                small.p99, small.bruteP99, small.p99 / small.bruteP99);
    std::printf("BENCH | search keystroke p99, %d items | %.3f ms | brute-force scan %.3f ms | "
                "%.2fx | < 5 ms | %s\n",
                syntheticCount, large.p99, large.bruteP99, large.p99 / large.bruteP99,
                large.p99 < 5.0 ? "pass" : "fail");
    return 0;
}
