#include "loader/yaml_reader.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <sstream>
#include <utility>
#include <vector>

#include "loader/export_files.h"
#include "loader/utf8.h"
#include "loader/yaml_syntax.h"

namespace inzage::loader {
namespace {

// Records where each document starts and ignores its contents.
class DocumentCounter : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;

  void OnDocumentStart(const YAML::Mark& mark) override {
    starts.push_back(mark);
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Returns where a second YAML document in `text` starts, if there is one.
// YAML::LoadAll is not used because in yaml-cpp 0.7 it never returns for
// some invalid input, such as a text that starts with ',': each call of
// HandleNextDocument then yields another empty document without reading
// on. Asking for at most two documents stays finite.
std::optional<YAML::Mark> FindSecondDocument(const std::string& text) {
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  DocumentCounter counter;
  if (!parser.HandleNextDocument(counter) ||
      !parser.HandleNextDocument(counter) || counter.starts.size() < 2) {
    return std::nullopt;
  }
  return counter.starts[1];
}

// Returns a yaml-cpp position, with a line and column that count from 0,
// for the byte at `offset` in `text`.
YAML::Mark MarkAt(std::string_view text, std::size_t offset) {
  auto [line, column] = LineAndColumn(text, offset);
  YAML::Mark mark;
  mark.pos = static_cast<int>(offset);
  mark.line = line - 1;
  mark.column = column - 1;
  return mark;
}

// Returns the character at `mark` for a message, or '\0'.
char CharacterAt(std::string_view text, const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0 ||
      static_cast<std::size_t>(mark.pos) >= text.size()) {
    return '\0';
  }
  return text[static_cast<std::size_t>(mark.pos)];
}

}  // namespace

YamlSource::YamlSource(std::string file, Diagnostics& diagnostics,
                       int first_line)
    : file_(std::move(file)),
      diagnostics_(diagnostics),
      first_line_(first_line) {}

SourceRef YamlSource::Ref(const YAML::Mark& mark) const {
  if (mark.is_null()) {
    return {file_, 0, 0};
  }
  return {file_, mark.line + first_line_, mark.column + 1};
}

void YamlSource::Error(const YAML::Mark& mark, std::string message) {
  SourceRef ref = Ref(mark);
  diagnostics_.Error(ref.file, ref.line, ref.column, std::move(message));
}

void YamlSource::Warning(const YAML::Mark& mark, std::string message) {
  SourceRef ref = Ref(mark);
  diagnostics_.Warning(ref.file, ref.line, ref.column, std::move(message));
}

std::optional<YAML::Node> ParseYaml(const std::string& text,
                                    YamlSource& source) {
  if (std::optional<std::size_t> tab = FindTabInIndentation(text)) {
    source.Error(MarkAt(text, *tab),
                 "invalid YAML: tab character in indentation, expected spaces");
    return std::nullopt;
  }

  YAML::Node root;
  std::optional<YAML::Mark> second_document;
  try {
    root = YAML::Load(text);
    second_document = FindSecondDocument(text);
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp 0.7 gives this the message "bad file".
    source.Error(error.mark,
                 "invalid YAML: lists and mappings are nested too deeply "
                 "(about 500 levels or more)");
    return std::nullopt;
  } catch (const YAML::Exception& error) {
    source.Error(error.mark,
                 DescribeYamlError(error.msg, CharacterAt(text, error.mark)));
    return std::nullopt;
  }

  // yaml-cpp reads a mapping key after a top-level list as a new document
  // instead of failing, so a second document is most often a layout error.
  if (second_document) {
    source.Error(*second_document,
                 "invalid YAML: a second document starts here, expected one "
                 "document per file (check the indentation)");
    return std::nullopt;
  }
  return root;
}

std::optional<YAML::Node> ReadYamlFile(const ExportTree& tree,
                                       const std::filesystem::path& path,
                                       YamlSource& source) {
  std::optional<std::string> text =
      ReadTextFile(tree, path, source.file(), source.diagnostics());
  if (!text) {
    return std::nullopt;
  }
  return ParseYaml(*text, source);
}

std::string_view DescribeKind(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "a string";
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return "nothing";
}

YAML::Mark MarkOf(const YAML::Node& value, const YAML::Mark& fallback) {
  if (!value.IsDefined() || value.IsNull() || value.Mark().is_null()) {
    return fallback;
  }
  return value.Mark();
}

bool ExpectList(const YAML::Node& node, std::string_view what,
                const YAML::Mark& fallback, YamlSource& source) {
  if (node.IsSequence() || !node.IsDefined() || node.IsNull()) {
    return true;
  }
  source.Error(
      MarkOf(node, fallback),
      fmt::format("expected a list of {}, found {}", what, DescribeKind(node)));
  return false;
}

}  // namespace inzage::loader
