#include "site/user_writer.h"

#include <sodium.h>

#include "crypto/encoding.h"
#include "util/files.h"
#include "util/json_writer.h"

namespace inzage::site {
namespace {

constexpr std::string_view kUserMagic{"IZU\x01", 4};

void AppendU32(crypto::Bytes& bytes, std::uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8) {
    bytes.push_back(static_cast<std::uint8_t>(value >> shift));
  }
}

}  // namespace

std::string GrantsJson(const std::string& username,
                       const std::string& display_name,
                       const crypto::SecretBytes& site_key,
                       const std::vector<GrantedClient>& clients) {
  JsonWriter json;
  json.BeginObject();
  json.Key("format").Number(1);
  json.Key("user").String(username);
  json.Key("name").String(display_name);
  json.Key("site_key").String(crypto::ToBase64(site_key.span()));
  json.Key("clients").BeginArray();
  for (const auto& client : clients) {
    json.BeginObject();
    json.Key("id").String(client.path_id);
    json.Key("name").String(client.name);
    json.Key("key").String(crypto::ToBase64(client.content_key->span()));
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  return json.Take();
}

std::string UserFileFingerprint(const keys::UserRecord& user,
                                const std::string& grants_json) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, 32);
  crypto_generichash_update(&state,
                            reinterpret_cast<const std::uint8_t*>(
                                user.locator_hex.data()),
                            user.locator_hex.size());
  crypto_generichash_update(&state, user.sealed_keyring.data(),
                            user.sealed_keyring.size());
  crypto_generichash_update(&state, user.box_public.data(),
                            user.box_public.size());
  crypto_generichash_update(
      &state, reinterpret_cast<const std::uint8_t*>(grants_json.data()),
      grants_json.size());
  std::uint8_t digest[32];
  crypto_generichash_final(&state, digest, sizeof digest);
  return crypto::ToHex(digest);
}

std::filesystem::path UserFilePath(const keys::UserRecord& user) {
  return std::filesystem::path("u") / (user.locator_hex + ".bin");
}

std::string WriteUserFile(const std::filesystem::path& release,
                          const keys::UserRecord& user,
                          const std::string& grants_json) {
  crypto::Bytes file(kUserMagic.begin(), kUserMagic.end());
  AppendU32(file, static_cast<std::uint32_t>(user.sealed_keyring.size()));
  file.insert(file.end(), user.sealed_keyring.begin(),
              user.sealed_keyring.end());
  const crypto::Bytes grants =
      crypto::SealToPublicKey(user.box_public, crypto::AsBytes(grants_json));
  file.insert(file.end(), grants.begin(), grants.end());

  const auto path = release / UserFilePath(user);
  std::error_code error;
  std::filesystem::create_directories(path.parent_path(), error);
  return WriteFileAtomic(path, file);
}

}  // namespace inzage::site
