// libFuzzer target for catalog search (app/core/search): any bytes, as UTF-8 and as UTF-16, are
// a clerk's query against the real catalog (db/seed/catalog.json) and the real pinyin tables
// (db/seed/pinyin). Asserted, as the search box relies on: no crash, hang or undefined behaviour
// for any text; SearchText::normalize keeps at most MaxQueryLength characters with no white
// space and no upper-case letters; a search returns at most its limit of hits, each naming a code
// of the catalog, best score first; canonicalCode gives "" or a code-shaped text. Built only with
// clang; see CMakeLists.txt here.
#include "catalog/CatalogJson.h"
#include "search/CatalogSearch.h"
#include "search/PinyinTable.h"
#include "search/SearchText.h"

#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzSearchQuery: %s failed at line %d\n", #condition, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace {

QByteArray sourceFile(const char* path)
{
    QFile file(QStringLiteral(ONEWINDOW_SOURCE_DIR "/") + QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "FuzzSearchQuery: cannot read %s\n", qPrintable(file.fileName()));
        std::abort();
    }
    return file.readAll();
}

struct Index
{
    ow::PinyinTable table;
    ow::Catalog catalog;
    std::unique_ptr<ow::CatalogSearch> search;
};

const Index& index()
{
    static const Index* loaded = [] {
        auto* made = new Index{ow::PinyinTable::fromTsv(sourceFile("db/seed/pinyin/readings.tsv"),
                                                        sourceFile("db/seed/pinyin/phrases.tsv"))
                                   .value(),
                               ow::CatalogJson::read(sourceFile("db/seed/catalog.json"),
                                                     QStringLiteral("catalog.json"))
                                   .value(),
                               nullptr};
        made->search = std::make_unique<ow::CatalogSearch>(made->table);
        made->search->setCatalog(made->catalog);
        return made;
    }();
    return *loaded;
}

void check(const QString& query)
{
    const QString normalized = ow::SearchText::normalize(query);
    FUZZ_ASSERT(normalized.size() <= ow::SearchText::MaxQueryLength);
    for (const QChar c : normalized) {
        FUZZ_ASSERT(!c.isSpace());
        FUZZ_ASSERT(!(c >= u'A' && c <= u'Z'));
    }
    const QString code = ow::CatalogSearch::canonicalCode(normalized);
    FUZZ_ASSERT(code.isEmpty() || code.at(0) == u'E' || code.at(0) == u'P');

    const Index& found = index();
    for (const int limit : {1, 50}) {
        const QList<ow::SearchHit> hits = found.search->search(query, limit);
        FUZZ_ASSERT(hits.size() <= limit);
        for (const ow::SearchHit& hit : hits) {
            FUZZ_ASSERT(!hit.code.isEmpty());
            FUZZ_ASSERT(hit.kind == ow::SearchHit::Kind::Item
                            ? found.catalog.item(hit.code) != nullptr
                            : found.catalog.subItem(hit.code) != nullptr);
            FUZZ_ASSERT(found.catalog.item(hit.itemCode) != nullptr);
            FUZZ_ASSERT(hit.score > 0);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4096) // a pasted page is cut to the first characters anyway
        return 0;
    check(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    check(QString(reinterpret_cast<const QChar*>(data), qsizetype(size / 2)));
    return 0;
}
