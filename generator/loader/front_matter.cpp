#include "loader/front_matter.h"

namespace inzage::loader {
namespace {

bool IsDelimiter(std::string_view line) {
  while (!line.empty() &&
         (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line == "---";
}

}  // namespace

std::optional<FrontMatter> SplitFrontMatter(std::string_view text,
                                            const std::string& file,
                                            Diagnostics& diagnostics) {
  std::size_t line_end = text.find('\n');
  if (!IsDelimiter(text.substr(0, line_end))) {
    diagnostics.Error(file, 1, 1,
                      "expected front matter, a first line '---' followed by "
                      "YAML and another line '---'");
    return std::nullopt;
  }

  FrontMatter result;
  int line_number = 1;
  std::size_t yaml_start =
      line_end == std::string_view::npos ? text.size() : line_end + 1;
  std::size_t start = yaml_start;
  while (start < text.size()) {
    ++line_number;
    std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end - start);
    if (IsDelimiter(line)) {
      result.yaml = std::string(text.substr(yaml_start, start - yaml_start));
      result.body_line = line_number + 1;
      if (end != std::string_view::npos) {
        result.body = std::string(text.substr(end + 1));
      }
      return result;
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }

  diagnostics.Error(file, 1, 1,
                    "front matter is not closed, expected a line '---' after "
                    "its YAML");
  return std::nullopt;
}

}  // namespace inzage::loader
