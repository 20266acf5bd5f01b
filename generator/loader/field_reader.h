#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loader/model.h"
#include "loader/yaml_reader.h"

namespace inzage::loader {

enum class Presence { kOptional, kRequired };

// Reads the fields of one YAML mapping by key. The constructor reports a
// node that is not a mapping, keys that are not strings, duplicate keys
// and unknown keys (as warnings, with a "did you mean"). A null node counts
// as an empty mapping, so that an empty file reports its missing keys.
//
// Each Read leaves `out` unchanged when the key is absent or its value is
// null or invalid, and reports what was expected. A required key that is
// absent or null is an error.
class FieldReader {
 public:
  FieldReader(const YAML::Node& node, std::string_view what,
              std::initializer_list<std::string_view> keys, YamlSource& source);

  bool is_mapping() const { return is_mapping_; }
  const YAML::Mark& mark() const { return mark_; }
  YamlSource& source() { return source_; }

  // Text of a scalar, with numbers and booleans kept as written. A required
  // string must not be empty.
  void Read(std::string_view key, std::string& out,
            Presence presence = Presence::kOptional);
  // true/false, and the other YAML 1.1 spellings such as yes/no and on/off.
  void Read(std::string_view key, bool& out);
  void Read(std::string_view key, std::optional<bool>& out);
  void Read(std::string_view key, Date& out,
            Presence presence = Presence::kOptional);
  void Read(std::string_view key, std::optional<Date>& out);
  void Read(std::string_view key, DateTime& out,
            Presence presence = Presence::kOptional);
  void Read(std::string_view key, TimeOfDay& out,
            Presence presence = Presence::kOptional);
  void Read(std::string_view key, Decimal& out,
            Presence presence = Presence::kOptional);
  void Read(std::string_view key, std::optional<Decimal>& out);

  // Reads a whole number from `min` to `max`.
  std::optional<std::int64_t> ReadInteger(
      std::string_view key, std::int64_t min, std::int64_t max,
      Presence presence = Presence::kOptional);

  // Returns the value of `key`, or a null node when it is absent. Reports a
  // required key that is absent or null.
  YAML::Node Value(std::string_view key,
                   Presence presence = Presence::kOptional);

  // Returns the position of `key` itself, or of the mapping when absent.
  YAML::Mark KeyMark(std::string_view key) const;

 private:
  struct Field {
    std::string key;
    YAML::Mark key_mark;
    YAML::Node value;
  };

  const Field* Find(std::string_view key) const;
  // Returns the scalar value of `key`, or nullptr after reporting a value
  // of another kind. `expected` describes the value for messages.
  const YAML::Node* Scalar(std::string_view key, Presence presence,
                           std::string_view expected);
  void ReportInvalid(std::string_view key, std::string_view noun,
                     std::string_view expected);

  YamlSource& source_;
  YAML::Mark mark_;
  bool is_mapping_ = false;
  std::vector<Field> fields_;
};

}  // namespace inzage::loader
