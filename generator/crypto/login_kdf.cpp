#include "crypto/login_kdf.h"

#include <sodium.h>

#include <algorithm>
#include <vector>

#include "crypto/encoding.h"

namespace inzage::crypto {
namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'i', 'n', 'z', 'a',
                                                       'g', 'e', '0', '1'};
constexpr std::uint64_t kLocatorSubkey = 1;
constexpr std::uint64_t kKeyringSubkey = 2;

std::array<std::uint8_t, crypto_pwhash_SALTBYTES> LoginSalt(
    std::span<const std::uint8_t> site_id, std::string_view username) {
  std::vector<std::uint8_t> input(site_id.begin(), site_id.end());
  input.insert(input.end(), username.begin(), username.end());

  std::array<std::uint8_t, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), input.data(), input.size(),
                     nullptr, 0);

  std::array<std::uint8_t, crypto_pwhash_SALTBYTES> salt{};
  std::copy_n(digest.begin(), salt.size(), salt.begin());
  return salt;
}

}  // namespace

std::string LoginKeys::LocatorHex() const { return ToHex(locator); }

std::optional<LoginKeys> DeriveLoginKeys(
    std::span<const std::uint8_t> site_id, std::string_view username,
    std::string_view password, const LoginCost& cost) {
  const auto salt = LoginSalt(site_id, username);

  SecretBytes master(crypto_kdf_KEYBYTES);
  if (crypto_pwhash(master.data(), master.size(), password.data(),
                    password.size(), salt.data(), cost.ops, cost.mem_bytes,
                    crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return std::nullopt;
  }

  LoginKeys keys;
  keys.keyring_key = SecretBytes(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  crypto_kdf_derive_from_key(keys.locator.data(), keys.locator.size(),
                             kLocatorSubkey, kKdfContext, master.data());
  crypto_kdf_derive_from_key(keys.keyring_key.data(), keys.keyring_key.size(),
                             kKeyringSubkey, kKdfContext, master.data());
  return keys;
}

}  // namespace inzage::crypto
