#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "crypto/secret_bytes.h"
#include "keys/key_store.h"

namespace inzage::site {

// One client in a user's grants.
struct GrantedClient {
  std::string path_id;
  std::string name;
  const crypto::SecretBytes* content_key = nullptr;
};

// The grants JSON of the site format: the site key and, per client, its
// path id, name and content key.
std::string GrantsJson(const std::string& username,
                       const std::string& display_name,
                       const crypto::SecretBytes& site_key,
                       const std::vector<GrantedClient>& clients);

// A fingerprint of everything that goes into a user's file. When it equals
// the one stored at the last build, the previous file can be kept as it is.
std::string UserFileFingerprint(const keys::UserRecord& user,
                                const std::string& grants_json);

// Writes u/<locator>.bin: the sealed keyring from the key store and the
// grants sealed to the user's public key. Returns an error message, or an
// empty string on success.
std::string WriteUserFile(const std::filesystem::path& release,
                          const keys::UserRecord& user,
                          const std::string& grants_json);

// The path of a user's file relative to the site root.
std::filesystem::path UserFilePath(const keys::UserRecord& user);

}  // namespace inzage::site
