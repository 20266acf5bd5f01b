#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace inzage::crypto {

using Bytes = std::vector<std::uint8_t>;

// Standard base64 with padding (RFC 4648 section 4).
std::string ToBase64(std::span<const std::uint8_t> bytes);
std::optional<Bytes> FromBase64(std::string_view text);

// Lower-case hexadecimal.
std::string ToHex(std::span<const std::uint8_t> bytes);
std::optional<Bytes> FromHex(std::string_view text);

inline std::span<const std::uint8_t> AsBytes(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace inzage::crypto
