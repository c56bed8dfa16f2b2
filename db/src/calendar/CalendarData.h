#pragma once

#include "calendar/WorkCalendar.h"
#include "common/Result.h"

namespace ow {

// The public holidays and make-up workdays shipped with the program (db/seed/calendar/,
// embedded).
struct CalendarData
{
    static Result<WorkCalendar> load();
};

} // namespace ow
