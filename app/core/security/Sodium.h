#pragma once

namespace ow {

// libsodium must be initialised once per process before any of its functions is called. Every
// class in security/ that uses libsodium calls this first; the first call runs sodium_init(), all
// later calls (from any thread) only return its outcome.
bool ensureSodium();

} // namespace ow
