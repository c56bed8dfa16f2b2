// libFuzzer target for the autosaved intake draft reader (IntakeDraftJson::fromJson): any bytes
// are read, and its promises asserted: no crash or undefined behaviour, a refusal always says
// why, and a draft it accepts writes back to JSON that reads again to the same draft (restore,
// then save, then restore gives the same form). Built only with clang; see CMakeLists.txt here.
#include "cases/IntakeDraftJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzIntakeDraftJson: %s failed at line %d\n", #condition,        \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto read = ow::IntakeDraftJson::fromJson(input);
    if (!read) {
        FUZZ_ASSERT(!read.error().isEmpty());
        return 0;
    }
    const QByteArray written = ow::IntakeDraftJson::toJson(read.value().draft, read.value().note);
    const auto again = ow::IntakeDraftJson::fromJson(written);
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.value().note == read.value().note);
    FUZZ_ASSERT(again.value().draft.applicant == read.value().draft.applicant);
    FUZZ_ASSERT(again.value().draft.agent == read.value().draft.agent);
    FUZZ_ASSERT(again.value().draft.itemCodes == read.value().draft.itemCodes);
    FUZZ_ASSERT(again.value().draft.materials == read.value().draft.materials);
    FUZZ_ASSERT(ow::IntakeDraftJson::toJson(again.value().draft, again.value().note) == written);
    return 0;
}
