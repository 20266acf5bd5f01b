#include "keys/records.h"

#include <sodium.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "crypto/encoding.h"
#include "util/files.h"

namespace inzage::keys {
namespace {

constexpr mode_t kPrivateFile = 0600;

// Reads the fields of one key-store file and remembers the first problem,
// so that a damaged file gives one message that names it.
class RecordReader {
 public:
  RecordReader(const std::filesystem::path& file, std::string display)
      : display_(std::move(display)) {
    std::string error;
    auto text = ReadFile(file, error);
    if (!text) {
      problem_ = error;
      return;
    }
    try {
      root_ = YAML::Load(*text);
    } catch (const YAML::Exception& exception) {
      problem_ = "'" + display_ + "' is damaged: " + exception.msg;
    }
    sodium_memzero(text->data(), text->size());
  }

  std::string Text(const char* key, bool required = true) {
    if (!problem_.empty()) {
      return "";
    }
    try {
      const YAML::Node node = root_[key];
      if (node && node.IsScalar()) {
        return node.Scalar();
      }
    } catch (const YAML::Exception&) {
    }
    if (required) {
      problem_ = "'" + display_ + "' is damaged: missing '" + key + "'";
    }
    return "";
  }

  crypto::Bytes Base64(const char* key, std::size_t size) {
    std::string text = Text(key);
    auto bytes = crypto::FromBase64(text);
    sodium_memzero(text.data(), text.size());
    if (problem_.empty() && (!bytes || (size != 0 && bytes->size() != size))) {
      problem_ = "'" + display_ + "' is damaged: '" + key +
                 "' is not a base64 value of the expected length";
    }
    return bytes.value_or(crypto::Bytes{});
  }

  crypto::SecretBytes Secret(const char* key, std::size_t size) {
    crypto::Bytes bytes = Base64(key, size);
    auto secret = crypto::SecretBytes::Copy(bytes);
    sodium_memzero(bytes.data(), bytes.size());
    return secret;
  }

  crypto::PublicKey Key(const char* key) {
    crypto::PublicKey result{};
    const crypto::Bytes bytes = Base64(key, result.size());
    if (bytes.size() == result.size()) {
      std::copy(bytes.begin(), bytes.end(), result.begin());
    }
    return result;
  }

  bool Flag(const char* key) { return Text(key, false) == "true"; }

  const YAML::Node& root() const { return root_; }
  bool ok() const { return problem_.empty(); }
  Error error() const { return {ExitStatus::kEnvironment, problem_}; }

 private:
  std::string display_;
  YAML::Node root_;
  std::string problem_;
};

std::string Base64(std::span<const std::uint8_t> bytes) {
  return crypto::ToBase64(bytes);
}

std::string Write(const std::filesystem::path& file, YAML::Emitter& out) {
  return WriteFileAtomic(file, std::string_view(out.c_str(), out.size()),
                         kPrivateFile);
}

}  // namespace

Result<ProviderKeys> ReadProviderKeys(const std::filesystem::path& file,
                                      const std::string& display) {
  RecordReader reader(file, display);
  ProviderKeys keys;
  keys.site_id = reader.Base64("site_id", 16);
  keys.site_key = reader.Secret("site_key", 32);
  keys.names_key = reader.Secret("names_key", 32);
  auto drop = crypto::BoxKeyPair::FromSecret(reader.Secret("drop_secret", 32));
  auto sign = crypto::SignKeyPair::FromSeed(reader.Secret("sign_seed", 32));
  keys.created = reader.Text("created", false);
  if (!reader.ok()) {
    return reader.error();
  }
  keys.drop = std::move(*drop);
  keys.sign = std::move(*sign);
  return keys;
}

std::string WriteProviderKeys(const std::filesystem::path& file,
                              const ProviderKeys& keys) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "format" << YAML::Value << 1;
  out << YAML::Key << "created" << YAML::Value << keys.created;
  out << YAML::Key << "site_id" << YAML::Value << Base64(keys.site_id);
  out << YAML::Key << "site_key" << YAML::Value << Base64(keys.site_key.span());
  out << YAML::Key << "names_key" << YAML::Value
      << Base64(keys.names_key.span());
  out << YAML::Key << "drop_public" << YAML::Value
      << Base64(keys.drop.public_key);
  out << YAML::Key << "drop_secret" << YAML::Value
      << Base64(keys.drop.secret_key.span());
  out << YAML::Key << "sign_public" << YAML::Value
      << Base64(keys.sign.public_key);
  out << YAML::Key << "sign_seed" << YAML::Value << Base64(keys.sign.seed.span());
  out << YAML::EndMap;
  return Write(file, out);
}

Result<std::map<std::string, crypto::SecretBytes>> ReadClientKeys(
    const std::filesystem::path& file, const std::string& display) {
  std::map<std::string, crypto::SecretBytes> keys;
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    return keys;
  }
  RecordReader reader(file, display);
  if (!reader.ok()) {
    return reader.error();
  }
  const YAML::Node clients = reader.root()["clients"];
  if (!clients || !clients.IsMap()) {
    return Error{ExitStatus::kEnvironment,
                 "'" + display + "' is damaged: missing 'clients'"};
  }
  for (const auto& entry : clients) {
    const std::string id = entry.first.Scalar();
    auto bytes = crypto::FromBase64(entry.second.Scalar());
    if (!bytes || bytes->size() != 32) {
      return Error{ExitStatus::kEnvironment,
                   "'" + display + "' is damaged: the key of client '" + id +
                       "' is not 32 bytes of base64"};
    }
    keys.emplace(id, crypto::SecretBytes::Copy(*bytes));
    sodium_memzero(bytes->data(), bytes->size());
  }
  return keys;
}

std::string WriteClientKeys(
    const std::filesystem::path& file,
    const std::map<std::string, crypto::SecretBytes>& keys) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "format" << YAML::Value << 1;
  out << YAML::Key << "clients" << YAML::Value << YAML::BeginMap;
  for (const auto& [id, key] : keys) {
    out << YAML::Key << id << YAML::Value << Base64(key.span());
  }
  out << YAML::EndMap << YAML::EndMap;
  return Write(file, out);
}

Result<UserRecord> ReadUserRecord(const std::filesystem::path& file,
                                  const std::string& display,
                                  const std::string& username) {
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    return Error{ExitStatus::kInput,
                 "user '" + username + "' is not in the key store"};
  }
  RecordReader reader(file, display);
  UserRecord user;
  user.username = username;
  user.disabled = reader.Text("status") == "disabled";
  user.box_public = reader.Key("box_public");
  user.sign_public = reader.Key("sign_public");
  user.locator_hex = reader.Text("locator");
  user.sealed_keyring = reader.Base64("keyring", 0);
  user.must_change_password = reader.Flag("must_change_password");
  user.created = reader.Text("created", false);
  user.password_changed = reader.Text("password_changed", false);
  user.published_grants_sha256 = reader.Text("published_grants", false);
  if (!reader.ok()) {
    return reader.error();
  }
  return user;
}

std::string WriteUserRecord(const std::filesystem::path& file,
                            const UserRecord& user) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "format" << YAML::Value << 1;
  out << YAML::Key << "status" << YAML::Value
      << (user.disabled ? "disabled" : "active");
  out << YAML::Key << "created" << YAML::Value << user.created;
  out << YAML::Key << "password_changed" << YAML::Value
      << user.password_changed;
  out << YAML::Key << "must_change_password" << YAML::Value
      << (user.must_change_password ? "true" : "false");
  out << YAML::Key << "box_public" << YAML::Value << Base64(user.box_public);
  out << YAML::Key << "sign_public" << YAML::Value << Base64(user.sign_public);
  out << YAML::Key << "locator" << YAML::Value << user.locator_hex;
  out << YAML::Key << "keyring" << YAML::Value << Base64(user.sealed_keyring);
  out << YAML::Key << "published_grants" << YAML::Value
      << user.published_grants_sha256;
  out << YAML::EndMap;
  return Write(file, out);
}

}  // namespace inzage::keys
