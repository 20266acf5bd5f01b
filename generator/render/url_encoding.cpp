#include "render/url_encoding.h"

namespace inzage::render {
namespace {

// Compares ASCII ranges directly, because std::isalnum depends on the
// process's C locale and may accept bytes of UTF-8 sequences.
bool IsUnreserved(unsigned char byte) {
  const bool letter_or_digit = (byte >= 'a' && byte <= 'z') ||
                               (byte >= 'A' && byte <= 'Z') ||
                               (byte >= '0' && byte <= '9');
  return letter_or_digit || byte == '-' || byte == '.' || byte == '_' ||
         byte == '~';
}

}  // namespace

std::string PercentEncodeSegment(std::string_view text) {
  constexpr char kHexDigits[] = "0123456789ABCDEF";

  std::string encoded;
  encoded.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (IsUnreserved(byte)) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHexDigits[byte >> 4];
      encoded += kHexDigits[byte & 0x0F];
    }
  }
  return encoded;
}

}  // namespace inzage::render
