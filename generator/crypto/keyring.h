#pragma once

#include <optional>
#include <span>
#include <string>

#include "crypto/encoding.h"
#include "crypto/key_pairs.h"
#include "crypto/login_kdf.h"

namespace inzage::crypto {

// A sealed keyring: 24 nonce, 66 keyring and 16 tag bytes.
inline constexpr std::size_t kSealedKeyringSize = 106;

// A user's secret keys, which only the user's password opens. The layout
// is the 66-byte keyring of the site format.
struct Keyring {
  bool must_change_password = true;
  BoxKeyPair box;    // grants are sealed to its public key
  SignKeyPair sign;  // signs what the user sends back

  static Keyring Generate(bool must_change_password);
};

// Seals a keyring under the login keys: nonce ‖ XChaCha20-Poly1305 with
// the associated data "inzage:keyring:1:" ‖ hex(locator).
Bytes SealKeyring(const Keyring& keyring, const LoginKeys& login);

// Opens a sealed keyring; nullopt when the password was wrong or a byte
// changed, or the version is not 1.
std::optional<Keyring> OpenKeyring(std::span<const std::uint8_t> sealed,
                                   const LoginKeys& login);

}  // namespace inzage::crypto
