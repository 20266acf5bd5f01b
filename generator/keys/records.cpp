#include "keys/records.h"

#include <sodium.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <regex>

#include "crypto/encoding.h"
#include "crypto/keyring.h"
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

  std::uint64_t Number(const char* key) {
    const std::string text = Text(key);
    if (!problem_.empty()) {
      return 0;
    }
    if (text.empty() || text.size() > 19 ||
        text.find_first_not_of("0123456789") != std::string::npos) {
      problem_ = "'" + display_ + "' is damaged: '" + key +
                 "' is not a whole number";
      return 0;
    }
    return std::stoull(text);
  }

  bool Flag(const char* key) {
    const std::string text = Text(key);
    if (problem_.empty() && text != "true" && text != "false") {
      problem_ = "'" + display_ + "' is damaged: '" + key +
                 "' is not true or false";
    }
    return text == "true";
  }

  // Checks that `key` is one of `allowed`.
  std::string OneOf(const char* key, std::initializer_list<const char*> allowed) {
    const std::string text = Text(key);
    for (const char* value : allowed) {
      if (text == value) {
        return text;
      }
    }
    if (problem_.empty()) {
      problem_ = "'" + display_ + "' is damaged: invalid '" + key + "' '" +
                 text + "'";
    }
    return text;
  }

  // Checks the file's format number, so that a store written by a newer
  // Inzage is not misread.
  void ExpectFormat() { OneOf("format", {"1"}); }

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

void ReadList(const YAML::Node& node, std::set<std::string>& values) {
  for (const auto& value : node) {
    values.insert(value.as<std::string>());
  }
}

template <typename Strings>
void WriteList(YAML::Emitter& out, const char* key, const Strings& values) {
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& value : values) {
    out << value;
  }
  out << YAML::EndSeq;
}

std::string Write(const std::filesystem::path& file, YAML::Emitter& out) {
  return WriteFileAtomic(file, std::string_view(out.c_str(), out.size()),
                         kPrivateFile);
}

}  // namespace

Result<ProviderKeys> ReadProviderKeys(const std::filesystem::path& file,
                                      const std::string& display) {
  RecordReader reader(file, display);
  reader.ExpectFormat();
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
  try {
    ReadList(reader.root()["site_readers"], keys.site_readers);
  } catch (const YAML::Exception&) {
    return Error{ExitStatus::kEnvironment,
                 "'" + display + "' is damaged: invalid 'site_readers'"};
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
  WriteList(out, "site_readers", keys.site_readers);
  out << YAML::EndMap;
  return Write(file, out);
}

Result<std::map<std::string, ClientKey>> ReadClientKeys(
    const std::filesystem::path& file, const std::string& display) {
  std::map<std::string, ClientKey> keys;
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    return keys;
  }
  RecordReader reader(file, display);
  reader.ExpectFormat();
  if (!reader.ok()) {
    return reader.error();
  }
  const Error damaged{ExitStatus::kEnvironment,
                      "'" + display + "' is damaged: expected 'clients' "
                                      "with a key and readers per client"};
  try {
    const YAML::Node clients = reader.root()["clients"];
    if (!clients || !clients.IsMap()) {
      return damaged;
    }
    for (const auto& entry : clients) {
      const std::string id = entry.first.Scalar();
      auto bytes = crypto::FromBase64(entry.second["key"].as<std::string>(""));
      if (!bytes || bytes->size() != 32) {
        return damaged;
      }
      ClientKey& client = keys[id];
      client.key = crypto::SecretBytes::Copy(*bytes);
      sodium_memzero(bytes->data(), bytes->size());
      for (const auto& reader_name : entry.second["readers"]) {
        client.readers.insert(reader_name.as<std::string>());
      }
    }
  } catch (const YAML::Exception&) {
    return damaged;
  }
  return keys;
}

std::string WriteClientKeys(const std::filesystem::path& file,
                            const std::map<std::string, ClientKey>& keys) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "format" << YAML::Value << 1;
  out << YAML::Key << "clients" << YAML::Value << YAML::BeginMap;
  for (const auto& [id, client] : keys) {
    out << YAML::Key << id << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "key" << YAML::Value << Base64(client.key.span());
    out << YAML::Key << "readers" << YAML::Value << YAML::Flow
        << YAML::BeginSeq;
    for (const auto& name : client.readers) {
      out << name;
    }
    out << YAML::EndSeq << YAML::EndMap;
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
  reader.ExpectFormat();
  UserRecord user;
  user.username = username;
  user.disabled = reader.OneOf("status", {"active", "disabled"}) == "disabled";
  user.box_public = reader.Key("box_public");
  user.sign_public = reader.Key("sign_public");
  user.locator_hex = reader.Text("locator");
  user.sealed_keyring = reader.Base64("keyring", crypto::kSealedKeyringSize);
  user.must_change_password = reader.Flag("must_change_password");
  user.login_ops = reader.Number("login_ops");
  user.login_mem_bytes = reader.Number("login_mem");
  user.created = reader.Text("created", false);
  user.password_changed = reader.Text("password_changed", false);
  user.published_fingerprint = reader.Text("published_grants", false);
  if (!reader.ok()) {
    return reader.error();
  }
  static const std::regex kLocator("[0-9a-f]{32}");
  if (!std::regex_match(user.locator_hex, kLocator)) {
    return Error{ExitStatus::kEnvironment,
                 "'" + display + "' is damaged: 'locator' is not 32 "
                                 "lower-case hex digits"};
  }
  try {
    ReadList(reader.root()["granted"], user.granted);
    ReadList(reader.root()["revoked"], user.revoked);
    for (const auto& id : reader.root()["applied_drops"]) {
      user.applied_drops.push_back(id.as<std::string>());
    }
    for (const auto& key : reader.root()["retired_sign_public"]) {
      auto bytes = crypto::FromBase64(key.as<std::string>());
      if (!bytes || bytes->size() != 32) {
        throw YAML::Exception(YAML::Mark::null_mark(), "bad key");
      }
      crypto::PublicKey retired{};
      std::copy(bytes->begin(), bytes->end(), retired.begin());
      user.retired_sign_public.push_back(retired);
    }
  } catch (const YAML::Exception&) {
    return Error{ExitStatus::kEnvironment,
                 "'" + display + "' is damaged: invalid 'granted', 'revoked', "
                 "'applied_drops' or 'retired_sign_public'"};
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
  out << YAML::Key << "login_ops" << YAML::Value << user.login_ops;
  out << YAML::Key << "login_mem" << YAML::Value << user.login_mem_bytes;
  out << YAML::Key << "box_public" << YAML::Value << Base64(user.box_public);
  out << YAML::Key << "sign_public" << YAML::Value << Base64(user.sign_public);
  out << YAML::Key << "locator" << YAML::Value << user.locator_hex;
  out << YAML::Key << "keyring" << YAML::Value << Base64(user.sealed_keyring);
  out << YAML::Key << "published_grants" << YAML::Value
      << user.published_fingerprint;
  WriteList(out, "granted", user.granted);
  WriteList(out, "revoked", user.revoked);
  WriteList(out, "applied_drops", user.applied_drops);
  out << YAML::Key << "retired_sign_public" << YAML::Value << YAML::BeginSeq;
  for (const auto& key : user.retired_sign_public) {
    out << Base64(key);
  }
  out << YAML::EndSeq;
  out << YAML::EndMap;
  return Write(file, out);
}

}  // namespace inzage::keys
