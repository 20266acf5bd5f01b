#include "crypto/key_pairs.h"

#include <sodium.h>

namespace inzage::crypto {

BoxKeyPair BoxKeyPair::Generate() {
  BoxKeyPair pair;
  pair.secret_key = SecretBytes(crypto_box_SECRETKEYBYTES);
  crypto_box_keypair(pair.public_key.data(), pair.secret_key.data());
  return pair;
}

std::optional<BoxKeyPair> BoxKeyPair::FromSecret(SecretBytes secret_key) {
  if (secret_key.size() != crypto_box_SECRETKEYBYTES) {
    return std::nullopt;
  }
  BoxKeyPair pair;
  crypto_scalarmult_base(pair.public_key.data(), secret_key.data());
  pair.secret_key = std::move(secret_key);
  return pair;
}

SignKeyPair SignKeyPair::Generate() {
  return *FromSeed(SecretBytes::Random(crypto_sign_SEEDBYTES));
}

std::optional<SignKeyPair> SignKeyPair::FromSeed(SecretBytes seed) {
  if (seed.size() != crypto_sign_SEEDBYTES) {
    return std::nullopt;
  }
  SignKeyPair pair;
  SecretBytes expanded(crypto_sign_SECRETKEYBYTES);
  crypto_sign_seed_keypair(pair.public_key.data(), expanded.data(),
                           seed.data());
  pair.seed = std::move(seed);
  return pair;
}

Bytes SealToPublicKey(const PublicKey& recipient,
                      std::span<const std::uint8_t> message) {
  Bytes sealed(message.size() + crypto_box_SEALBYTES);
  crypto_box_seal(sealed.data(), message.data(), message.size(),
                  recipient.data());
  return sealed;
}

std::optional<Bytes> OpenSealed(const BoxKeyPair& recipient,
                                std::span<const std::uint8_t> sealed) {
  if (sealed.size() < crypto_box_SEALBYTES) {
    return std::nullopt;
  }
  Bytes message(sealed.size() - crypto_box_SEALBYTES);
  if (crypto_box_seal_open(message.data(), sealed.data(), sealed.size(),
                           recipient.public_key.data(),
                           recipient.secret_key.data()) != 0) {
    return std::nullopt;
  }
  return message;
}

}  // namespace inzage::crypto
