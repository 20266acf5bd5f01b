#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crypto/key_pairs.h"
#include "crypto/secret_bytes.h"
#include "util/result.h"

// The provider's key store (keys/): every secret of a site. The layout is in
// docs/keys.md. Files are 0600 in a 0700 folder, and the store refuses to
// open when group or others can read any of it, as ssh does.
namespace inzage::keys {

// The site-wide keys in keys/provider.yaml.
struct ProviderKeys {
  crypto::Bytes site_id;        // 16 bytes, public, salts the logins
  crypto::SecretBytes site_key; // opens the bulletin board
  crypto::SecretBytes names_key;  // keys the opaque names of the site
  crypto::BoxKeyPair drop;      // drops are sealed to its public key
  crypto::SignKeyPair sign;     // the provider's signature key
  std::string created;          // ISO 8601 time
};

// What the provider keeps of a user in keys/users/<name>.yaml. The secret
// keys are only in the sealed keyring, which the provider cannot open.
struct UserRecord {
  std::string username;
  bool disabled = false;
  crypto::PublicKey box_public{};
  crypto::PublicKey sign_public{};
  std::string locator_hex;
  crypto::Bytes sealed_keyring;
  bool must_change_password = true;
  std::string created;
  std::string password_changed;
  // SHA-256 of the grants last published and of the user file that held
  // them, so that an unchanged user file keeps its bytes between builds.
  std::string published_grants_sha256;
};

class KeyStore {
 public:
  // Opens an existing store; `display` is the folder as the user named it.
  static Result<KeyStore> Open(const std::filesystem::path& folder,
                               const std::string& display);

  // Creates a new store with fresh provider keys. Refuses to overwrite an
  // existing one unless `force` is set.
  static Result<KeyStore> Create(const std::filesystem::path& folder,
                                 const std::string& display, bool force);

  const ProviderKeys& provider() const { return *provider_; }
  const std::string& display() const { return display_; }

  // The content key of a client, or nullptr when it has none yet.
  const crypto::SecretBytes* FindClientKey(const std::string& client_id) const;
  // Creates a random content key for a client that has none and saves it.
  Result<const crypto::SecretBytes*> EnsureClientKey(
      const std::string& client_id);

  std::vector<std::string> UserNames() const;
  Result<UserRecord> LoadUser(const std::string& username) const;
  bool HasUser(const std::string& username) const;
  // Writes a user's record, replacing an existing one.
  Result<bool> SaveUser(const UserRecord& user) const;

 private:
  KeyStore() = default;
  Result<bool> SaveClientKeys() const;
  std::filesystem::path UserPath(const std::string& username) const;

  std::filesystem::path folder_;
  std::string display_;
  std::unique_ptr<ProviderKeys> provider_;
  std::map<std::string, crypto::SecretBytes> client_keys_;
};

}  // namespace inzage::keys
