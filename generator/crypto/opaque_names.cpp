#include "crypto/opaque_names.h"

#include <sodium.h>

#include <array>

#include "crypto/encoding.h"

namespace inzage::crypto {
namespace {

// Hashes the parts with their lengths in between, so that ("ab", "c") and
// ("a", "bc") give different names.
void KeyedHash(const SecretBytes& key,
               std::initializer_list<std::string_view> parts,
               std::span<std::uint8_t> digest) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, key.data(), key.size(), digest.size());
  for (std::string_view part : parts) {
    const std::uint64_t size = part.size();
    crypto_generichash_update(
        &state, reinterpret_cast<const std::uint8_t*>(&size), sizeof size);
    crypto_generichash_update(
        &state, reinterpret_cast<const std::uint8_t*>(part.data()),
        part.size());
  }
  crypto_generichash_final(&state, digest.data(), digest.size());
}

std::string KeyedName(const SecretBytes& key,
                      std::initializer_list<std::string_view> parts) {
  std::array<std::uint8_t, 16> digest{};
  KeyedHash(key, parts, digest);
  return ToHex(digest);
}

}  // namespace

std::string ClientPathId(const SecretBytes& names_key,
                         std::string_view client_id) {
  return KeyedName(names_key, {"client", client_id});
}

std::string AttachmentId(const SecretBytes& content_key, std::string_view ref,
                         std::string_view sha256_hex) {
  return KeyedName(content_key, {"attachment", ref, sha256_hex});
}

SecretBytes AttachmentKey(const SecretBytes& content_key,
                          std::string_view attachment_id) {
  SecretBytes key(32);
  KeyedHash(content_key, {"attachment-key", attachment_id},
            {key.data(), key.size()});
  return key;
}

}  // namespace inzage::crypto
