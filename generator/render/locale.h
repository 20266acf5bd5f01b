#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loader/model.h"
#include "util/diagnostics.h"

namespace inzage::render {

// Interface strings and the date, number and money formats of one language,
// read from a theme's locales/<language>.json.
//
// The JSON is a tree of objects. A string is addressed by its dotted path
// ("tab.general"), and an array element by its 0-based index
// ("date.months.10"). Load rejects a file without the strings that the
// Format functions need: the 12 names in date.months, the patterns
// date.format ({day} {month} {year}), date.month_format ({month} {year}),
// date.date_time_format ({date} {time}), money.format and
// money.negative_format ({amount}), and number.decimal_separator and
// number.group_separator.
class Locale {
 public:
  using Strings = std::map<std::string, std::string, std::less<>>;

  // Reads and checks `file`. Returns nothing, and adds errors naming the
  // file, when it cannot be read, is not valid JSON or lacks a required
  // string or pattern.
  static std::optional<Locale> Load(const std::filesystem::path& file,
                                    Diagnostics& diagnostics);

  // Returns the string at the dotted `key`, or `key` itself when the file
  // has none, so that a missing string shows up in the page. Missing keys
  // are recorded for MissingKeys(). Thread-safe.
  const std::string& Text(std::string_view key) const;

  // Every string of the file, by dotted key.
  const Strings& strings() const { return strings_; }

  // Keys that Text() was called with and did not find, sorted.
  std::vector<std::string> MissingKeys() const;

  std::string FormatDate(const loader::Date& date) const;  // "2 maart 1941"
  std::string FormatTime(const loader::TimeOfDay& time) const;  // "08:05"
  // "2 maart 1941, 08:05"
  std::string FormatDateTime(const loader::DateTime& when) const;
  std::string FormatMonth(int year, int month) const;  // "november 2026"
  // An amount with two decimals and grouped thousands: "1.234,50".
  std::string FormatDecimal(loader::Decimal amount) const;
  std::string FormatMoney(loader::Decimal amount) const;  // "€ 1.234,50"
  // A duration as hours:minutes, "2:45", in every language.
  std::string FormatMinutes(int minutes) const;
  // A file size in bytes, kB or MB (powers of 1000): "512 bytes", "48 kB",
  // "1,2 MB".
  std::string FormatFileSize(std::uint64_t bytes) const;

 private:
  struct MissingKeyLog;

  Locale() = default;

  Strings strings_;
  std::vector<std::string> month_names_;  // January first
  std::string decimal_separator_;
  std::string group_separator_;
  std::string date_pattern_;
  std::string month_pattern_;
  std::string date_time_pattern_;
  std::string money_pattern_;
  std::string negative_money_pattern_;
  std::shared_ptr<MissingKeyLog> missing_keys_;
};

}  // namespace inzage::render
