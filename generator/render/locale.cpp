#include "render/locale.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

namespace inzage::render {

// Keys that Text() did not find. The strings live in a std::set so that the
// references Text() returns stay valid, and copies of a Locale share one log.
struct Locale::MissingKeyLog {
  std::mutex mutex;
  std::set<std::string, std::less<>> keys;

  const std::string& Remember(std::string_view key) {
    std::lock_guard lock(mutex);
    auto found = keys.find(key);
    if (found == keys.end()) {
      found = keys.emplace(key).first;
    }
    return *found;
  }
};

namespace {

constexpr int kMonthCount = 12;

// Adds every scalar below `node` to `strings` under its dotted path.
void Flatten(const YAML::Node& node, const std::string& path,
             Locale::Strings& strings) {
  auto child_path = [&path](const std::string& name) {
    return path.empty() ? name : path + "." + name;
  };

  switch (node.Type()) {
    case YAML::NodeType::Map:
      for (const auto& entry : node) {
        Flatten(entry.second, child_path(entry.first.as<std::string>()),
                strings);
      }
      break;
    case YAML::NodeType::Sequence:
      for (std::size_t i = 0; i < node.size(); ++i) {
        Flatten(node[i], child_path(std::to_string(i)), strings);
      }
      break;
    case YAML::NodeType::Scalar:
      strings[path] = node.Scalar();
      break;
    case YAML::NodeType::Null:
      strings[path] = "";
      break;
    case YAML::NodeType::Undefined:
      break;
  }
}

// Parses `file` as JSON into dotted keys, or reports why it cannot.
std::optional<Locale::Strings> ReadStrings(const std::filesystem::path& file,
                                           Diagnostics& diagnostics) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) {
    diagnostics.Error(file.string(), 0, 0,
                      "locale file not found or not readable");
    return std::nullopt;
  }
  std::ostringstream text;
  text << stream.rdbuf();

  try {
    const YAML::Node root = YAML::Load(text.str());
    if (!root.IsMap()) {
      diagnostics.Error(file.string(), 0, 0,
                        "invalid locale file: expected a JSON object");
      return std::nullopt;
    }
    Locale::Strings strings;
    Flatten(root, "", strings);
    return strings;
  } catch (const YAML::Exception& error) {
    diagnostics.Error(file.string(), error.mark.line + 1, error.mark.column + 1,
                      "invalid JSON: " + error.msg);
    return std::nullopt;
  }
}

// Returns the string at `key`, or reports it as missing.
std::optional<std::string> Require(const Locale::Strings& strings,
                                   const std::string& key,
                                   const std::filesystem::path& file,
                                   Diagnostics& diagnostics) {
  const auto found = strings.find(key);
  if (found == strings.end()) {
    diagnostics.Error(file.string(), 0, 0, "missing string '" + key + "'");
    return std::nullopt;
  }
  return found->second;
}

// Checks that `pattern` formats with the named arguments the Format
// functions pass, so that they cannot fail later.
template <typename... Args>
bool CheckPattern(const std::string& key, const std::string& pattern,
                  const std::filesystem::path& file, Diagnostics& diagnostics,
                  const Args&... arguments) {
  try {
    (void)fmt::format(fmt::runtime(pattern), arguments...);
    return true;
  } catch (const fmt::format_error& error) {
    diagnostics.Error(
        file.string(), 0, 0,
        "invalid pattern '" + pattern + "' in '" + key + "': " + error.what());
    return false;
  }
}

}  // namespace

std::optional<Locale> Locale::Load(const std::filesystem::path& file,
                                   Diagnostics& diagnostics) {
  std::optional<Strings> strings = ReadStrings(file, diagnostics);
  if (!strings) {
    return std::nullopt;
  }

  Locale locale;
  locale.strings_ = std::move(*strings);
  locale.missing_keys_ = std::make_shared<MissingKeyLog>();
  bool complete = true;
  auto require = [&](const std::string& key, std::string& target) {
    if (auto value = Require(locale.strings_, key, file, diagnostics)) {
      target = std::move(*value);
    } else {
      complete = false;
    }
  };

  locale.month_names_.resize(kMonthCount);
  for (int i = 0; i < kMonthCount; ++i) {
    require("date.months." + std::to_string(i), locale.month_names_[i]);
  }
  require("number.decimal_separator", locale.decimal_separator_);
  require("number.group_separator", locale.group_separator_);
  require("date.format", locale.date_pattern_);
  require("date.month_format", locale.month_pattern_);
  require("date.date_time_format", locale.date_time_pattern_);
  require("money.format", locale.money_pattern_);
  require("money.negative_format", locale.negative_money_pattern_);
  if (!complete) {
    return std::nullopt;
  }

  // Every pattern is checked, so that one run reports all invalid ones.
  bool patterns_valid = true;
  patterns_valid &= CheckPattern("date.format", locale.date_pattern_, file,
                                 diagnostics, fmt::arg("day", 1),
                                 fmt::arg("month", ""), fmt::arg("year", 1));
  patterns_valid &=
      CheckPattern("date.month_format", locale.month_pattern_, file,
                   diagnostics, fmt::arg("month", ""), fmt::arg("year", 1));
  patterns_valid &=
      CheckPattern("date.date_time_format", locale.date_time_pattern_, file,
                   diagnostics, fmt::arg("date", ""), fmt::arg("time", ""));
  patterns_valid &= CheckPattern("money.format", locale.money_pattern_, file,
                                 diagnostics, fmt::arg("amount", ""));
  patterns_valid &=
      CheckPattern("money.negative_format", locale.negative_money_pattern_,
                   file, diagnostics, fmt::arg("amount", ""));
  if (!patterns_valid) {
    return std::nullopt;
  }
  return locale;
}

const std::string& Locale::Text(std::string_view key) const {
  const auto found = strings_.find(key);
  if (found != strings_.end()) {
    return found->second;
  }
  return missing_keys_->Remember(key);
}

std::vector<std::string> Locale::MissingKeys() const {
  std::lock_guard lock(missing_keys_->mutex);
  return {missing_keys_->keys.begin(), missing_keys_->keys.end()};
}

}  // namespace inzage::render
