#pragma once

#include <string>
#include <string_view>

namespace inzage::render {

// Percent-encodes every byte of `text` except the RFC 3986 unreserved
// characters (A-Z a-z 0-9 - . _ ~), so that it forms one segment of a path,
// even when it contains '/' or '#'.
std::string PercentEncodeSegment(std::string_view text);

}  // namespace inzage::render
