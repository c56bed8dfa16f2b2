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
};

} // namespace ow
