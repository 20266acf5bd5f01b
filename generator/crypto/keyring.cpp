#include "crypto/keyring.h"

#include <cstring>

#include <sodium.h>

#include "crypto/aead.h"

namespace inzage::crypto {
namespace {

constexpr std::size_t kKeyringSize = 66;
constexpr std::uint8_t kKeyringVersion = 1;
constexpr std::uint8_t kMustChangeFlag = 0x01;

Bytes KeyringAd(const LoginKeys& login) {
  const std::string ad = "inzage:keyring:1:" + login.LocatorHex();
  return Bytes(ad.begin(), ad.end());
}

}  // namespace

Keyring Keyring::Generate(bool must_change_password) {
  return {must_change_password, BoxKeyPair::Generate(),
          SignKeyPair::Generate()};
}

Bytes SealKeyring(const Keyring& keyring, const LoginKeys& login) {
  SecretBytes plain(kKeyringSize);
  plain.data()[0] = kKeyringVersion;
  plain.data()[1] = keyring.must_change_password ? kMustChangeFlag : 0;
  std::memcpy(plain.data() + 2, keyring.box.secret_key.data(), 32);
  std::memcpy(plain.data() + 34, keyring.sign.seed.data(), 32);
  return SealRandomNonce(login.keyring_key, KeyringAd(login), plain.span());
}

std::optional<Keyring> OpenKeyring(std::span<const std::uint8_t> sealed,
                                   const LoginKeys& login) {
  auto opened = Open(login.keyring_key, KeyringAd(login), sealed);
  if (!opened) {
    return std::nullopt;
  }
  SecretBytes plain = SecretBytes::Copy(*opened);
  sodium_memzero(opened->data(), opened->size());
  if (plain.size() != kKeyringSize || plain.data()[0] != kKeyringVersion) {
    return std::nullopt;
  }

  auto box = BoxKeyPair::FromSecret(
      SecretBytes::Copy(plain.span().subspan(2, 32)));
  auto sign = SignKeyPair::FromSeed(
      SecretBytes::Copy(plain.span().subspan(34, 32)));
  return Keyring{(plain.data()[1] & kMustChangeFlag) != 0, std::move(*box),
                 std::move(*sign)};
}

}  // namespace inzage::crypto
