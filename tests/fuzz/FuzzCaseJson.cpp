// libFuzzer target for the case JSON reader (app/core/cases/CaseJson, what `owctl case import`
// reads): any bytes go to CaseJson::read, and its promises are asserted: no crash, hang or
// undefined behaviour; a refusal always says why; a document it accepts is written back by
// CaseJson::write into one it accepts again with the same cases, and writing those gives the same
// bytes (export → import → export is stable). Built only with clang; see CMakeLists.txt here.
#include "cases/CaseJson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzCaseJson: %s failed at line %d\n", #condition, __LINE__);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024) // a few hundred cases; longer documents add nothing but time
        return 0;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ow::Result<QList<ow::Case>> read = ow::CaseJson::read(bytes);
    if (!read) {
        FUZZ_ASSERT(!read.error().isEmpty());
        return 0;
    }
    const QByteArray written = ow::CaseJson::write(read.value());
    const ow::Result<QList<ow::Case>> again = ow::CaseJson::read(written);
    if (!again)
        std::fprintf(stderr, "FuzzCaseJson: its own output refused: %s\n",
                     qUtf8Printable(again.error()));
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.value() == read.value());
    FUZZ_ASSERT(ow::CaseJson::write(again.value()) == written);
    return 0;
}
