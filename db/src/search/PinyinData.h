#pragma once

#include "common/Result.h"
#include "search/PinyinTable.h"

namespace ow {

// The pinyin readings and phrase overrides shipped with the program (db/seed/pinyin/, embedded).
struct PinyinData
{
    static Result<PinyinTable> load();
};

} // namespace ow
