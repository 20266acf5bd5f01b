#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

// UTF-8 checks and positions in characters, for messages about export files.
namespace inzage::loader {

// Returns the length of the well-formed UTF-8 sequence at `text[i]`, or 0.
// Overlong forms, surrogates and code points above U+10FFFF are malformed.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i);

// Returns the 1-based line and column (in characters) of the first
// malformed UTF-8 sequence in `text`, or nullopt when `text` is valid.
std::optional<std::pair<int, int>> FindMalformedUtf8(std::string_view text);

// Returns the 1-based line and column (in characters) of the byte at
// `offset` in `text`, which must be valid UTF-8 up to there.
std::pair<int, int> LineAndColumn(std::string_view text, std::size_t offset);

}  // namespace inzage::loader
