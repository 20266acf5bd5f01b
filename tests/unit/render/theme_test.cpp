#include "render/theme.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "render_test_support.h"

namespace inzage::render {
namespace {

using testing_support::DefaultThemeDir;
using testing_support::LoadDefaultTheme;
using testing_support::ReadFile;
using testing_support::TempDir;
using testing_support::WriteFile;

// Copies themes/default into `folder`, so that a test can break one file.
void CopyDefaultTheme(const std::filesystem::path& folder) {
  std::filesystem::copy(DefaultThemeDir() / "templates", folder / "templates",
                        std::filesystem::copy_options::recursive);
  std::filesystem::copy(DefaultThemeDir() / "locales", folder / "locales",
                        std::filesystem::copy_options::recursive);
}

// Returns every key of a {{t.<key>}} tag in the default theme's templates.
std::set<std::string> StringKeysInTemplates() {
  static const std::regex kStringTag(R"(\{\{\s*t\.([A-Za-z0-9_.]+)\s*\}\})");
  std::set<std::string> keys;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           DefaultThemeDir() / "templates")) {
    if (entry.path().extension() != ".mustache") {
      continue;
    }
    const std::string text = ReadFile(entry.path());
    for (auto match =
             std::sregex_iterator(text.begin(), text.end(), kStringTag);
         match != std::sregex_iterator(); ++match) {
      keys.insert((*match)[1].str());
    }
  }
  return keys;
}

TEST(ThemeTest, DefaultThemeLoadsInDutchAndEnglish) {
  std::optional<Theme> dutch = LoadDefaultTheme("nl");
  std::optional<Theme> english = LoadDefaultTheme("en");

  ASSERT_TRUE(dutch);
  ASSERT_TRUE(english);
  EXPECT_EQ(dutch->locale().Text("tab.general"), "Algemeen");
  EXPECT_EQ(english->locale().Text("tab.general"), "General");
}

TEST(ThemeTest, TemplateStringsExistInEveryLocale) {
  const std::set<std::string> keys = StringKeysInTemplates();
  ASSERT_FALSE(keys.empty());

  for (const std::string language : {"nl", "en"}) {
    std::optional<Theme> theme = LoadDefaultTheme(language);
    ASSERT_TRUE(theme);
    for (const std::string& key : keys) {
      EXPECT_TRUE(theme->locale().strings().contains(key))
          << language << ".json lacks " << key;
    }
  }
}

TEST(ThemeTest, RenderSeesDataAndStrings) {
  std::optional<Theme> theme = LoadDefaultTheme("nl");
  ASSERT_TRUE(theme);
  kainjow::mustache::data data;
  data.set("title", "Welkom <b>");
  data.set("body_html", "<p>Tekst</p>");

  const std::string html = theme->Render("board_page", data);

  EXPECT_NE(html.find("<h2>Welkom &lt;b&gt;</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<p>Tekst</p>"), std::string::npos) << html;
}

TEST(ThemeTest, RenderUnknownTemplateIsEmpty) {
  std::optional<Theme> theme = LoadDefaultTheme("nl");
  ASSERT_TRUE(theme);

  EXPECT_EQ(theme->Render("no_such_template", {}), "");
}

TEST(ThemeTest, BrokenTemplateIsErrorWithPosition) {
  TempDir folder;
  CopyDefaultTheme(folder.path());
  WriteFile(folder.path() / "templates" / "contacts.mustache",
            "<section>\n<h2>{{t.tab.contacts}}</h2>\n{{#contacts}}\n"
            "<p>{{name}}</p>\n</section>\n");
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(folder.path(), "nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  const Diagnostic& error = diagnostics.All()[0];
  EXPECT_EQ(error.file,
            (folder.path() / "templates" / "contacts.mustache").string());
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(error.column, 1);
  EXPECT_EQ(error.message, "invalid template: unclosed section \"contacts\"");
}

TEST(ThemeTest, UnclosedTagIsError) {
  TempDir folder;
  CopyDefaultTheme(folder.path());
  WriteFile(folder.path() / "templates" / "partials" / "back_link.mustache",
            "<p>{{back.href</p>\n");
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(folder.path(), "nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message, "invalid template: unclosed tag");
  EXPECT_EQ(diagnostics.All()[0].line, 1);
  EXPECT_EQ(diagnostics.All()[0].column, 4);
}

TEST(ThemeTest, MissingTemplateIsError) {
  TempDir folder;
  CopyDefaultTheme(folder.path());
  std::filesystem::remove(folder.path() / "templates" / "invoice.mustache");
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(folder.path(), "nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message,
            "missing template 'invoice.mustache'");
}

TEST(ThemeTest, UnknownPartialIsError) {
  TempDir folder;
  CopyDefaultTheme(folder.path());
  WriteFile(folder.path() / "templates" / "board_page.mustache",
            "<article>{{> footer}}</article>\n");
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(folder.path(), "nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message,
            "unknown partial 'footer': expected "
            "templates/partials/footer.mustache");
}

TEST(ThemeTest, SelfIncludingPartialIsError) {
  TempDir folder;
  CopyDefaultTheme(folder.path());
  WriteFile(folder.path() / "templates" / "partials" / "loop.mustache",
            "<p>{{> back_link}}{{> loop}}</p>\n");
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(folder.path(), "nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message,
            "partial 'loop' includes itself through its partial tags");
}

TEST(ThemeTest, PartialNamedTIsError) {
  TempDir folder;
  CopyDefaultTheme(folder.path());
  WriteFile(folder.path() / "templates" / "partials" / "t.mustache", "<p>\n");
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(folder.path(), "nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message,
            "invalid partial name 't': the name is reserved for the locale "
            "strings, so rename the file");
}

TEST(ThemeTest, MissingLocaleIsError) {
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(DefaultThemeDir(), "fr", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].file,
            (DefaultThemeDir() / "locales" / "fr.json").string());
}

TEST(ThemeTest, LanguageWithPathIsRejected) {
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(DefaultThemeDir(), "../nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message,
            "invalid language '../nl': expected a code such as 'nl' or 'en'");
}

TEST(ThemeTest, MissingFolderIsError) {
  TempDir folder;
  Diagnostics diagnostics;

  EXPECT_FALSE(Theme::Load(folder.path() / "none", "nl", diagnostics));

  ASSERT_EQ(diagnostics.ErrorCount(), 1);
  EXPECT_EQ(diagnostics.All()[0].message, "theme folder not found");
}

}  // namespace
}  // namespace inzage::render
