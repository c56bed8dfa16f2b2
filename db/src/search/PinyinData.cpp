#include "search/PinyinData.h"

#include <QFile>

namespace ow {

Result<PinyinTable> PinyinData::load()
{
    QFile readings(QStringLiteral(":/db/seed/pinyin/readings.tsv"));
    QFile phrases(QStringLiteral(":/db/seed/pinyin/phrases.tsv"));
    if (!readings.open(QIODevice::ReadOnly) || !phrases.open(QIODevice::ReadOnly))
        return Result<PinyinTable>::failure(
            QStringLiteral("the built-in pinyin tables are missing from this build"));
    return PinyinTable::fromTsv(readings.readAll(), phrases.readAll());
}

} // namespace ow
