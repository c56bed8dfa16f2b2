// libFuzzer target for the catalog CSV reader (app/core/catalog/CatalogCsv, what
// `owctl catalog import` reads from a spreadsheet): any bytes go to CatalogCsv::read, and its
// promises are asserted: no crash, hang or undefined behaviour; a refusal always says why; a
// catalog it accepts is written by CatalogCsv::write into a table it reads again to the same
// catalog, and writing that gives the same bytes. Built only with clang; see CMakeLists.txt here.
#include "catalog/CatalogCsv.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzCatalogCsv: %s failed at line %d\n", #condition, __LINE__);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024) // the real catalog is about 60 KB of CSV
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto rows = ow::CatalogCsv::parseRows(QString::fromUtf8(bytes));
    if (!rows)
        FUZZ_ASSERT(!rows.error().isEmpty());
    const ow::Result<ow::Catalog> read = ow::CatalogCsv::read(bytes, QStringLiteral("fuzz.csv"));
    if (!read) {
        FUZZ_ASSERT(!read.error().isEmpty());
        return 0;
    }
    const QByteArray written = ow::CatalogCsv::write(read.value());
    const ow::Result<ow::Catalog> again =
        ow::CatalogCsv::read(written, QStringLiteral("again.csv"));
    if (!again)
        std::fprintf(stderr, "FuzzCatalogCsv: its own output refused: %s\n",
                     qUtf8Printable(again.error()));
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.value() == read.value());
    FUZZ_ASSERT(ow::CatalogCsv::write(again.value()) == written);
    return 0;
}
