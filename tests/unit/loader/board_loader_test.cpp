#include "loader/board_loader.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

TEST(BoardLoader, SortsByOrderThenTitle) {
  TempExport tree;
  tree.Write("board/index.md", "---\ntitle: Welkom\norder: 9\n---\n");
  tree.Write("board/b.md", "---\ntitle: Beta\n---\n");
  tree.Write("board/a.md", "---\ntitle: Alfa\n---\n");
  tree.Write("board/z.md", "---\ntitle: Zeta\norder: -1\n---\n");
  Diagnostics diagnostics;

  std::vector<BoardPage> pages =
      LoadBoard(ExportTree(tree.root(), "content"), diagnostics);

  EXPECT_EQ(Messages(diagnostics), "");
  ASSERT_EQ(pages.size(), 4u);
  EXPECT_EQ(pages[0].slug, "index");
  EXPECT_EQ(pages[1].slug, "z");
  EXPECT_EQ(pages[2].slug, "a");
  EXPECT_EQ(pages[3].slug, "b");
}

TEST(BoardLoader, LeavesOutPageWithoutTitle) {
  TempExport tree;
  tree.Write("board/index.md", "---\ntitle: Welkom\n---\n");
  tree.Write("board/leeg.md", "---\norder: 1\n---\nTekst\n");
  Diagnostics diagnostics;

  std::vector<BoardPage> pages =
      LoadBoard(ExportTree(tree.root(), "content"), diagnostics);

  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: content/board/leeg.md:2:1: missing required key "
            "'title'\n");
}

TEST(BoardLoader, ReportsFrontMatterErrorsOnFileLines) {
  TempExport tree;
  tree.Write("board/index.md", "---\ntitle: Welkom\norder: eerste\n---\n");
  Diagnostics diagnostics;

  LoadBoard(ExportTree(tree.root(), "content"), diagnostics);

  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: content/board/index.md:3:8: invalid value "
            "'eerste' for 'order', expected a whole number from -2147483648 "
            "to 2147483647\n");
}

TEST(BoardLoader, WarnsAboutOtherFiles) {
  TempExport tree;
  tree.Write("board/index.md", "---\ntitle: Welkom\n---\n");
  tree.Write("board/logo.png", "");
  Diagnostics diagnostics;

  LoadBoard(ExportTree(tree.root(), "content"), diagnostics);

  EXPECT_EQ(Messages(diagnostics),
            "inzage: warning: content/board/logo.png: ignored file, expected "
            "only <slug>.md pages here\n");
}

TEST(BoardLoader, WarnsAboutRawHtmlBlock) {
  TempExport tree;
  tree.Write("board/index.md",
             "---\ntitle: Welkom\n---\n# Welkom\n\n  <div class=\"kader\">\n"
             "Tekst\n</div>\n");
  Diagnostics diagnostics;

  std::vector<BoardPage> pages =
      LoadBoard(ExportTree(tree.root(), "content"), diagnostics);

  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(Messages(diagnostics),
            "inzage: warning: content/board/index.md:6:3: raw HTML '<div "
            "class=\"kader\">' is not shown on the site\n");
}

TEST(BoardLoader, LeavesOutPageLinkedOutOfExport) {
  TempExport outside;
  outside.Write("page.md", "---\ntitle: Extra\n---\n");
  TempExport tree;
  tree.Write("board/index.md", "---\ntitle: Welkom\n---\n");
  tree.Link("board/extra.md", outside.root() / "page.md");
  Diagnostics diagnostics;

  std::vector<BoardPage> pages =
      LoadBoard(ExportTree(tree.root(), "content"), diagnostics);

  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: content/board/extra.md: symbolic link to '" +
                (outside.root() / "page.md").string() +
                "', links out of the export are not allowed\n");
}

}  // namespace
}  // namespace inzage::loader
