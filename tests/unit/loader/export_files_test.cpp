#include "loader/export_files.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

TEST(LoaderFiles, FindsMalformedUtf8Position) {
  EXPECT_FALSE(FindMalformedUtf8("Zoë Łucja Ömer\n"));
  EXPECT_EQ(FindMalformedUtf8("ab\nZoë \xE9t\n"), std::pair(2, 5));
  EXPECT_EQ(FindMalformedUtf8("\xC0\xAF"), std::pair(1, 1));  // overlong '/'
  EXPECT_EQ(FindMalformedUtf8("a\xED\xA0\x80"), std::pair(1, 2));  // surrogate
  EXPECT_EQ(FindMalformedUtf8("ab\xE2\x82"), std::pair(1, 3));     // cut short
}

TEST(LoaderFiles, ReadTextFileRejectsMalformedUtf8) {
  TempExport tree;
  tree.Write("x.yaml", "name: Zo\xEB\n");
  Diagnostics diagnostics;
  EXPECT_FALSE(ReadTextFile(tree.root() / "x.yaml", "x.yaml", diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: x.yaml:1:9: malformed UTF-8, expected the file to "
            "be UTF-8 text\n");
}

TEST(LoaderFiles, ReadTextFileStripsByteOrderMark) {
  TempExport tree;
  tree.Write("x.yaml", "\xEF\xBB\xBFname: x\n");
  Diagnostics diagnostics;
  EXPECT_EQ(ReadTextFile(tree.root() / "x.yaml", "x.yaml", diagnostics),
            "name: x\n");
}

TEST(LoaderFiles, ReadTextFileNamesOsReason) {
  TempExport tree;
  Diagnostics diagnostics;
  EXPECT_FALSE(
      ReadTextFile(tree.root() / "gone.yaml", "gone.yaml", diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: gone.yaml: failed to open file: no such file or "
            "directory\n");
}

TEST(LoaderFiles, ListFolderSortsAndSkipsHiddenNames) {
  TempExport tree;
  tree.Write("b.md", "");
  tree.Write("a/x", "");
  tree.Write(".DS_Store", "");
  Diagnostics diagnostics;
  auto entries = ListFolder(tree.root(), "root", diagnostics);
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].name, "a");
  EXPECT_TRUE((*entries)[0].is_folder);
  EXPECT_EQ((*entries)[1].name, "b.md");
  EXPECT_TRUE((*entries)[1].is_file);
}

TEST(LoaderFiles, ExportTreeJoinsDisplayNames) {
  EXPECT_EQ(ExportTree("/x", "content").Display("site.yaml"),
            "content/site.yaml");
  EXPECT_EQ(ExportTree("/x", "content/").Display("site.yaml"),
            "content/site.yaml");
  EXPECT_EQ(ExportTree("/x", "").Display("site.yaml"), "site.yaml");
  EXPECT_EQ(ExportTree("/x", "").Display(""), ".");
  EXPECT_EQ(ExportTree("/x", "/").Display("site.yaml"), "/site.yaml");
}

}  // namespace
}  // namespace inzage::loader
