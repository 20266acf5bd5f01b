#include "loader/value_parsers.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>

namespace inzage::loader {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// Reads exactly `count` digits at `text[offset]`.
std::optional<int> ReadDigits(std::string_view text, std::size_t offset,
                              std::size_t count) {
  if (offset + count > text.size()) {
    return std::nullopt;
  }

  int value = 0;
  for (std::size_t i = offset; i < offset + count; ++i) {
    if (!IsDigit(text[i])) {
      return std::nullopt;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) {
    return 29;
  }
  return kDays[month - 1];
}

// Parses "YYYY-MM" at the start of `text`.
std::optional<std::pair<int, int>> ParseYearMonthPrefix(std::string_view text) {
  std::optional<int> year = ReadDigits(text, 0, 4);
  std::optional<int> month = ReadDigits(text, 5, 2);
  if (!year || !month || text.size() < 7 || text[4] != '-') {
    return std::nullopt;
  }
  if (*year < 1 || *month < 1 || *month > 12) {
    return std::nullopt;
  }
  return std::pair{*year, *month};
}

}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[7] != '-') {
    return std::nullopt;
  }

  std::optional<std::pair<int, int>> year_month = ParseYearMonthPrefix(text);
  std::optional<int> day = ReadDigits(text, 8, 2);
  if (!year_month || !day) {
    return std::nullopt;
  }

  auto [year, month] = *year_month;
  if (*day < 1 || *day > DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return Date{year, month, *day};
}

std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') {
    return std::nullopt;
  }

  std::optional<int> hour = ReadDigits(text, 0, 2);
  std::optional<int> minute = ReadDigits(text, 3, 2);
  if (!hour || !minute || *hour > 23 || *minute > 59) {
    return std::nullopt;
  }
  return TimeOfDay{*hour, *minute};
}

std::optional<DateTime> ParseDateTime(std::string_view text) {
  if (text.size() != 16 && text.size() != 19) {
    return std::nullopt;
  }
  if (text[10] != 'T') {
    return std::nullopt;
  }

  std::optional<Date> date = ParseDate(text.substr(0, 10));
  std::optional<TimeOfDay> time = ParseTimeOfDay(text.substr(11, 5));
  if (!date || !time) {
    return std::nullopt;
  }

  int second = 0;
  if (text.size() == 19) {
    std::optional<int> digits = ReadDigits(text, 17, 2);
    if (text[16] != ':' || !digits || *digits > 59) {
      return std::nullopt;
    }
    second = *digits;
  }
  return DateTime{*date, *time, second};
}

bool IsYearMonth(std::string_view text) {
  return text.size() == 7 && ParseYearMonthPrefix(text).has_value();
}

std::optional<Decimal> ParseDecimal(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }

  std::string_view whole = text.substr(0, text.find('.'));
  std::string_view fraction;
  if (whole.size() < text.size()) {
    fraction = text.substr(whole.size() + 1);
    if (fraction.empty() || fraction.size() > 2) {
      return std::nullopt;
    }
  }
  if (whole.empty()) {
    return std::nullopt;
  }

  // Every digit is checked here, because from_chars would accept a sign.
  for (std::string_view part : {whole, fraction}) {
    for (char c : part) {
      if (!IsDigit(c)) {
        return std::nullopt;
      }
    }
  }

  std::int64_t units = 0;
  auto [end, error] =
      std::from_chars(whole.data(), whole.data() + whole.size(), units);
  if (error != std::errc() ||
      units > std::numeric_limits<std::int64_t>::max() / 100 - 1) {
    return std::nullopt;
  }

  std::int64_t cents = 0;
  for (std::size_t i = 0; i < 2; ++i) {
    cents = cents * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  }
  std::int64_t hundredths = units * 100 + cents;
  return Decimal{negative ? -hundredths : hundredths};
}

std::optional<bool> ParseBool(std::string_view text) {
  auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (text.empty()) {
    return std::nullopt;
  }

  std::string_view rest = text.substr(1);
  bool lower = std::all_of(text.begin(), text.end(), is_lower);
  bool upper = std::all_of(text.begin(), text.end(), is_upper);
  bool capitalised =
      is_upper(text[0]) && std::all_of(rest.begin(), rest.end(), is_lower);
  if (!lower && !upper && !capitalised) {
    return std::nullopt;
  }

  std::string word(text);
  for (char& c : word) {
    if (is_upper(c)) {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  if (word == "true" || word == "yes" || word == "on" || word == "y") {
    return true;
  }
  if (word == "false" || word == "no" || word == "off" || word == "n") {
    return false;
  }
  return std::nullopt;
}

std::optional<std::int64_t> ParseInteger(std::string_view text) {
  // from_chars accepts a leading '-' but not '+'.
  bool plus = !text.empty() && text.front() == '+';
  if (plus) {
    text.remove_prefix(1);
  }
  if (text.empty() || (text.front() == '-' && plus)) {
    return std::nullopt;
  }

  std::int64_t value = 0;
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

}  // namespace inzage::loader
