#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
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
  // The users who could read the board at the last published build; the
  // site key is rotated when one of them loses access.
  std::set<std::string> site_readers;
};

// A client's content key and the users who could read the client at the
// last published build. When one of them loses access, the key is rotated,
// so that copies of old grants do not open new bundles.
struct ClientKey {
  crypto::SecretBytes key;
  std::set<std::string> readers;
};

// The provider's record of a user, in keys/users/<name>.yaml. The secret
// keys are only in the sealed keyring, which the provider cannot open.
struct UserRecord {
  std::string username;
  bool disabled = false;
  crypto::PublicKey box_public{};
  crypto::PublicKey sign_public{};
  std::string locator_hex;
  crypto::Bytes sealed_keyring;
  bool must_change_password = true;
  // The Argon2id cost that the locator and keyring key were derived with;
  // a site with another cost cannot find the user's file.
  std::uint64_t login_ops = 0;
  std::uint64_t login_mem_bytes = 0;
  std::string created;
  std::string password_changed;
  // A fingerprint of the user file last published, so that an unchanged
  // user file keeps its bytes between builds.
  std::string published_fingerprint;
  // Clients given or taken away with 'inzage user grant' and 'user revoke',
  // on top of the clients in the export's users/<name>.yaml.
  std::set<std::string> granted;
  std::set<std::string> revoked;
  // Ids of the drops already applied, so that a replayed drop is refused.
  std::vector<std::string> applied_drops;
  // Signature keys the user had before a reset, to verify older statements.
  std::vector<crypto::PublicKey> retired_sign_public;
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
  // Replaces a client's content key with a new random one and saves it.
  Result<const crypto::SecretBytes*> RotateClientKey(
      const std::string& client_id);
  // Replaces the site key with a new random one and saves it.
  Result<bool> RotateSiteKey();
  // Stores the users who may read the board and saves.
  Result<bool> SaveSiteReaders(const std::set<std::string>& readers);

  // The readers stored at the last published build; empty when unknown.
  std::set<std::string> ClientReaders(const std::string& client_id) const;
  // Stores the readers of every client (none for a client missing from
  // `readers`) and saves.
  Result<bool> SaveClientReaders(
      const std::map<std::string, std::set<std::string>>& readers);

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
  std::map<std::string, ClientKey> client_keys_;
};

}  // namespace inzage::keys
