// libFuzzer target for the catalog JSON reader (app/core/catalog/CatalogJson: db/seed/catalog.json,
// a published catalog, `owctl catalog import --json`): any bytes go to CatalogJson::read, and its
// promises are asserted: no crash, hang or undefined behaviour; a refusal always says why; a
// catalog it accepts is written by CatalogJson::write into JSON it reads again to the same
// catalog, and writing that gives the same bytes. Built only with clang; see CMakeLists.txt here.
#include "catalog/CatalogJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzCatalogJson: %s failed at line %d\n", #condition, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 512 * 1024) // the real catalog is about 150 KB
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ow::Result<ow::Catalog> read = ow::CatalogJson::read(bytes, QStringLiteral("fuzz.json"));
    if (!read) {
        FUZZ_ASSERT(!read.error().isEmpty());
        return 0;
    }
    const QByteArray written = ow::CatalogJson::write(read.value());
    const ow::Result<ow::Catalog> again =
        ow::CatalogJson::read(written, QStringLiteral("again.json"));
    if (!again)
        std::fprintf(stderr, "FuzzCatalogJson: its own output refused: %s\n",
                     qUtf8Printable(again.error()));
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.value() == read.value());
    FUZZ_ASSERT(ow::CatalogJson::write(again.value()) == written);
    return 0;
}
