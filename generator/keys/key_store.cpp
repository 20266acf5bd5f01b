#include "keys/key_store.h"

#include <sys/stat.h>

#include <algorithm>
#include <optional>

#include "crypto/encoding.h"
#include "keys/permissions.h"
#include "keys/records.h"
#include "util/clock.h"
#include "util/files.h"

namespace inzage::keys {
namespace fs = std::filesystem;

namespace {

Error EnvironmentError(std::string message) {
  return {ExitStatus::kEnvironment, std::move(message)};
}

// Whether the folder contains any key store file besides the README.
bool HasStoreFiles(const fs::path& folder) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.path().filename() != "README.md") {
      return true;
    }
  }
  return false;
}

// Checks that the parts of an existing store are there, so that a store
// that lost a file is not mistaken for no store, or for an empty one.
std::optional<Error> CheckComplete(const fs::path& folder,
                                   const std::string& display) {
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) {
    return EnvironmentError("'" + display + "' is not a folder; --keys must "
                            "name the key store folder");
  }
  const bool has_provider = fs::exists(folder / "provider.yaml", error);
  if (!has_provider && !HasStoreFiles(folder)) {
    return EnvironmentError("no key store in '" + display +
                            "': run 'inzage keys init' first, or point "
                            "--keys at the key store");
  }
  for (const char* part : {"provider.yaml", "clients.yaml"}) {
    if (!fs::is_regular_file(folder / part, error)) {
      return EnvironmentError(
          "the key store in '" + display + "' has no usable '" + part +
          "'; restore the key store from its backup ('inzage keys init "
          "--force' starts a new site, and every user then needs a new "
          "password)");
    }
  }
  if (!fs::is_directory(folder / "users", error)) {
    return EnvironmentError("the key store in '" + display +
                            "' has no 'users' folder; restore the key store "
                            "from its backup");
  }
  return std::nullopt;
}

}  // namespace

Result<KeyStore> KeyStore::Open(const fs::path& folder,
                                const std::string& display) {
  if (!crypto::InitSodium()) {
    return EnvironmentError("libsodium could not be initialised");
  }
  const fs::path provider_file = folder / "provider.yaml";
  if (auto incomplete = CheckComplete(folder, display)) {
    return *incomplete;
  }
  if (auto problem = CheckPrivate(folder, display)) {
    return EnvironmentError(*problem);
  }

  KeyStore store;
  store.folder_ = folder;
  store.display_ = display;
  auto provider = ReadProviderKeys(provider_file, display + "/provider.yaml");
  if (!provider) {
    return provider.error();
  }
  store.provider_ = std::make_unique<ProviderKeys>(std::move(*provider));

  auto clients = ReadClientKeys(folder / "clients.yaml",
                                display + "/clients.yaml");
  if (!clients) {
    return clients.error();
  }
  store.client_keys_ = std::move(*clients);
  return store;
}

Result<KeyStore> KeyStore::Create(const fs::path& folder,
                                  const std::string& display, bool force) {
  if (!crypto::InitSodium()) {
    return EnvironmentError("libsodium could not be initialised");
  }
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) {
    return EnvironmentError("'" + display + "' is not a folder; --keys must "
                            "name the key store folder");
  }
  if (HasStoreFiles(folder) && !force) {
    return Error{ExitStatus::kNoOrPartial,
                 "a key store, or part of one, exists in '" + display +
                     "' already; restore a damaged store from its backup. "
                     "Replacing it makes every published site and password "
                     "unusable, so it needs --force"};
  }
  fs::create_directories(folder / "users", error);
  if (error) {
    return EnvironmentError("cannot create '" + display +
                            "': " + error.message());
  }
  ::chmod(folder.c_str(), 0700);
  ::chmod((folder / "users").c_str(), 0700);

  KeyStore store;
  store.folder_ = folder;
  store.display_ = display;
  store.provider_ = std::make_unique<ProviderKeys>();
  ProviderKeys& keys = *store.provider_;
  const auto site_id = crypto::SecretBytes::Random(16);
  keys.site_id.assign(site_id.span().begin(), site_id.span().end());
  keys.site_key = crypto::SecretBytes::Random(32);
  keys.names_key = crypto::SecretBytes::Random(32);
  keys.drop = crypto::BoxKeyPair::Generate();
  keys.sign = crypto::SignKeyPair::Generate();
  keys.created = NowIso();

  if (auto written = WriteProviderKeys(folder / "provider.yaml", keys);
      !written.empty()) {
    return EnvironmentError(written);
  }
  if (force) {
    for (const auto& entry : fs::directory_iterator(folder / "users", error)) {
      fs::remove(entry.path(), error);
    }
    fs::remove(folder / "clients.yaml", error);
  }
  if (auto saved = store.SaveClientKeys(); !saved) {
    return saved.error();
  }
  return store;
}

const crypto::SecretBytes* KeyStore::FindClientKey(
    const std::string& client_id) const {
  auto found = client_keys_.find(client_id);
  return found == client_keys_.end() ? nullptr : &found->second.key;
}

Result<const crypto::SecretBytes*> KeyStore::EnsureClientKey(
    const std::string& client_id) {
  if (auto* key = FindClientKey(client_id)) {
    return key;
  }
  client_keys_[client_id].key = crypto::SecretBytes::Random(32);
  if (auto saved = SaveClientKeys(); !saved) {
    return saved.error();
  }
  return FindClientKey(client_id);
}

Result<const crypto::SecretBytes*> KeyStore::RotateClientKey(
    const std::string& client_id) {
  client_keys_[client_id].key = crypto::SecretBytes::Random(32);
  if (auto saved = SaveClientKeys(); !saved) {
    return saved.error();
  }
  return FindClientKey(client_id);
}

Result<bool> KeyStore::RotateSiteKey() {
  provider_->site_key = crypto::SecretBytes::Random(32);
  if (auto written = WriteProviderKeys(folder_ / "provider.yaml", *provider_);
      !written.empty()) {
    return EnvironmentError(written);
  }
  return true;
}

Result<bool> KeyStore::SaveSiteReaders(const std::set<std::string>& readers) {
  provider_->site_readers = readers;
  if (auto written = WriteProviderKeys(folder_ / "provider.yaml", *provider_);
      !written.empty()) {
    return EnvironmentError(written);
  }
  return true;
}

std::set<std::string> KeyStore::ClientReaders(
    const std::string& client_id) const {
  auto found = client_keys_.find(client_id);
  return found == client_keys_.end() ? std::set<std::string>{}
                                     : found->second.readers;
}

Result<bool> KeyStore::SaveClientReaders(
    const std::map<std::string, std::set<std::string>>& readers) {
  for (auto& [id, client] : client_keys_) {
    auto found = readers.find(id);
    client.readers =
        found == readers.end() ? std::set<std::string>{} : found->second;
  }
  return SaveClientKeys();
}

Result<bool> KeyStore::SaveClientKeys() const {
  if (auto written = WriteClientKeys(folder_ / "clients.yaml", client_keys_);
      !written.empty()) {
    return EnvironmentError(written);
  }
  return true;
}

fs::path KeyStore::UserPath(const std::string& username) const {
  return folder_ / "users" / (username + ".yaml");
}

std::vector<std::string> KeyStore::UserNames() const {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder_ / "users", error)) {
    if (entry.path().extension() == ".yaml") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool KeyStore::HasUser(const std::string& username) const {
  std::error_code error;
  return fs::exists(UserPath(username), error);
}

Result<UserRecord> KeyStore::LoadUser(const std::string& username) const {
  return ReadUserRecord(UserPath(username),
                        display_ + "/users/" + username + ".yaml", username);
}

Result<bool> KeyStore::SaveUser(const UserRecord& user) const {
  std::error_code error;
  fs::create_directories(folder_ / "users", error);
  if (auto written = WriteUserRecord(UserPath(user.username), user);
      !written.empty()) {
    return EnvironmentError(written);
  }
  return true;
}

}  // namespace inzage::keys
