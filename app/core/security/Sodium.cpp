#include "security/Sodium.h"

#include <sodium.h>

namespace ow {

bool ensureSodium()
{
    // A function-local static is initialised exactly once, thread-safely (C++11 and later).
    // sodium_init() returns 0 on the first success, 1 when already initialised, -1 on failure.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace ow
