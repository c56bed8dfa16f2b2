#include "cases/AssistedService.h"

#include "validation/IdNumber.h"

namespace ow::AssistedService {

int kindsOf(const Case& c)
{
    int kinds = 0;
    if (c.applicant.kind == Applicant::Kind::Person) {
        const QDate received = c.receivedAt.toLocalTime().date();
        if (c.applicant.birthDate.isValid() &&
            IdNumber::isElderly(IdNumber::ageOn(c.applicant.birthDate, received)))
            kinds |= Elderly;
        if (c.applicant.disabled)
            kinds |= Disabled;
    }
    if (c.agent)
        kinds |= Agent;
    return kinds;
}

Counts count(const QList<Case>& cases)
{
    Counts counts;
    for (const Case& c : cases) {
        const int kinds = kindsOf(c);
        ++counts.cases;
        const bool green = c.greenChannel || (kinds & (Elderly | Disabled)) != 0;
        counts.assisted += kinds != 0 || green ? 1 : 0;
        counts.greenChannel += green ? 1 : 0;
        counts.elderly += (kinds & Elderly) != 0 ? 1 : 0;
        counts.disabled += (kinds & Disabled) != 0 ? 1 : 0;
        counts.agent += (kinds & Agent) != 0 ? 1 : 0;
    }
    return counts;
}

} // namespace ow::AssistedService
