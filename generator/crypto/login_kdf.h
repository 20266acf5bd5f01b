#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "crypto/secret_bytes.h"

namespace inzage::crypto {

inline constexpr std::size_t kSiteIdSize = 16;
inline constexpr std::size_t kLocatorSize = 16;

// Argon2id cost of one login: opslimit and memlimit in bytes.
struct LoginCost {
  std::uint64_t ops = 0;
  std::uint64_t mem_bytes = 0;
};

// The keys a password opens: the name of the user's file on the site and
// the key of the keyring inside it.
struct LoginKeys {
  std::array<std::uint8_t, kLocatorSize> locator{};
  SecretBytes keyring_key;

  std::string LocatorHex() const;
};

// Derives the login keys as the site format specifies: salt from the site id
// and the normalised user name, Argon2id, then crypto_kdf subkeys 1 and 2
// with the context "inzage01". Returns nullopt when Argon2id fails, which
// happens when the memory cannot be allocated.
std::optional<LoginKeys> DeriveLoginKeys(
    std::span<const std::uint8_t> site_id, std::string_view username,
    std::string_view password, const LoginCost& cost);

}  // namespace inzage::crypto
