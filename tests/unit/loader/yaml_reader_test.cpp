#include "loader/yaml_reader.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;

// Parses `text` as the file "x.yaml" and returns the diagnostics.
std::string ParseMessages(const std::string& text) {
  Diagnostics diagnostics;
  YamlSource source("x.yaml", diagnostics);
  ParseYaml(text, source);
  return Messages(diagnostics);
}

TEST(LoaderYamlReader, ReportsSyntaxErrorPosition) {
  EXPECT_EQ(ParseMessages("name: Anna\nbirth_date: 1941: 02\n"),
            "inzage: error: x.yaml:2:17: invalid YAML: unexpected ':', check "
            "the indentation, or put a value that contains ': ' in quotes\n");
}

TEST(LoaderYamlReader, ReportsSecondDocument) {
  EXPECT_EQ(ParseMessages("- name: Anna\nbirth_date: 1941-02-03\n"),
            "inzage: error: x.yaml:2:1: invalid YAML: a second document "
            "starts here, expected one document per file (check the "
            "indentation)\n");
}

// yaml-cpp 0.7's LoadAll never returns for this input.
TEST(LoaderYamlReader, RejectsLeadingCommaWithoutHanging) {
  Diagnostics diagnostics;
  YamlSource source("x.yaml", diagnostics);
  EXPECT_FALSE(ParseYaml(",- name: Metoprolol\n", source));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: x.yaml:1:1: invalid YAML: a second document "
            "starts here, expected one document per file (check the "
            "indentation)\n");
}

TEST(LoaderYamlReader, ShiftsLinesOfFrontMatter) {
  Diagnostics diagnostics;
  YamlSource source("r.md", diagnostics, 2);
  std::optional<YAML::Node> root = ParseYaml("date: x\nfoo: a: b\n", source);
  EXPECT_FALSE(root);
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: r.md:3:7: invalid YAML: unexpected ':', check the "
            "indentation, or put a value that contains ': ' in quotes\n");
}

TEST(LoaderYamlReader, ReadsEmptyTextAsNull) {
  Diagnostics diagnostics;
  YamlSource source("x.yaml", diagnostics);
  std::optional<YAML::Node> root = ParseYaml("", source);
  ASSERT_TRUE(root);
  EXPECT_TRUE(root->IsNull());
  EXPECT_EQ(Messages(diagnostics), "");
}

TEST(LoaderYamlReader, ReportsTabInIndentation) {
  EXPECT_EQ(ParseMessages("name: Anna\ngeneral:\n\tHuisarts: Mulder\n"),
            "inzage: error: x.yaml:3:1: invalid YAML: tab character in "
            "indentation, expected spaces\n");
  EXPECT_EQ(ParseMessages("- a\n  \t- b\n"),
            "inzage: error: x.yaml:2:3: invalid YAML: tab character in "
            "indentation, expected spaces\n");
}

TEST(LoaderYamlReader, ReportsTabInFrontMatterOnFileLine) {
  Diagnostics diagnostics;
  YamlSource source("r.md", diagnostics, 2);
  EXPECT_FALSE(ParseYaml("date: x\n \tauthor: Kees\n", source));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: r.md:3:2: invalid YAML: tab character in "
            "indentation, expected spaces\n");
}

TEST(LoaderYamlReader, KeepsTabInsideBlockScalar) {
  Diagnostics diagnostics;
  YamlSource source("x.yaml", diagnostics);
  std::optional<YAML::Node> root =
      ParseYaml("notes: |\n  Regel\n  \tingesprongen\nname: x\n", source);
  ASSERT_TRUE(root) << Messages(diagnostics);
  EXPECT_EQ((*root)["notes"].Scalar(), "Regel\n\tingesprongen\n");
}

TEST(LoaderYamlReader, ReportsDeepNesting) {
  EXPECT_EQ(ParseMessages(std::string(600, '[') + std::string(600, ']')),
            "inzage: error: x.yaml:1:1: invalid YAML: lists and mappings are "
            "nested too deeply (about 500 levels or more)\n");
}

TEST(LoaderYamlReader, DescribesCommonSyntaxErrors) {
  EXPECT_EQ(ParseMessages("tabs: [contacts, invoices\nlogin: x\n"),
            "inzage: error: x.yaml:2:6: invalid YAML: '[' is not closed, "
            "expected a ']'\n");
  EXPECT_EQ(ParseMessages("tabs: {contacts: true\n"),
            "inzage: error: x.yaml:2:1: invalid YAML: '{' is not closed, "
            "expected a '}'\n");
  EXPECT_EQ(ParseMessages("notes: \"C:\\map\"\n"),
            "inzage: error: x.yaml:1:13: invalid YAML: unknown escape '\\m' "
            "in double quotes, write '\\\\' for a backslash or use single "
            "quotes\n");
  EXPECT_EQ(ParseMessages("name: Zoë\nemail: @jan\n"),
            "inzage: error: x.yaml:2:8: invalid YAML: a value cannot start "
            "with '@', put the value in quotes\n");
  EXPECT_EQ(ParseMessages("name: *Anna\n"),
            "inzage: error: x.yaml:1:7: invalid YAML: unknown alias, put a "
            "value that starts with '*' in quotes\n");
  EXPECT_EQ(ParseMessages("name: Anna\n- Bert\n"),
            "inzage: error: x.yaml:2:1: invalid YAML: unexpected text in a "
            "mapping, check the indentation of this line\n");
}

}  // namespace
}  // namespace inzage::loader
