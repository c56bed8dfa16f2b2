// libFuzzer target for the decoding of what the central store answers (db/sync/SyncPayload: the
// greeting of sync_hello, the answer to a pushed batch, a page of changes from sync_pull_page,
// the count check of sync_check, a row key of a deleted row, and parents by key of
// sync_pull_rows). The first byte picks the decoder (0 hello, 1 push, 2 page, 3 check, 4 key,
// 5 rows), the rest is the answer. Asserted, as
// SyncEngine relies on: no crash, hang or undefined behaviour; a refusal always says why; a
// decoded page sends no more rows than it read, has a cursor whenever it read any, and a table,
// a key and (unless deleted) an object on every row. Built only with clang; see CMakeLists.txt.
#include "SyncPayload.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzSyncPayload: %s failed at line %d\n", #condition, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0: {
        const auto hello = ow::SyncPayload::decodeHello(bytes);
        if (!hello)
            FUZZ_ASSERT(!hello.error().isEmpty());
        else
            FUZZ_ASSERT(hello.value().protocol >= 0 && hello.value().schema >= 0);
        break;
    }
    case 1: {
        const auto answer = ow::SyncPayload::decodePushAnswer(bytes);
        if (!answer)
            FUZZ_ASSERT(!answer.error().isEmpty());
        else
            FUZZ_ASSERT(answer.value().conflicts >= 0 && answer.value().applied >= 0 &&
                        answer.value().skipped >= 0);
        break;
    }
    case 2: {
        const auto page = ow::SyncPayload::decodePullPage(bytes);
        if (!page) {
            FUZZ_ASSERT(!page.error().isEmpty());
            break;
        }
        // Rows are sent only of what was read, and what was read moves the cursor.
        FUZZ_ASSERT(page.value().rows.size() <= page.value().read);
        if (page.value().read > 0)
            FUZZ_ASSERT(!page.value().xid.isEmpty() && page.value().seq >= 0);
        for (const ow::PulledRow& row : page.value().rows) {
            FUZZ_ASSERT(!row.table.isEmpty() && !row.key.isEmpty());
            FUZZ_ASSERT(!row.tombstone || row.data.isEmpty());
            // A deleted row is found by its key: decoding it must not crash either.
            const auto key = ow::SyncPayload::decodeKey(row.key, 1);
            if (!key)
                FUZZ_ASSERT(!key.error().isEmpty());
        }
        break;
    }
    case 3: {
        const auto check = ow::SyncPayload::decodeCountCheck(bytes);
        if (!check) {
            FUZZ_ASSERT(!check.error().isEmpty());
            break;
        }
        FUZZ_ASSERT(check.value().cutoff.size() == 10);
        for (const qint64 count : check.value().counts)
            FUZZ_ASSERT(count >= 0);
        break;
    }
    case 5: {
        // Parents by key: the same rows as a page's, without a cursor.
        const auto rows = ow::SyncPayload::decodePulledRows(bytes);
        if (!rows) {
            FUZZ_ASSERT(!rows.error().isEmpty());
            break;
        }
        for (const ow::PulledRow& row : rows.value()) {
            FUZZ_ASSERT(!row.table.isEmpty() && !row.key.isEmpty());
            FUZZ_ASSERT(!row.tombstone || row.data.isEmpty());
        }
        break;
    }
    default: {
        const qsizetype columns = bytes.isEmpty() ? 0 : qsizetype(quint8(bytes.at(0)) % 4);
        const auto key = ow::SyncPayload::decodeKey(QString::fromUtf8(bytes.mid(1)), columns);
        if (!key) {
            FUZZ_ASSERT(!key.error().isEmpty());
        } else {
            FUZZ_ASSERT(key.value().size() == columns);
            for (const QJsonValue& part : key.value())
                FUZZ_ASSERT(!part.isArray() && !part.isObject());
        }
        break;
    }
    }
    return 0;
}
