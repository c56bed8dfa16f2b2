// libFuzzer target for the guide readers (app/core/guide/GuideJson: db/seed/guides/*.json and
// db/seed/materials.json, and the guides a published catalog carries). The first byte picks the
// reader (even: a guide, odd: the materials dictionary), the rest is the document. Asserted: no
// crash, hang or undefined behaviour; a refusal always says why; a guide it accepts is written by
// GuideJson::writeGuide into JSON it reads again to the same guide, and checking it against the
// real dictionary either passes or says why. Built only with clang; see CMakeLists.txt here.
#include "guide/GuideJson.h"

#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzGuideJson: %s failed at line %d\n", #condition, __LINE__);   \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace {

const ow::GuideJson::Dictionary& dictionary()
{
    static const ow::GuideJson::Dictionary loaded = [] {
        QFile file(QStringLiteral(ONEWINDOW_SOURCE_DIR "/db/seed/materials.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "FuzzGuideJson: cannot read %s\n", qPrintable(file.fileName()));
            std::abort();
        }
        const auto read = ow::GuideJson::readMaterials(file.readAll(), file.fileName());
        FUZZ_ASSERT(read.ok());
        return read.value();
    }();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 128 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 1) {
        const auto read = ow::GuideJson::readMaterials(bytes, QStringLiteral("fuzz.json"));
        if (!read)
            FUZZ_ASSERT(!read.error().isEmpty());
        return 0;
    }
    const ow::Result<ow::Guide> read = ow::GuideJson::readGuide(bytes, QStringLiteral("fuzz.json"));
    if (!read) {
        FUZZ_ASSERT(!read.error().isEmpty());
        return 0;
    }
    const QByteArray written = ow::GuideJson::writeGuide(read.value());
    const ow::Result<ow::Guide> again =
        ow::GuideJson::readGuide(written, QStringLiteral("again.json"));
    if (!again)
        std::fprintf(stderr, "FuzzGuideJson: its own output refused: %s\n",
                     qUtf8Printable(again.error()));
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.value() == read.value());
    const ow::Status checked =
        ow::GuideJson::checkAgainst(read.value(), dictionary(), QStringLiteral("fuzz.json"));
    if (!checked)
        FUZZ_ASSERT(!checked.error().isEmpty());
    return 0;
}
