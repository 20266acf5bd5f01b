#include "loader/value_parsers.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace inzage::loader {
namespace {

std::int64_t Hundredths(std::string_view text) {
  std::optional<Decimal> value = ParseDecimal(text);
  EXPECT_TRUE(value.has_value()) << "for '" << text << "'";
  return value ? value->hundredths : -999999;
}

TEST(DecimalParsing, AcceptsWholeNumbers) {
  EXPECT_EQ(Hundredths("12"), 1200);
  EXPECT_EQ(Hundredths("0"), 0);
  EXPECT_EQ(Hundredths("007"), 700);
}

TEST(DecimalParsing, AcceptsOneOrTwoDecimals) {
  EXPECT_EQ(Hundredths("12.5"), 1250);
  EXPECT_EQ(Hundredths("12.50"), 1250);
  EXPECT_EQ(Hundredths("0.01"), 1);
  EXPECT_EQ(Hundredths("0.1"), 10);
}

TEST(DecimalParsing, AcceptsSigns) {
  EXPECT_EQ(Hundredths("-3.00"), -300);
  EXPECT_EQ(Hundredths("-0.05"), -5);
  EXPECT_EQ(Hundredths("+4.2"), 420);
  EXPECT_EQ(Hundredths("-0"), 0);
}

TEST(DecimalParsing, IsExactWhereFloatingPointIsNot) {
  // 0.29 * 100 is 28.999999999999996 in binary floating point.
  EXPECT_EQ(Hundredths("0.29"), 29);
  EXPECT_EQ(Hundredths("1234567890123.45"), 123456789012345);
}

TEST(DecimalParsing, RejectsMoreThanTwoDecimals) {
  EXPECT_FALSE(ParseDecimal("12.345"));
  EXPECT_FALSE(ParseDecimal("12.500"));
  EXPECT_FALSE(ParseDecimal("0.001"));
}

TEST(DecimalParsing, RejectsMalformedNumbers) {
  for (std::string_view text :
       {"", "-", "+", ".5", "5.", "1,50", "1.2.3", "1e3", " 1", "1 ", "--1",
        "+-1", "12a", "€12", "0x10", "1_000", ".inf", "NaN"}) {
    EXPECT_FALSE(ParseDecimal(text)) << "for '" << text << "'";
  }
}

TEST(DecimalParsing, RejectsOverflow) {
  EXPECT_FALSE(ParseDecimal("92233720368547758.07"));
  EXPECT_FALSE(ParseDecimal("99999999999999999999"));
}

TEST(LoaderDate, AcceptsRealDays) {
  std::optional<Date> date = ParseDate("1941-02-28");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->year, 1941);
  EXPECT_EQ(date->month, 2);
  EXPECT_EQ(date->day, 28);
  EXPECT_TRUE(ParseDate("2024-02-29"));
  EXPECT_TRUE(ParseDate("2000-02-29"));
  EXPECT_TRUE(ParseDate("2026-12-31"));
}

TEST(LoaderDate, RejectsDaysNotInCalendar) {
  for (std::string_view text :
       {"1941-02-30", "1900-02-29", "2023-02-29", "2026-04-31", "2026-13-01",
        "2026-00-10", "2026-01-00", "0000-01-01"}) {
    EXPECT_FALSE(ParseDate(text)) << "for '" << text << "'";
  }
}

TEST(LoaderDate, RejectsOtherLayouts) {
  for (std::string_view text :
       {"2026-1-02", "02-01-2026", "2026/01/02", "20260102", "2026-01-02T08:00",
        "", "2026-01-0x", "+026-01-02"}) {
    EXPECT_FALSE(ParseDate(text)) << "for '" << text << "'";
  }
}

TEST(LoaderDate, ParsesTimeOfDay) {
  std::optional<TimeOfDay> time = ParseTimeOfDay("08:05");
  ASSERT_TRUE(time);
  EXPECT_EQ(time->Minutes(), 8 * 60 + 5);
  EXPECT_TRUE(ParseTimeOfDay("23:59"));
  EXPECT_FALSE(ParseTimeOfDay("24:00"));
  EXPECT_FALSE(ParseTimeOfDay("12:60"));
  EXPECT_FALSE(ParseTimeOfDay("8:05"));
  EXPECT_FALSE(ParseTimeOfDay("08:05:00"));
}

TEST(LoaderDate, ParsesDateTimeWithAndWithoutSeconds) {
  std::optional<DateTime> minutes = ParseDateTime("2026-11-30T08:05");
  ASSERT_TRUE(minutes);
  EXPECT_EQ(minutes->Iso(), "2026-11-30T08:05");
  std::optional<DateTime> seconds = ParseDateTime("2026-11-30T08:05:09");
  ASSERT_TRUE(seconds);
  EXPECT_EQ(seconds->second, 9);
  EXPECT_LT(*minutes, *seconds);
}

TEST(LoaderDate, RejectsMalformedDateTime) {
  for (std::string_view text :
       {"2026-11-30", "2026-11-30 08:05", "2026-11-30T08:05Z",
        "2026-11-30T08:05:60", "2026-02-30T08:05", "2026-11-30T8:05",
        "2026-11-30T08:05:5", "2026-11-30T08:05+01:00"}) {
    EXPECT_FALSE(ParseDateTime(text)) << "for '" << text << "'";
  }
}

TEST(LoaderDate, ChecksYearMonth) {
  EXPECT_TRUE(IsYearMonth("2026-11"));
  EXPECT_FALSE(IsYearMonth("2026-13"));
  EXPECT_FALSE(IsYearMonth("2026-1"));
  EXPECT_FALSE(IsYearMonth("2026-11-01"));
}

TEST(LoaderBool, AcceptsYamlSpellings) {
  for (std::string_view text : {"true", "True", "TRUE", "yes", "Yes", "YES",
                                "on", "On", "ON", "y", "Y"}) {
    EXPECT_EQ(ParseBool(text), true) << "for '" << text << "'";
  }
  for (std::string_view text : {"false", "False", "FALSE", "no", "No", "NO",
                                "off", "Off", "OFF", "n", "N"}) {
    EXPECT_EQ(ParseBool(text), false) << "for '" << text << "'";
  }
}

TEST(LoaderBool, RejectsOtherWords) {
  for (std::string_view text : {"", "tRUE", "yEs", "TRue", "1", "0", "ja",
                                "nee", "maybe", "true ", "t"}) {
    EXPECT_FALSE(ParseBool(text)) << "for '" << text << "'";
  }
}

TEST(LoaderInteger, ParsesSignedWholeNumbers) {
  EXPECT_EQ(ParseInteger("45"), 45);
  EXPECT_EQ(ParseInteger("-3"), -3);
  EXPECT_EQ(ParseInteger("+7"), 7);
  EXPECT_FALSE(ParseInteger("4.5"));
  EXPECT_FALSE(ParseInteger("+-7"));
  EXPECT_FALSE(ParseInteger("0x10"));
  EXPECT_FALSE(ParseInteger("99999999999999999999"));
}

}  // namespace
}  // namespace inzage::loader
