#include "crypto/encoding.h"

#include <sodium.h>

namespace inzage::crypto {

std::string ToBase64(std::span<const std::uint8_t> bytes) {
  const int variant = sodium_base64_VARIANT_ORIGINAL;
  std::string text(sodium_base64_encoded_len(bytes.size(), variant), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(),
                    variant);
  text.resize(text.size() - 1);  // the terminating NUL
  return text;
}

std::optional<Bytes> FromBase64(std::string_view text) {
  Bytes bytes(text.size() / 4 * 3 + 3);
  std::size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(),
                        nullptr, &length, &end,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size()) {
    return std::nullopt;
  }
  bytes.resize(length);
  return bytes;
}

std::string ToHex(std::span<const std::uint8_t> bytes) {
  std::string text(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(text.data(), text.size(), bytes.data(), bytes.size());
  text.resize(text.size() - 1);
  return text;
}

std::optional<Bytes> FromHex(std::string_view text) {
  Bytes bytes(text.size() / 2);
  std::size_t length = 0;
  const char* end = nullptr;
  if (text.size() % 2 != 0 ||
      sodium_hex2bin(bytes.data(), bytes.size(), text.data(), text.size(),
                     nullptr, &length, &end) != 0 ||
      end != text.data() + text.size()) {
    return std::nullopt;
  }
  bytes.resize(length);
  return bytes;
}

}  // namespace inzage::crypto
