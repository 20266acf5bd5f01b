#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// YAML syntax errors in plain words, for the people who write an export.
namespace inzage::loader {

// Returns the offset of the first tab character in the indentation of a
// line of `text`, or nullopt. Lines inside a block scalar ('|' or '>') are
// skipped when they are indented deeper than their key, because a tab there
// is text. yaml-cpp 0.7 reports a tab in indentation with a misleading
// message, or reads it as part of a value without any message: "- a\n
// \t- b" becomes the string "a - b".
std::optional<std::size_t> FindTabInIndentation(std::string_view text);

// Returns the message for a syntax error that yaml-cpp reported as
// `yaml_cpp_message`, starting with "invalid YAML: ". `character` is the
// character at the error's position, or '\0'. Messages without a plainer
// wording are kept as yaml-cpp gives them.
std::string DescribeYamlError(std::string_view yaml_cpp_message,
                              char character);

}  // namespace inzage::loader
