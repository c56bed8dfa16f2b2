#pragma once

#include "calendar/WorkCalendar.h"
#include "common/Result.h"

namespace ow {

// The public holidays and make-up workdays shipped with the program (db/seed/calendar/,
// embedded).
class Database;

struct CalendarData
{
    static Result<WorkCalendar> load();
    // The same, with the years of the calendar published in the central store and applied to
    // this database (ReferenceApply: sync_reference calendar / holidays) in place of the
    // built-in ones; years only the built-in data has stay.
    static Result<WorkCalendar> load(Database& database);
};

} // namespace ow
