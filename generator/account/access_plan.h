#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "keys/key_store.h"
#include "loader/export_loader.h"
#include "util/diagnostics.h"
#include "util/result.h"

namespace inzage::account {

// The access of every user and to every client in one build.
struct AccessPlan {
  // Active users who can log in, with their records and the clients each
  // may see: the export's list, plus clients granted with 'user grant',
  // minus clients taken away with 'user revoke'.
  std::map<std::string, keys::UserRecord> records;
  std::map<std::string, std::set<std::string>> clients_of_user;
  // Client id -> the users who may read it.
  std::map<std::string, std::set<std::string>> readers_of_client;
};

// Works out the access of every user in the export and the key store.
// Warns about users that are in only one of the two, and about grants of
// clients that the export does not have. An Error means a user record could
// not be read.
Result<AccessPlan> PlanAccess(const loader::LoadedExport& loaded,
                              const keys::KeyStore& store,
                              Diagnostics& diagnostics);

// Returns an Error when a user's password was set with another login cost
// than the site's, because the user could not log in: the browser derives
// the file name with the site's cost.
std::optional<Error> CheckLoginCost(const AccessPlan& plan,
                                    const loader::Site& site,
                                    const std::string& keys_display);

// Rotates the content key of every client that a user could read at the
// last published build and may not read now. Rotates the site key when a
// user who could read the board may no longer log in. The keys in that
// user's old grants then do not open the new files. Returns how many keys
// were rotated, and notes each rotation in `diagnostics`.
Result<int> RotateKeysOfLostReaders(const AccessPlan& plan,
                                    const std::vector<std::string>& client_ids,
                                    keys::KeyStore& store,
                                    Diagnostics& diagnostics);

}  // namespace inzage::account
