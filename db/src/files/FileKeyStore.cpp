#include "FileKeyStore.h"

#include <sodium.h>

namespace ow {

static_assert(KeyStore::KeySize == crypto_secretbox_KEYBYTES);

KeyStore::~KeyStore() = default;

} // namespace ow
