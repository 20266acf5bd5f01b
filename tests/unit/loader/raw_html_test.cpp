#include "loader/raw_html.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;

TEST(LoaderRawHtml, FindsInlineTagWithCharacterColumn) {
  std::optional<RawHtml> html = FindRawHtml("Eerst.\nZoë zegt <b>ja</b>.\n");

  ASSERT_TRUE(html);
  EXPECT_EQ(html->line, 2);
  EXPECT_EQ(html->column, 10);
  EXPECT_EQ(html->html, "<b>");
  EXPECT_EQ(html->count, 2);
}

TEST(LoaderRawHtml, FindsHtmlBlockAndComment) {
  std::optional<RawHtml> block = FindRawHtml("Tekst\n\n <table>\n<tr>\n");
  std::optional<RawHtml> comment = FindRawHtml("<!-- intern -->\n");

  ASSERT_TRUE(block);
  EXPECT_EQ(block->line, 3);
  EXPECT_EQ(block->column, 2);
  EXPECT_EQ(block->html, "<table>");
  ASSERT_TRUE(comment);
  EXPECT_EQ(comment->html, "<!-- intern -->");
}

TEST(LoaderRawHtml, IgnoresCodeEscapesAndAutolinks) {
  EXPECT_FALSE(FindRawHtml("`<b>` en\n\n```\n<script>\n```\n"));
  EXPECT_FALSE(FindRawHtml("Tekst\n\n    <div>\n"));
  EXPECT_FALSE(FindRawHtml("a \\<b> c\n"));
  EXPECT_FALSE(FindRawHtml("<https://x.example> en <jan@x.example>\n"));
  EXPECT_FALSE(FindRawHtml("3 < 4 en 5 > 4\n"));
}

TEST(LoaderRawHtml, WarnsOnFileLine) {
  Diagnostics diagnostics;
  WarnAboutRawHtml("Tekst\n<br>\n", "r.md", 5, diagnostics);

  EXPECT_EQ(Messages(diagnostics),
            "inzage: warning: r.md:6:1: raw HTML '<br>' is not shown on the "
            "site\n");
}

}  // namespace
}  // namespace inzage::loader
