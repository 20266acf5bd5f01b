#include "loader/front_matter.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;

TEST(LoaderFrontMatter, SplitsYamlAndBody) {
  Diagnostics diagnostics;
  std::optional<FrontMatter> split = SplitFrontMatter(
      "---\ntitle: Welkom\n---\n# Hallo\n\nTekst.\n", "p.md", diagnostics);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->yaml, "title: Welkom\n");
  EXPECT_EQ(split->yaml_line, 2);
  EXPECT_EQ(split->body, "# Hallo\n\nTekst.\n");
  EXPECT_EQ(Messages(diagnostics), "");
}

TEST(LoaderFrontMatter, AcceptsCarriageReturnsAndEmptyBody) {
  Diagnostics diagnostics;
  std::optional<FrontMatter> split =
      SplitFrontMatter("---\r\ntitle: x\r\n--- \r\n", "p.md", diagnostics);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->yaml, "title: x\r\n");
  EXPECT_EQ(split->body, "");
}

TEST(LoaderFrontMatter, KeepsLaterRulesInBody) {
  Diagnostics diagnostics;
  std::optional<FrontMatter> split = SplitFrontMatter(
      "---\na: 1\n---\nboven\n---\nonder", "p.md", diagnostics);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->body, "boven\n---\nonder");
}

TEST(LoaderFrontMatter, ReportsMissingOpeningLine) {
  Diagnostics diagnostics;
  EXPECT_FALSE(SplitFrontMatter("title: x\n---\n", "p.md", diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: p.md:1:1: expected front matter, a first line "
            "'---' followed by YAML and another line '---'\n");
}

TEST(LoaderFrontMatter, ReportsMissingClosingLine) {
  Diagnostics diagnostics;
  EXPECT_FALSE(SplitFrontMatter("---\ntitle: x\nbody", "p.md", diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: p.md:1:1: front matter is not closed, expected a "
            "line '---' after its YAML\n");
}

}  // namespace
}  // namespace inzage::loader
