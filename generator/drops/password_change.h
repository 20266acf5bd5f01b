#pragma once

#include "drops/drop.h"
#include "keys/key_store.h"
#include "util/result.h"

namespace inzage::drops {

// Applies a verified drop of kind "password": the user's keyring, re-sealed
// in the browser under the new password, and its new locator replace the
// ones in the key store, and the must-change flag is cleared. Refuses a
// drop older than the user's last password change, so that an old drop
// cannot bring back an old password. Returns the updated record, saved.
Result<keys::UserRecord> ApplyPasswordChange(const VerifiedDrop& drop,
                                             const keys::KeyStore& store);

}  // namespace inzage::drops
