#include "render/locale.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "render_test_support.h"

namespace inzage::render {
namespace {

using testing_support::DefaultThemeDir;
using testing_support::TempDir;
using testing_support::WriteFile;

std::optional<Locale> LoadDefaultLocale(const std::string& language) {
  Diagnostics diagnostics;
  std::optional<Locale> locale = Locale::Load(
      DefaultThemeDir() / "locales" / (language + ".json"), diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.All()) {
    ADD_FAILURE() << FormatDiagnostic(diagnostic);
  }
  return locale;
}

// A complete locale file whose `replaced` text is swapped for `with`.
std::string MinimalLocaleJson(const std::string& replaced = "",
                              const std::string& with = "") {
  std::string json = R"({
  "tab": {"general": "Algemeen"},
  "date": {
    "months": ["jan", "feb", "mrt", "apr", "mei", "jun",
               "jul", "aug", "sep", "okt", "nov", "dec"],
    "format": "{day} {month} {year}",
    "month_format": "{month} {year}",
    "date_time_format": "{date}, {time}"
  },
  "number": {"decimal_separator": ",", "group_separator": "."},
  "money": {"format": "€ {amount}", "negative_format": "€ -{amount}"}
}
)";
  if (!replaced.empty()) {
    json.replace(json.find(replaced), replaced.size(), with);
  }
  return json;
}

TEST(LocaleTest, DutchDates) {
  std::optional<Locale> locale = LoadDefaultLocale("nl");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->FormatDate({1941, 3, 2}), "2 maart 1941");
  EXPECT_EQ(locale->FormatDate({2026, 12, 31}), "31 december 2026");
  EXPECT_EQ(locale->FormatDateTime({{1941, 3, 2}, {8, 5}}),
            "2 maart 1941, 08:05");
  EXPECT_EQ(locale->FormatMonth(2026, 11), "november 2026");
  EXPECT_EQ(locale->FormatTime({23, 0}), "23:00");
}

TEST(LocaleTest, EnglishDates) {
  std::optional<Locale> locale = LoadDefaultLocale("en");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->FormatDate({1941, 3, 2}), "2 March 1941");
  EXPECT_EQ(locale->FormatDateTime({{1941, 3, 2}, {8, 5}}),
            "2 March 1941, 08:05");
  EXPECT_EQ(locale->FormatMonth(2026, 11), "November 2026");
}

TEST(LocaleTest, InvalidMonthFallsBackToIso) {
  std::optional<Locale> locale = LoadDefaultLocale("nl");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->FormatDate({2026, 13, 1}), "2026-13-01");
  EXPECT_EQ(locale->FormatMonth(2026, 0), "2026-00");
}

TEST(LocaleTest, DutchMoney) {
  std::optional<Locale> locale = LoadDefaultLocale("nl");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->FormatMoney({123450}), "€ 1.234,50");
  EXPECT_EQ(locale->FormatMoney({-123450}), "€ -1.234,50");
  EXPECT_EQ(locale->FormatMoney({0}), "€ 0,00");
  EXPECT_EQ(locale->FormatMoney({5}), "€ 0,05");
  EXPECT_EQ(locale->FormatMoney({123456789}), "€ 1.234.567,89");
  EXPECT_EQ(locale->FormatDecimal({150}), "1,50");
  EXPECT_EQ(locale->FormatDecimal({-100000}), "-1.000,00");
}

TEST(LocaleTest, EnglishMoney) {
  std::optional<Locale> locale = LoadDefaultLocale("en");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->FormatMoney({123450}), "€1,234.50");
  EXPECT_EQ(locale->FormatMoney({-123450}), "-€1,234.50");
  EXPECT_EQ(locale->FormatMoney({99}), "€0.99");
  EXPECT_EQ(locale->FormatDecimal({150}), "1.50");
}

TEST(LocaleTest, MostNegativeAmountFormats) {
  std::optional<Locale> locale = LoadDefaultLocale("en");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->FormatDecimal({INT64_MIN}), "-92,233,720,368,547,758.08");
}

TEST(LocaleTest, MinutesAsHoursAndMinutes) {
  std::optional<Locale> locale = LoadDefaultLocale("nl");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->FormatMinutes(165), "2:45");
  EXPECT_EQ(locale->FormatMinutes(5), "0:05");
  EXPECT_EQ(locale->FormatMinutes(0), "0:00");
  EXPECT_EQ(locale->FormatMinutes(600), "10:00");
  EXPECT_EQ(locale->FormatMinutes(-30), "-0:30");
}

TEST(LocaleTest, FileSizes) {
  std::optional<Locale> nl = LoadDefaultLocale("nl");
  std::optional<Locale> en = LoadDefaultLocale("en");
  ASSERT_TRUE(nl);
  ASSERT_TRUE(en);

  EXPECT_EQ(nl->FormatFileSize(0), "0 bytes");
  EXPECT_EQ(nl->FormatFileSize(999), "999 bytes");
  EXPECT_EQ(nl->FormatFileSize(48213), "48 kB");
  EXPECT_EQ(nl->FormatFileSize(999499), "999 kB");
  EXPECT_EQ(nl->FormatFileSize(999500), "1,0 MB");
  EXPECT_EQ(nl->FormatFileSize(1234567), "1,2 MB");
  EXPECT_EQ(en->FormatFileSize(1250000), "1.3 MB");
}

TEST(LocaleTest, TextByDottedKey) {
  std::optional<Locale> locale = LoadDefaultLocale("nl");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->Text("tab.general"), "Algemeen");
  EXPECT_EQ(locale->Text("tab.invoices"), "Facturen");
  EXPECT_EQ(locale->Text("date.months.2"), "maart");
  EXPECT_TRUE(locale->MissingKeys().empty());
}

TEST(LocaleTest, MissingTextReturnsKeyAndIsRecorded) {
  std::optional<Locale> locale = LoadDefaultLocale("nl");
  ASSERT_TRUE(locale);

  EXPECT_EQ(locale->Text("tab.unknown"), "tab.unknown");
  EXPECT_EQ(locale->Text("tab.unknown"), "tab.unknown");

  EXPECT_EQ(locale->MissingKeys(), std::vector<std::string>{"tab.unknown"});
}

TEST(LocaleTest, DutchAndEnglishHaveSameKeys) {
  std::optional<Locale> nl = LoadDefaultLocale("nl");
  std::optional<Locale> en = LoadDefaultLocale("en");
  ASSERT_TRUE(nl);
  ASSERT_TRUE(en);

  for (const auto& [key, value] : nl->strings()) {
    EXPECT_TRUE(en->strings().contains(key)) << "en.json lacks " << key;
  }
  for (const auto& [key, value] : en->strings()) {
    EXPECT_TRUE(nl->strings().contains(key)) << "nl.json lacks " << key;
  }
}

TEST(LocaleTest, MinimalFileLoads) {
  TempDir folder;
  WriteFile(folder.path() / "nl.json", MinimalLocaleJson());
  Diagnostics diagnostics;

  std::optional<Locale> locale =
      Locale::Load(folder.path() / "nl.json", diagnostics);

  ASSERT_TRUE(locale);
  EXPECT_FALSE(diagnostics.HasErrors());
  EXPECT_EQ(locale->FormatDate({2026, 10, 4}), "4 okt 2026");
}

TEST(LocaleTest, MissingFileIsError) {
  TempDir folder;
  Diagnostics diagnostics;

  EXPECT_FALSE(Locale::Load(folder.path() / "fr.json", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].file, (folder.path() / "fr.json").string());
  EXPECT_EQ(diagnostics.All()[0].message,
            "locale file not found or not readable");
}

TEST(LocaleTest, InvalidJsonIsErrorWithLine) {
  TempDir folder;
  WriteFile(folder.path() / "nl.json", "{\n  \"tab\": {\"general\": \"A\",\n");
  Diagnostics diagnostics;

  EXPECT_FALSE(Locale::Load(folder.path() / "nl.json", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_GT(diagnostics.All()[0].line, 0);
  EXPECT_EQ(diagnostics.All()[0].message.rfind("invalid JSON: ", 0), 0u)
      << diagnostics.All()[0].message;
}

TEST(LocaleTest, TopLevelArrayIsError) {
  TempDir folder;
  WriteFile(folder.path() / "nl.json", "[\"Algemeen\"]\n");
  Diagnostics diagnostics;

  EXPECT_FALSE(Locale::Load(folder.path() / "nl.json", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message,
            "invalid locale file: expected a JSON object");
}

TEST(LocaleTest, MissingMonthIsError) {
  TempDir folder;
  WriteFile(folder.path() / "nl.json",
            MinimalLocaleJson(", \"nov\", \"dec\"", ", \"nov\""));
  Diagnostics diagnostics;

  EXPECT_FALSE(Locale::Load(folder.path() / "nl.json", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message, "missing string 'date.months.11'");
}

TEST(LocaleTest, MissingSeparatorIsError) {
  TempDir folder;
  WriteFile(folder.path() / "nl.json",
            MinimalLocaleJson("\"group_separator\": \".\"", "\"x\": \"\""));
  Diagnostics diagnostics;

  EXPECT_FALSE(Locale::Load(folder.path() / "nl.json", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message,
            "missing string 'number.group_separator'");
}

TEST(LocaleTest, UnknownPlaceholderIsError) {
  TempDir folder;
  WriteFile(folder.path() / "nl.json",
            MinimalLocaleJson("{day} {month} {year}", "{dag} {month} {year}"));
  Diagnostics diagnostics;

  EXPECT_FALSE(Locale::Load(folder.path() / "nl.json", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message.rfind(
                "invalid pattern '{dag} {month} {year}' in 'date.format': ", 0),
            0u)
      << diagnostics.All()[0].message;
}

TEST(LocaleTest, CopiesShareMissingKeys) {
  std::optional<Locale> locale = LoadDefaultLocale("nl");
  ASSERT_TRUE(locale);
  const Locale copy = *locale;

  copy.Text("nowhere");

  EXPECT_EQ(locale->MissingKeys(), std::vector<std::string>{"nowhere"});
}

}  // namespace
}  // namespace inzage::render
