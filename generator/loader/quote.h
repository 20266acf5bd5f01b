#pragma once

#include <string>
#include <string_view>

// Export values and names as they appear in messages.
namespace inzage::loader {

// Returns `text` with control characters (U+0000 to U+001F, U+007F to
// U+009F) and bytes of malformed UTF-8 written as \xHH, so that a name or
// value cannot move the cursor, change colours or split a message line on
// a terminal. Other text, including valid non-ASCII letters, stays as is.
std::string EscapeForMessage(std::string_view text);

// Returns `text` escaped and in single quotes for a message, cut after 60
// bytes so that a long paragraph does not flood the terminal.
std::string Quote(std::string_view text);

}  // namespace inzage::loader
