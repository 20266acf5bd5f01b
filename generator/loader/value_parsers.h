#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "loader/model.h"

// Parsers for the scalar formats of the export. Each accepts exactly the
// written form that docs/export.md gives and returns nullopt for anything
// else, so that the caller can report the value with its position.
namespace inzage::loader {

// Parses "YYYY-MM-DD" and checks that the day exists in the Gregorian
// calendar (years 0001 to 9999).
std::optional<Date> ParseDate(std::string_view text);

// Parses "HH:MM" on a 24-hour clock.
std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text);

// Parses "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS", a local time without
// a time zone.
std::optional<DateTime> ParseDateTime(std::string_view text);

// Checks that `text` is a month as "YYYY-MM", such as an invoice period.
bool IsYearMonth(std::string_view text);

// Parses an amount with at most two decimals ("12", "12.5", "-3.00") into
// hundredths without floating point. A sign, a decimal point and no
// thousands separators are allowed.
std::optional<Decimal> ParseDecimal(std::string_view text);

// Parses true/false and the other YAML 1.1 spellings that yaml-cpp accepts:
// yes/no, on/off and y/n, each in lower case, with a capital first letter
// or in upper case ("True", "NO").
std::optional<bool> ParseBool(std::string_view text);

// Parses a whole number in decimal notation with an optional sign.
std::optional<std::int64_t> ParseInteger(std::string_view text);

}  // namespace inzage::loader
