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
            "inzage: error: x.yaml:2:17: invalid YAML: illegal map value\n");
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
            "inzage: error: r.md:3:7: invalid YAML: illegal map value\n");
}

TEST(LoaderYamlReader, ReadsEmptyTextAsNull) {
  Diagnostics diagnostics;
  YamlSource source("x.yaml", diagnostics);
  std::optional<YAML::Node> root = ParseYaml("", source);
  ASSERT_TRUE(root);
  EXPECT_TRUE(root->IsNull());
  EXPECT_EQ(Messages(diagnostics), "");
}

}  // namespace
}  // namespace inzage::loader
