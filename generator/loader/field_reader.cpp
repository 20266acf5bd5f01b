#include "loader/field_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "loader/quote.h"
#include "loader/suggest.h"
#include "loader/value_parsers.h"

namespace inzage::loader {
namespace {

std::string DescribeRange(std::int64_t min, std::int64_t max) {
  if (max == std::numeric_limits<std::int64_t>::max()) {
    return fmt::format("a whole number of at least {}", min);
  }
  return fmt::format("a whole number from {} to {}", min, max);
}

}  // namespace

FieldReader::FieldReader(const YAML::Node& node, std::string_view what,
                         std::initializer_list<std::string_view> keys,
                         YamlSource& source)
    : source_(source), mark_(node.Mark()) {
  if (!node.IsDefined() || node.IsNull()) {
    is_mapping_ = true;
    return;
  }
  if (!node.IsMap()) {
    source_.Error(mark_, fmt::format("expected a mapping of {}, found {}", what,
                                     DescribeKind(node)));
    return;
  }

  is_mapping_ = true;
  std::vector<std::string_view> known(keys);
  for (auto it = node.begin(); it != node.end(); ++it) {
    YAML::Node key = it->first;
    if (!key.IsScalar()) {
      source_.Error(key.Mark(), fmt::format("expected a key name, found {}",
                                            DescribeKind(key)));
      continue;
    }

    const std::string& name = key.Scalar();
    if (const Field* first = Find(name)) {
      source_.Error(
          key.Mark(),
          fmt::format("duplicate key {}, first given on line {}", Quote(name),
                      source_.Ref(first->key_mark).line));
      continue;
    }
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      source_.Warning(key.Mark(),
                      "unknown key " + Quote(name) + DidYouMean(name, known));
    }
    fields_.push_back({name, key.Mark(), it->second});
  }
}

const FieldReader::Field* FieldReader::Find(std::string_view key) const {
  for (const Field& field : fields_) {
    if (field.key == key) {
      return &field;
    }
  }
  return nullptr;
}

YAML::Mark FieldReader::KeyMark(std::string_view key) const {
  const Field* field = Find(key);
  return field ? field->key_mark : mark_;
}

YAML::Node FieldReader::Value(std::string_view key, Presence presence) {
  const Field* field = Find(key);
  if (field && !field->value.IsNull()) {
    return field->value;
  }
  if (presence == Presence::kRequired && is_mapping_) {
    if (field) {
      source_.Error(field->key_mark,
                    fmt::format("missing value for required key '{}'", key));
    } else {
      source_.Error(mark_, fmt::format("missing required key '{}'", key));
    }
  }
  return YAML::Node();
}

const YAML::Node* FieldReader::Scalar(std::string_view key, Presence presence,
                                      std::string_view expected) {
  const Field* field = Find(key);
  if (!field || field->value.IsNull()) {
    if (presence == Presence::kRequired && is_mapping_) {
      if (field) {
        source_.Error(
            field->key_mark,
            fmt::format("missing value for '{}', expected {}", key, expected));
      } else {
        source_.Error(mark_, fmt::format("missing required key '{}'", key));
      }
    }
    return nullptr;
  }

  if (!field->value.IsScalar()) {
    source_.Error(MarkOf(field->value, field->key_mark),
                  fmt::format("expected {} for '{}', found {}", expected, key,
                              DescribeKind(field->value)));
    return nullptr;
  }
  return &field->value;
}

void FieldReader::ReportInvalid(std::string_view key, std::string_view noun,
                                std::string_view expected) {
  const Field* field = Find(key);
  const std::string& text = field->value.Scalar();
  if (noun.empty()) {
    source_.Error(field->value.Mark(),
                  fmt::format("invalid value {} for '{}', expected {}",
                              Quote(text), key, expected));
  } else {
    source_.Error(
        field->value.Mark(),
        fmt::format("invalid {} {}, expected {}", noun, Quote(text), expected));
  }
}

void FieldReader::Read(std::string_view key, std::string& out,
                       Presence presence) {
  const YAML::Node* value = Scalar(key, presence, "a string");
  if (!value) {
    return;
  }
  if (presence == Presence::kRequired && value->Scalar().empty()) {
    source_.Error(value->Mark(),
                  fmt::format("empty value for required key '{}'", key));
    return;
  }
  out = value->Scalar();
}

void FieldReader::Read(std::string_view key, bool& out) {
  std::optional<bool> value;
  Read(key, value);
  if (value) {
    out = *value;
  }
}

void FieldReader::Read(std::string_view key, std::optional<bool>& out) {
  const YAML::Node* value = Scalar(key, Presence::kOptional, "true or false");
  if (!value) {
    return;
  }

  // YAML::convert<bool> is not used because ThreadSanitizer reports a race
  // on its table of words in yaml-cpp 0.7 when clients load in parallel.
  std::optional<bool> parsed = ParseBool(value->Scalar());
  if (!parsed) {
    ReportInvalid(key, "", "true or false");
    return;
  }
  out = parsed;
}

constexpr std::string_view kDateExpected = "a date as YYYY-MM-DD";

void FieldReader::Read(std::string_view key, Date& out, Presence presence) {
  // A required key is checked first, so that the optional read below finds
  // a scalar and reports only its format.
  if (presence == Presence::kRequired &&
      !Scalar(key, presence, kDateExpected)) {
    return;
  }

  std::optional<Date> value;
  Read(key, value);
  if (value) {
    out = *value;
  }
}

void FieldReader::Read(std::string_view key, std::optional<Date>& out) {
  const YAML::Node* value = Scalar(key, Presence::kOptional, kDateExpected);
  if (!value) {
    return;
  }

  std::optional<Date> parsed = ParseDate(value->Scalar());
  if (!parsed) {
    ReportInvalid(key, "date", kDateExpected);
    return;
  }
  out = parsed;
}

void FieldReader::Read(std::string_view key, DateTime& out, Presence presence) {
  constexpr std::string_view kExpected =
      "a date and time as YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS";
  const YAML::Node* value = Scalar(key, presence, kExpected);
  if (!value) {
    return;
  }

  std::optional<DateTime> parsed = ParseDateTime(value->Scalar());
  if (!parsed) {
    ReportInvalid(key, "date and time", kExpected);
    return;
  }
  out = *parsed;
}

void FieldReader::Read(std::string_view key, TimeOfDay& out,
                       Presence presence) {
  constexpr std::string_view kExpected = "a time as HH:MM";
  const YAML::Node* value = Scalar(key, presence, kExpected);
  if (!value) {
    return;
  }

  std::optional<TimeOfDay> parsed = ParseTimeOfDay(value->Scalar());
  if (!parsed) {
    ReportInvalid(key, "time", kExpected);
    return;
  }
  out = *parsed;
}

constexpr std::string_view kDecimalExpected =
    "a number with at most two decimals, such as 12.50";

void FieldReader::Read(std::string_view key, Decimal& out, Presence presence) {
  if (presence == Presence::kRequired &&
      !Scalar(key, presence, kDecimalExpected)) {
    return;
  }

  std::optional<Decimal> value;
  Read(key, value);
  if (value) {
    out = *value;
  }
}

void FieldReader::Read(std::string_view key, std::optional<Decimal>& out) {
  const YAML::Node* value = Scalar(key, Presence::kOptional, kDecimalExpected);
  if (!value) {
    return;
  }

  std::optional<Decimal> parsed = ParseDecimal(value->Scalar());
  if (!parsed) {
    ReportInvalid(key, "number", kDecimalExpected);
    return;
  }
  out = parsed;
}

std::optional<std::int64_t> FieldReader::ReadInteger(std::string_view key,
                                                     std::int64_t min,
                                                     std::int64_t max,
                                                     Presence presence) {
  std::string expected = DescribeRange(min, max);
  const YAML::Node* value = Scalar(key, presence, expected);
  if (!value) {
    return std::nullopt;
  }

  std::optional<std::int64_t> parsed = ParseInteger(value->Scalar());
  if (!parsed || *parsed < min || *parsed > max) {
    ReportInvalid(key, "", expected);
    return std::nullopt;
  }
  return parsed;
}

}  // namespace inzage::loader
