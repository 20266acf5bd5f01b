#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "crypto/encoding.h"
#include "crypto/secret_bytes.h"

namespace inzage::crypto {

inline constexpr std::size_t kAeadKeySize = 32;
inline constexpr std::size_t kAeadNonceSize = 24;
inline constexpr std::size_t kAeadTagSize = 16;

// Encrypts with XChaCha20-Poly1305 (IETF) and returns nonce ‖ ciphertext.
// The nonce is random.
Bytes SealRandomNonce(const SecretBytes& key, std::span<const std::uint8_t> ad,
                      std::span<const std::uint8_t> plaintext);

// Like SealRandomNonce, but the nonce is a keyed BLAKE2b of the associated
// data and the plaintext, so the same input gives the same bytes. Repeating
// a nonce then only repeats a ciphertext, which reveals that the plaintext
// did not change and nothing else.
Bytes SealDerivedNonce(const SecretBytes& key, std::span<const std::uint8_t> ad,
                       std::span<const std::uint8_t> plaintext);

// Opens nonce ‖ ciphertext. Returns nullopt when the key, the associated
// data or any byte is wrong.
std::optional<Bytes> Open(const SecretBytes& key,
                          std::span<const std::uint8_t> ad,
                          std::span<const std::uint8_t> sealed);

}  // namespace inzage::crypto
