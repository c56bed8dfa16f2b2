#pragma once

#include "access/Action.h"
#include "access/Role.h"
#include "common/Result.h"

namespace ow {

// The one place that decides who may do what. Screens ask it which controls to show and every
// action asks it again before it runs; owctl asks it for every command that needs a user.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ow::AccessPolicy)

public:
    static bool allows(Role role, Action action);
    // Success, or "A counter clerk may not export the audit log."
    static Status check(Role role, Action action);
    // Reference data (catalog, guides, calendar) needs no signed-in user at all.
    static bool needsNoUser(Action action);
};

} // namespace ow
