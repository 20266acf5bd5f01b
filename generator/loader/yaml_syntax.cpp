#include "loader/yaml_syntax.h"

#include "loader/quote.h"

namespace inzage::loader {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

std::string_view TrimRight(std::string_view text) {
  while (!text.empty() && IsBlank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// Returns `line` without a comment, which starts with '#' at the start of
// the line or after a blank. Quotes are not taken into account.
std::string_view StripComment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) {
      return line.substr(0, i);
    }
  }
  return line;
}

// Returns whether `line` ends with a block scalar header that is the whole
// value: "key: |", "- >-", "notes: |2 # comment".
bool EndsWithBlockScalarHeader(std::string_view line) {
  std::string_view rest = TrimRight(StripComment(line));
  for (int i = 0; i < 2 && !rest.empty(); ++i) {
    char c = rest.back();
    if (c == '+' || c == '-' || (c >= '1' && c <= '9')) {
      rest.remove_suffix(1);
    }
  }
  if (rest.empty() || (rest.back() != '|' && rest.back() != '>')) {
    return false;
  }

  std::string_view before = rest.substr(0, rest.size() - 1);
  std::string_view trimmed = TrimRight(before);
  if (trimmed.find_first_not_of(' ') == std::string_view::npos) {
    return true;
  }
  if (trimmed.size() == before.size()) {
    return false;  // "a|" is a plain value
  }
  return trimmed.back() == ':' || trimmed.back() == '-';
}

// Returns the indentation that the lines of a block scalar must exceed:
// the column of its key, or of its list item's '-' when it has no key.
// Returns -1 for a block scalar at the top level.
int BlockParentIndent(std::string_view line) {
  std::size_t position = line.find_first_not_of(' ');
  int parent = -1;
  while (position != std::string_view::npos && position + 1 < line.size() &&
         line[position] == '-' && IsBlank(line[position + 1])) {
    parent = static_cast<int>(position);
    position = line.find_first_not_of(" \t", position + 1);
  }

  bool has_key = position < line.size() && line[position] != '|' &&
                 line[position] != '>' &&
                 !line.substr(position).starts_with("---");
  if (has_key) {
    parent = static_cast<int>(position);
  }
  return parent;
}

struct Wording {
  std::string_view yaml_cpp;
  std::string_view plain;
};

// yaml-cpp 0.7's messages (ErrorMsg in yaml-cpp/exceptions.h) and what
// they most often mean in an export.
constexpr Wording kWordings[] = {
    {"illegal map value",
     "unexpected ':', check the indentation, or put a value that contains "
     "': ' in quotes"},
    {"end of map not found",
     "unexpected text in a mapping, check the indentation of this line"},
    {"end of sequence not found",
     "unexpected text in a list, check the indentation of this line"},
    {"end of map flow not found", "'{' is not closed, expected a '}'"},
    {"end of sequence flow not found", "'[' is not closed, expected a ']'"},
    {"illegal flow end",
     "unexpected closing bracket, expected a '[' or '{' "
     "before it"},
    {"illegal block entry",
     "unexpected list item, check the indentation of this line"},
    {"illegal map key",
     "unexpected '?' key, check the indentation of this line"},
    {"unknown token", "unexpected character, put the value in quotes"},
    {"illegal tab when looking for indentation",
     "tab character in indentation, expected spaces"},
    {"illegal EOF in scalar",
     "quoted text is not closed, expected a closing quote"},
    {"illegal document indicator in scalar",
     "a line '---' or '...' inside quoted text, expected the closing quote "
     "before it"},
    {"the referenced anchor is not defined",
     "unknown alias, put a value that starts with '*' in quotes"},
    {"alias not found after *",
     "missing alias name after '*', put a value that starts with '*' in "
     "quotes"},
    {"anchor not found after &",
     "missing anchor name after '&', put a value that starts with '&' in "
     "quotes"},
    {"cannot set zero indentation for a block scalar",
     "invalid indentation indicator after '|' or '>', expected a digit from "
     "1 to 9"},
    {"unexpected character in block scalar",
     "unexpected text after '|' or '>', expected the text on the lines "
     "below"},
};

constexpr std::string_view kUnknownEscape = "unknown escape character: ";

}  // namespace

std::optional<std::size_t> FindTabInIndentation(std::string_view text) {
  int block_parent = 0;
  bool in_block_scalar = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);

    if (in_block_scalar) {
      auto spaces = static_cast<int>(line.find_first_not_of(' '));
      bool blank = TrimRight(line).empty();
      if (blank || spaces > block_parent) {
        start = end + 1;
        continue;
      }
      in_block_scalar = false;
    }

    for (std::size_t i = 0; i < line.size() && IsBlank(line[i]); ++i) {
      if (line[i] == '\t') {
        return start + i;
      }
    }
    if (EndsWithBlockScalarHeader(line)) {
      in_block_scalar = true;
      block_parent = BlockParentIndent(line);
    }
    start = end + 1;
  }
  return std::nullopt;
}

std::string DescribeYamlError(std::string_view yaml_cpp_message,
                              char character) {
  if (yaml_cpp_message.starts_with(kUnknownEscape)) {
    std::string escape =
        "\\" + std::string(yaml_cpp_message.substr(kUnknownEscape.size()));
    return "invalid YAML: unknown escape " + Quote(escape) +
           " in double quotes, write '\\\\' for a backslash or use single "
           "quotes";
  }
  if (yaml_cpp_message == "unknown token" && character != '\0') {
    return "invalid YAML: a value cannot start with " +
           Quote(std::string(1, character)) + ", put the value in quotes";
  }

  for (const Wording& wording : kWordings) {
    if (yaml_cpp_message == wording.yaml_cpp) {
      return "invalid YAML: " + std::string(wording.plain);
    }
  }
  return "invalid YAML: " + std::string(yaml_cpp_message);
}

}  // namespace inzage::loader
