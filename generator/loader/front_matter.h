#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/diagnostics.h"

namespace inzage::loader {

// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
  std::string yaml;   // the lines between the two "---" lines
  int yaml_line = 2;  // the file's line number of the first YAML line
  std::string body;   // everything after the closing "---" line
  int body_line = 0;  // the file's line number of the body's first line
};

// Splits `text`, which must start with a line "---" and contain a second
// line "---" further down. Trailing spaces and a carriage return on those
// lines are ignored. Reports a missing opening or closing line in `file`.
std::optional<FrontMatter> SplitFrontMatter(std::string_view text,
                                            const std::string& file,
                                            Diagnostics& diagnostics);

}  // namespace inzage::loader
