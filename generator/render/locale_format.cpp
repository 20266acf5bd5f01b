// The Format functions of Locale. Load checked every pattern with the same
// named arguments, so fmt::format throws nothing here but std::bad_alloc.
#include <fmt/format.h>

#include <cstdlib>

#include "render/locale.h"

namespace inzage::render {
namespace {

// Inserts `separator` between groups of three digits: "1234567" with "."
// gives "1.234.567".
std::string GroupThousands(const std::string& digits,
                           const std::string& separator) {
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      grouped += separator;
    }
    grouped += digits[i];
  }
  return grouped;
}

bool IsValidMonth(int month) {
  return month >= 1 && month <= 12;
}

// Returns the absolute value of `amount` in hundredths. std::abs of the most
// negative int64 would overflow, so the negation is done unsigned.
std::uint64_t Magnitude(loader::Decimal amount) {
  const auto hundredths = static_cast<std::uint64_t>(amount.hundredths);
  return amount.hundredths < 0 ? 0 - hundredths : hundredths;
}

}  // namespace

std::string Locale::FormatDate(const loader::Date& date) const {
  if (!IsValidMonth(date.month)) {
    return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
  }
  return fmt::format(fmt::runtime(date_pattern_), fmt::arg("day", date.day),
                     fmt::arg("month", month_names_[date.month - 1]),
                     fmt::arg("year", date.year));
}

std::string Locale::FormatTime(const loader::TimeOfDay& time) const {
  return fmt::format("{:02}:{:02}", time.hour, time.minute);
}

std::string Locale::FormatDateTime(const loader::DateTime& when) const {
  return fmt::format(fmt::runtime(date_time_pattern_),
                     fmt::arg("date", FormatDate(when.date)),
                     fmt::arg("time", FormatTime(when.time)));
}

std::string Locale::FormatMonth(int year, int month) const {
  if (!IsValidMonth(month)) {
    return fmt::format("{:04}-{:02}", year, month);
  }
  return fmt::format(fmt::runtime(month_pattern_),
                     fmt::arg("month", month_names_[month - 1]),
                     fmt::arg("year", year));
}

std::string Locale::FormatDecimal(loader::Decimal amount) const {
  const std::uint64_t magnitude = Magnitude(amount);

  std::string text = amount.hundredths < 0 ? "-" : "";
  text += GroupThousands(std::to_string(magnitude / 100), group_separator_);
  text += decimal_separator_;
  text += fmt::format("{:02}", magnitude % 100);
  return text;
}

std::string Locale::FormatMoney(loader::Decimal amount) const {
  const bool negative = amount.hundredths < 0;
  std::string digits = FormatDecimal(amount);
  if (negative) {
    digits.erase(0, 1);  // the pattern places the minus sign
  }
  return fmt::format(
      fmt::runtime(negative ? negative_money_pattern_ : money_pattern_),
      fmt::arg("amount", digits));
}

std::string Locale::FormatMinutes(int minutes) const {
  const char* sign = minutes < 0 ? "-" : "";
  const long long magnitude = std::llabs(minutes);
  return fmt::format("{}{}:{:02}", sign, magnitude / 60, magnitude % 60);
}

std::string Locale::FormatFileSize(std::uint64_t bytes) const {
  constexpr std::uint64_t kKilo = 1000;
  constexpr std::uint64_t kMega = 1000 * 1000;

  if (bytes < kKilo) {
    return fmt::format("{} bytes", bytes);
  }
  const std::uint64_t kilobytes = (bytes + kKilo / 2) / kKilo;
  if (kilobytes < kKilo) {
    return fmt::format("{} kB", kilobytes);
  }
  // One decimal, rounded to the nearest tenth of a megabyte.
  const std::uint64_t tenths = (bytes + kMega / 20) / (kMega / 10);
  return fmt::format("{}{}{} MB", tenths / 10, decimal_separator_, tenths % 10);
}

}  // namespace inzage::render
