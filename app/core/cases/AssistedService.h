#pragma once

#include "cases/Case.h"

#include <QDate>
#include <QList>

namespace ow {

// 帮办代办 / 绿色通道: the kinds of assisted service a case had, for the supervisor's count of
// assisted cases by kind. A case can be of several kinds (an elderly applicant with an agent).
namespace AssistedService {

enum Kind
{
    Elderly = 0x1,  // 60 or over on the day the case was received (from the ID number)
    Disabled = 0x2, // holds a disability certificate
    Agent = 0x4,    // an agent (代办人) applied for the applicant
};

int kindsOf(const Case& c);

struct Counts
{
    int cases = 0;        // all cases counted
    int assisted = 0;     // cases of at least one kind
    int greenChannel = 0; // elderly or disabled
    int elderly = 0;
    int disabled = 0;
    int agent = 0;

    bool operator==(const Counts&) const = default;
};

Counts count(const QList<Case>& cases);

} // namespace AssistedService

} // namespace ow
