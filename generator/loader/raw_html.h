#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "loader/field_reader.h"
#include "util/diagnostics.h"

// Raw HTML in the export's Markdown. The renderer drops it, so the loader
// warns the people who write the export.
namespace inzage::loader {

// The first raw HTML in a Markdown text.
struct RawHtml {
  int line = 0;      // 1-based, in the Markdown text
  int column = 0;    // 1-based, in characters
  std::string html;  // its first line, e.g. "<b>" or "<div class=\"x\">"
  int count = 0;     // HTML blocks and inline tags in the whole text
};

// Returns the first raw HTML in `markdown` as cmark-gfm reads it: HTML
// blocks and inline HTML (tags, comments, processing instructions), but not
// text in code spans or code blocks, escaped text such as "\<b>" or
// autolinks such as <https://x.nl>. Returns nullopt when there is none.
std::optional<RawHtml> FindRawHtml(std::string_view markdown);

// Warns about raw HTML in the Markdown body of `file`, whose first line is
// line `first_line` of the file.
void WarnAboutRawHtml(std::string_view markdown, const std::string& file,
                      int first_line, Diagnostics& diagnostics);

// Warns about raw HTML in the Markdown value of `key`, at the value's
// position.
void WarnAboutRawHtml(FieldReader& fields, std::string_view key,
                      std::string_view markdown);

}  // namespace inzage::loader
