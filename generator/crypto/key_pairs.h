#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

#include "crypto/encoding.h"
#include "crypto/secret_bytes.h"

namespace inzage::crypto {

using PublicKey = std::array<std::uint8_t, 32>;

// An X25519 key pair for crypto_box and sealed boxes.
struct BoxKeyPair {
  PublicKey public_key{};
  SecretBytes secret_key;  // 32 bytes

  static BoxKeyPair Generate();
  // Rebuilds the pair from a secret key; nullopt unless it is 32 bytes.
  static std::optional<BoxKeyPair> FromSecret(SecretBytes secret_key);
};

// An Ed25519 key pair, kept as its 32-byte seed.
struct SignKeyPair {
  PublicKey public_key{};
  SecretBytes seed;  // 32 bytes

  static SignKeyPair Generate();
  static std::optional<SignKeyPair> FromSeed(SecretBytes seed);
};

// Seals a message to a public key with crypto_box_seal: only the holder of
// the secret key can open it, and the sender stays anonymous.
Bytes SealToPublicKey(const PublicKey& recipient,
                      std::span<const std::uint8_t> message);

// Opens a crypto_box_seal message; nullopt when it was not sealed to this
// key pair or was changed.
std::optional<Bytes> OpenSealed(const BoxKeyPair& recipient,
                                std::span<const std::uint8_t> sealed);

}  // namespace inzage::crypto
