#include "crypto/aead.h"

#include <sodium.h>

#include <array>

namespace inzage::crypto {
namespace {

constexpr std::string_view kNoncePersonal = "inzage:nonce:1";

Bytes SealWithNonce(const SecretBytes& key, std::span<const std::uint8_t> ad,
                    std::span<const std::uint8_t> plaintext,
                    std::span<const std::uint8_t, kAeadNonceSize> nonce) {
  Bytes sealed(kAeadNonceSize + plaintext.size() + kAeadTagSize);
  std::copy(nonce.begin(), nonce.end(), sealed.begin());

  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      sealed.data() + kAeadNonceSize, &length, plaintext.data(),
      plaintext.size(), ad.data(), ad.size(), nullptr, nonce.data(),
      key.data());
  sealed.resize(kAeadNonceSize + length);
  return sealed;
}

}  // namespace

Bytes SealRandomNonce(const SecretBytes& key, std::span<const std::uint8_t> ad,
                      std::span<const std::uint8_t> plaintext) {
  std::array<std::uint8_t, kAeadNonceSize> nonce{};
  randombytes_buf(nonce.data(), nonce.size());
  return SealWithNonce(key, ad, plaintext, nonce);
}

Bytes SealDerivedNonce(const SecretBytes& key, std::span<const std::uint8_t> ad,
                       std::span<const std::uint8_t> plaintext) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, key.data(), key.size(), kAeadNonceSize);
  crypto_generichash_update(
      &state, reinterpret_cast<const std::uint8_t*>(kNoncePersonal.data()),
      kNoncePersonal.size());

  // The lengths keep (ad, plaintext) pairs apart that concatenate equally.
  const std::uint64_t ad_size = ad.size();
  crypto_generichash_update(
      &state, reinterpret_cast<const std::uint8_t*>(&ad_size), sizeof ad_size);
  crypto_generichash_update(&state, ad.data(), ad.size());
  crypto_generichash_update(&state, plaintext.data(), plaintext.size());

  std::array<std::uint8_t, kAeadNonceSize> nonce{};
  crypto_generichash_final(&state, nonce.data(), nonce.size());
  return SealWithNonce(key, ad, plaintext, nonce);
}

std::optional<Bytes> Open(const SecretBytes& key,
                          std::span<const std::uint8_t> ad,
                          std::span<const std::uint8_t> sealed) {
  if (key.size() != kAeadKeySize ||
      sealed.size() < kAeadNonceSize + kAeadTagSize) {
    return std::nullopt;
  }
  Bytes plaintext(sealed.size() - kAeadNonceSize - kAeadTagSize);
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          plaintext.data(), &length, nullptr, sealed.data() + kAeadNonceSize,
          sealed.size() - kAeadNonceSize, ad.data(), ad.size(), sealed.data(),
          key.data()) != 0) {
    return std::nullopt;
  }
  plaintext.resize(length);
  return plaintext;
}

}  // namespace inzage::crypto
