#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "loader/export_files.h"
#include "loader/model.h"
#include "util/diagnostics.h"

// Parsing of YAML files, with positions in messages.
namespace inzage::loader {

// The name of one YAML text and where its diagnostics go. yaml-cpp counts
// lines and columns from 0, but messages count from 1. YAML that starts
// further down a file, such as front matter after its "---" line, is
// shifted so that `first_line` is its first line.
class YamlSource {
 public:
  YamlSource(std::string file, Diagnostics& diagnostics, int first_line = 1);

  const std::string& file() const { return file_; }
  Diagnostics& diagnostics() { return diagnostics_; }
  SourceRef Ref(const YAML::Mark& mark) const;

  // Reports at `mark`, or at the file as a whole when `mark` is null.
  void Error(const YAML::Mark& mark, std::string message);
  void Warning(const YAML::Mark& mark, std::string message);

 private:
  std::string file_;
  Diagnostics& diagnostics_;
  int first_line_;
};

// Parses `text` as one YAML document. An empty text is a null node.
// Reports syntax errors, a tab in indentation and a second document, with
// their position, in plain words where yaml-cpp's are unclear.
std::optional<YAML::Node> ParseYaml(const std::string& text,
                                    YamlSource& source);

// Reads the file at `path` in `tree` as UTF-8 text and parses it as YAML.
std::optional<YAML::Node> ReadYamlFile(const ExportTree& tree,
                                       const std::filesystem::path& path,
                                       YamlSource& source);

// Returns a node's kind in words for messages: "a mapping", "a list",
// "a string" or "nothing".
std::string_view DescribeKind(const YAML::Node& node);

// Returns the position of a value, falling back to `fallback` when the
// value is null. yaml-cpp puts an empty value at the start of the next
// line, so messages about it point to its key instead.
YAML::Mark MarkOf(const YAML::Node& value, const YAML::Mark& fallback);

// Checks that `node` is a list, or null (an empty list). Otherwise reports
// "expected a list of <what>, found ..." at `node` (or `fallback`).
bool ExpectList(const YAML::Node& node, std::string_view what,
                const YAML::Mark& fallback, YamlSource& source);

}  // namespace inzage::loader
