#pragma once

#include "calendar/WorkCalendar.h"
#include "catalog/Catalog.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"
#include "search/PinyinTable.h"

#include <QHash>

namespace ow {

// Everything the counter screens read, loaded once at start by the executable and handed to the
// main window as values (the ui layer never reads the database itself).
struct WorkspaceData
{
    Catalog catalog;
    QHash<QString, Guide> guides; // newest version per item code
    GuideJson::Dictionary dictionary;
    PinyinTable pinyin;
    WorkCalendar calendar;
    QString databasePath;
    int catalogVersion = 0; // the published version in force (0: none published yet)
};

} // namespace ow
