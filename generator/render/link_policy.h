#pragma once

#include <string_view>

namespace inzage::render {

// What a link in export Markdown points at, which decides how it renders.
enum class LinkKind {
  kLocal,     // no scheme: a path or a fragment on this site
  kExternal,  // http, https or a scheme-relative "//host" URL
  kContact,   // mailto or tel
  kUnsafe,    // any other scheme, such as javascript, vbscript, data or file
};

// Classifies `url` the way a browser reads its scheme: tabs and line breaks
// anywhere and control characters or spaces at either end are ignored, and
// the scheme is compared without regard to case.
LinkKind ClassifyLink(std::string_view url);

}  // namespace inzage::render
