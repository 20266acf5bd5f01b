#include "loader/quote.h"

#include <fmt/format.h>

#include "loader/utf8.h"

namespace inzage::loader {
namespace {

constexpr std::size_t kMaxQuotedBytes = 60;

bool IsControl(std::string_view sequence) {
  unsigned char lead = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) {
    return lead < 0x20 || lead == 0x7F;
  }
  // U+0080 to U+009F are C2 80 to C2 9F. Some terminals act on them, such
  // as U+009B, which starts a control sequence like ESC [ does.
  unsigned char next = static_cast<unsigned char>(sequence[1]);
  return sequence.size() == 2 && lead == 0xC2 && next <= 0x9F;
}

void AppendEscaped(std::string& out, std::string_view bytes) {
  for (char c : bytes) {
    out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
  }
}

}  // namespace

std::string EscapeForMessage(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      AppendEscaped(result, text.substr(i, 1));
      ++i;
      continue;
    }

    std::string_view sequence = text.substr(i, length);
    if (IsControl(sequence)) {
      AppendEscaped(result, sequence);
    } else {
      result += sequence;
    }
    i += length;
  }
  return result;
}

std::string Quote(std::string_view text) {
  if (text.size() <= kMaxQuotedBytes) {
    return "'" + EscapeForMessage(text) + "'";
  }

  // Moves the cut back to the start of a character, at most 3 bytes, so
  // that no character is split. Malformed bytes are escaped as usual.
  std::size_t cut = kMaxQuotedBytes;
  while (cut > kMaxQuotedBytes - 3 &&
         (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return "'" + EscapeForMessage(text.substr(0, cut)) + "…'";
}

}  // namespace inzage::loader
