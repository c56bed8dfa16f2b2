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
    // The calendar in force at this workstation: the built-in years, replaced by the years
    // published in the central store and applied here (ReferenceApply: sync_reference calendar /
    // holidays), then by years published on this workstation (CalendarAdmin).
    static Result<WorkCalendar> load(Database& database);
};

} // namespace ow
