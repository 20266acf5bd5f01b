#include "render/link_policy.h"

#include <string>

namespace inzage::render {
namespace {

// Applies the first steps of the WHATWG URL parser. It strips leading and
// trailing C0 control characters and spaces, then removes every tab and
// line break.
std::string StripAsBrowserDoes(std::string_view url) {
  auto is_c0_or_space = [](char c) {
    return static_cast<unsigned char>(c) <= 0x20;
  };
  while (!url.empty() && is_c0_or_space(url.front())) {
    url.remove_prefix(1);
  }
  while (!url.empty() && is_c0_or_space(url.back())) {
    url.remove_suffix(1);
  }

  std::string stripped;
  for (char c : url) {
    if (c != '\t' && c != '\n' && c != '\r') {
      stripped += c;
    }
  }
  return stripped;
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}

// Returns the lower-case scheme of `url`, or "" when it has none. A scheme
// is a letter followed by letters, digits, '+', '-' or '.', then ':'.
std::string SchemeOf(std::string_view url) {
  if (url.empty() || !IsAsciiLetter(url[0])) {
    return "";
  }

  std::string scheme;
  for (char c : url) {
    if (c == ':') {
      return scheme;
    }
    if (IsAsciiLetter(c)) {
      scheme += static_cast<char>(c | 0x20);  // ASCII lower case
    } else if (IsAsciiDigit(c) || c == '+' || c == '-' || c == '.') {
      scheme += c;
    } else {
      return "";
    }
  }
  return "";
}

}  // namespace

LinkKind ClassifyLink(std::string_view url) {
  const std::string stripped = StripAsBrowserDoes(url);
  const std::string scheme = SchemeOf(stripped);

  if (scheme.empty()) {
    // Browsers treat a backslash like a slash here, so "\\host" is external.
    const bool scheme_relative = stripped.size() >= 2 &&
                                 (stripped[0] == '/' || stripped[0] == '\\') &&
                                 (stripped[1] == '/' || stripped[1] == '\\');
    return scheme_relative ? LinkKind::kExternal : LinkKind::kLocal;
  }
  if (scheme == "http" || scheme == "https") {
    return LinkKind::kExternal;
  }
  if (scheme == "mailto" || scheme == "tel") {
    return LinkKind::kContact;
  }
  return LinkKind::kUnsafe;
}

}  // namespace inzage::render
