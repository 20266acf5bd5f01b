#include "render/markdown_renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace inzage::render {
namespace {

const std::filesystem::path kFixtureDir =
    std::filesystem::path(INZAGE_TEST_DATA) / "render" / "markdown";

std::string ReadFile(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

// Each fixture is <name>.md with the expected output in <name>.html.
std::vector<std::string> FixtureNames() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kFixtureDir)) {
    if (entry.path().extension() == ".md") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class MarkdownFixtureTest : public testing::TestWithParam<std::string> {};

TEST_P(MarkdownFixtureTest, RendersExpectedHtml) {
  const std::filesystem::path input = kFixtureDir / (GetParam() + ".md");
  const std::filesystem::path expected = kFixtureDir / (GetParam() + ".html");
  ASSERT_TRUE(std::filesystem::exists(expected)) << expected;

  EXPECT_EQ(RenderMarkdown(ReadFile(input)), ReadFile(expected)) << input;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, MarkdownFixtureTest,
                         testing::ValuesIn(FixtureNames()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(MarkdownRendererTest, FixturesExist) {
  EXPECT_GE(FixtureNames().size(), 10u);
}

TEST(MarkdownRendererTest, EmptyInputGivesEmptyOutput) {
  EXPECT_EQ(RenderMarkdown(""), "");
}

TEST(MarkdownRendererTest, HeadingsMoveDownToTopLevel) {
  const std::string html = RenderMarkdown("# Een\n\n## Twee\n", 3);

  EXPECT_NE(html.find("<h3>Een</h3>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h4>Twee</h4>"), std::string::npos) << html;
}

TEST(MarkdownRendererTest, HeadingsBelowTopLevelStay) {
  const std::string html = RenderMarkdown("### Drie\n\n#### Vier\n", 3);

  EXPECT_NE(html.find("<h3>Drie</h3>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h4>Vier</h4>"), std::string::npos) << html;
}

TEST(MarkdownRendererTest, HeadingsStopAtLevelSix) {
  const std::string html = RenderMarkdown("# Een\n\n##### Vijf\n", 4);

  EXPECT_NE(html.find("<h4>Een</h4>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h6>Vijf</h6>"), std::string::npos) << html;
}

TEST(MarkdownRendererTest, ExternalLinkInTableCellGetsRel) {
  const std::string html =
      RenderMarkdown("| a |\n|---|\n| [x](https://example.com) |\n");

  EXPECT_NE(html.find("<td><a href=\"https://example.com\" "
                      "rel=\"noopener noreferrer\">x</a></td>"),
            std::string::npos)
      << html;
}

TEST(MarkdownRendererTest, ScriptNeverReachesOutput) {
  const std::string markdown =
      "<script>alert(1)</script>\n\n"
      "a <script>alert(2)</script> <img src=x onerror=alert(3)>\n\n"
      "[x](javascript:alert(4)) <a href=\"javascript:alert(5)\">y</a>\n";

  const std::string html = RenderMarkdown(markdown);

  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
  EXPECT_EQ(html.find("onerror"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
}

TEST(MarkdownRendererTest, ConcurrentCallsGiveSameOutput) {
  const std::string markdown = "| a | b |\n|---|---|\n| ~~1~~ | www.x.nl |\n";
  const std::string expected = RenderMarkdown(markdown);

  std::vector<int> mismatches(8, 0);
  std::vector<std::thread> threads;
  for (int& count : mismatches) {
    threads.emplace_back([&count, &markdown, &expected] {
      for (int i = 0; i < 200; ++i) {
        if (RenderMarkdown(markdown) != expected) {
          ++count;
        }
      }
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }

  ASSERT_NE(expected.find("<del>1</del>"), std::string::npos) << expected;
  for (int count : mismatches) {
    EXPECT_EQ(count, 0);
  }
}

}  // namespace
}  // namespace inzage::render
