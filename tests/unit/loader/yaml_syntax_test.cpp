#include "loader/yaml_syntax.h"

#include <gtest/gtest.h>

namespace inzage::loader {
namespace {

TEST(LoaderYamlSyntax, FindsTabInIndentation) {
  EXPECT_EQ(FindTabInIndentation("\tname: x\n"), 0u);
  EXPECT_EQ(FindTabInIndentation("a:\n  \tb: 1\n"), 5u);
  EXPECT_EQ(FindTabInIndentation("a: 1\n\t\nb: 2\n"), 5u);
  EXPECT_EQ(FindTabInIndentation("a: 1\r\n\t# note\r\n"), 6u);
}

TEST(LoaderYamlSyntax, IgnoresTabsOutsideIndentation) {
  EXPECT_FALSE(FindTabInIndentation("name:\tAnna\n"));
  EXPECT_FALSE(FindTabInIndentation("-\tAnna\n"));
  EXPECT_FALSE(FindTabInIndentation("notes: a\tb\n"));
}

TEST(LoaderYamlSyntax, IgnoresTabsInBlockScalars) {
  EXPECT_FALSE(FindTabInIndentation("notes: |\n  a\n\n  \tb\nname: x\n"));
  EXPECT_FALSE(FindTabInIndentation("- >-\n  \ta\n"));
  EXPECT_FALSE(
      FindTabInIndentation("- title: x\n  description: |2 # note\n    \ta\n"));
  EXPECT_FALSE(FindTabInIndentation("--- |\n\ta\n"));
}

TEST(LoaderYamlSyntax, ChecksLinesAfterBlockScalar) {
  EXPECT_EQ(FindTabInIndentation("notes: |\n  a\n\tname: x\n"), 13u);
  EXPECT_EQ(FindTabInIndentation("- notes: |\n    a\n  \tname: x\n"), 19u);
}

TEST(LoaderYamlSyntax, TreatsPipeInValueAsText) {
  // "a |" is a plain value, so the tab below is indentation.
  EXPECT_EQ(FindTabInIndentation("notes: a |\n\tb\n"), 11u);
  EXPECT_EQ(FindTabInIndentation("notes: a|\n  \tb\n"), 12u);
}

TEST(LoaderYamlSyntax, KeepsUnknownMessages) {
  EXPECT_EQ(DescribeYamlError("repeated YAML directive", '%'),
            "invalid YAML: repeated YAML directive");
  EXPECT_EQ(DescribeYamlError("unknown token", '\0'),
            "invalid YAML: unexpected character, put the value in quotes");
}

}  // namespace
}  // namespace inzage::loader
