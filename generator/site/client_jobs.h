#pragma once

#include <map>
#include <string>
#include <vector>

#include "account/access_plan.h"
#include "keys/key_store.h"
#include "loader/export_loader.h"
#include "site/release.h"
#include "site/site_builder.h"
#include "util/diagnostics.h"
#include "util/result.h"

namespace inzage::site {

// A client whose bundle is in the new release, built now or kept.
struct PublishedClient {
  std::string path_id;
  std::string name;
};

// Client id -> published client.
using PublishedClients = std::map<std::string, PublishedClient>;

// Loads, renders and writes every client of the export on worker threads.
// A client that fails keeps its previous bundle when there is one. Adds to
// the summary's counts; an Error means the key store failed.
Result<PublishedClients> BuildClients(const BuildOptions& options,
                                      const loader::LoadedExport& loaded,
                                      keys::KeyStore& store,
                                      const Release& release,
                                      BuildSummary& summary,
                                      Diagnostics& diagnostics,
                                      const ProgressFn& progress);

// The result of publishing the users, kept until the release is live.
struct PublishedUsers {
  int published = 0;
  // User -> fingerprint of a user file that was written anew.
  std::map<std::string, std::string> fingerprints;
};

// Writes u/<locator>.bin for every user in the access plan, with grants for
// the published clients the user may see.
Result<PublishedUsers> PublishUsers(const loader::LoadedExport& loaded,
                                    const account::AccessPlan& access,
                                    const keys::KeyStore& store,
                                    const Release& release,
                                    const PublishedClients& clients);

// Stores the fingerprints of the user files that were published, once the
// release is live.
Result<bool> SaveUserFingerprints(const keys::KeyStore& store,
                                  const PublishedUsers& users);

}  // namespace inzage::site
