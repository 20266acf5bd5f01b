#include "loader/export_files.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

TEST(LoaderFiles, ReadTextFileRejectsMalformedUtf8) {
  TempExport tree;
  tree.Write("x.yaml", "name: Zo\xEB\n");
  Diagnostics diagnostics;
  EXPECT_FALSE(ReadTextFile(ExportTree(tree.root(), ""), tree.root() / "x.yaml",
                            "x.yaml", diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: x.yaml:1:9: malformed UTF-8, expected the file to "
            "be UTF-8 text\n");
}

TEST(LoaderFiles, ReadTextFileRejectsNulCharacter) {
  TempExport tree;
  tree.Write("x.yaml",
             "name: Anna\nnotes: \"Zoë" + std::string(1, '\0') + "x\"\n");
  Diagnostics diagnostics;
  EXPECT_FALSE(ReadTextFile(ExportTree(tree.root(), ""), tree.root() / "x.yaml",
                            "x.yaml", diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: x.yaml:2:12: NUL character is not allowed\n");
}

TEST(LoaderFiles, ReadTextFileStripsByteOrderMark) {
  TempExport tree;
  tree.Write("x.yaml", "\xEF\xBB\xBFname: x\n");
  Diagnostics diagnostics;
  EXPECT_EQ(ReadTextFile(ExportTree(tree.root(), ""), tree.root() / "x.yaml",
                         "x.yaml", diagnostics),
            "name: x\n");
}

TEST(LoaderFiles, ReadTextFileNamesOsReason) {
  TempExport tree;
  Diagnostics diagnostics;
  EXPECT_FALSE(ReadTextFile(ExportTree(tree.root(), ""),
                            tree.root() / "gone.yaml", "gone.yaml",
                            diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: gone.yaml: failed to open file: no such file or "
            "directory\n");
}

TEST(LoaderFiles, ReadTextFileRejectsLinkOutOfExport) {
  TempExport outside;
  outside.Write("provider.yaml", "secret: x\n");
  TempExport tree;
  tree.Link("site.yaml", outside.root() / "provider.yaml");
  Diagnostics diagnostics;

  EXPECT_FALSE(ReadTextFile(ExportTree(tree.root(), "content"),
                            tree.root() / "site.yaml", "content/site.yaml",
                            diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: content/site.yaml: symbolic link to '" +
                (outside.root() / "provider.yaml").string() +
                "', links out of the export are not allowed\n");
}

TEST(LoaderFiles, ReadTextFileFollowsLinkInsideExport) {
  TempExport tree;
  tree.Write("shared/site.yaml", "provider: x\n");
  tree.Link("site.yaml", "shared/site.yaml");
  Diagnostics diagnostics;

  EXPECT_EQ(
      ReadTextFile(ExportTree(tree.root(), "content"),
                   tree.root() / "site.yaml", "content/site.yaml", diagnostics),
      "provider: x\n");
  EXPECT_EQ(Messages(diagnostics), "");
}

TEST(LoaderFiles, FindLinkOutNamesLinkedFolder) {
  TempExport outside;
  TempExport tree;
  tree.Link("clients/c-1/dossier", outside.root());
  ExportTree export_tree(tree.root(), "content");

  std::optional<LinkOut> link = export_tree.FindLinkOut(
      export_tree.Path("clients/c-1/dossier/x/item.yaml"));

  ASSERT_TRUE(link);
  EXPECT_EQ(link->display, "content/clients/c-1/dossier");
  EXPECT_EQ(link->target, outside.root().string());
  EXPECT_FALSE(link->error);
}

TEST(LoaderFiles, FindLinkOutReportsDanglingLink) {
  TempExport tree;
  tree.Link("users/x.yaml", "../../../../../../nonexistent/x.yaml");
  ExportTree export_tree(tree.root(), "content");

  std::optional<LinkOut> link =
      export_tree.FindLinkOut(export_tree.Path("users/x.yaml"));

  ASSERT_TRUE(link);
  EXPECT_EQ(link->display, "content/users/x.yaml");
  EXPECT_EQ(DescribeLinkOut(*link),
            "failed to resolve symbolic link to "
            "'../../../../../../nonexistent/x.yaml': no such file or "
            "directory");
}

TEST(LoaderFiles, FindLinkOutAcceptsLinkedRoot) {
  TempExport tree;
  tree.Write("export/site.yaml", "provider: x\n");
  tree.Link("content", tree.root() / "export");
  ExportTree export_tree(tree.root() / "content", "content");

  EXPECT_FALSE(export_tree.FindLinkOut(export_tree.Path("site.yaml")));
}

TEST(LoaderFiles, FindLinkOutRejectsParentOfRoot) {
  TempExport tree;
  tree.Write("content/board/index.md", "");
  tree.Link("content/board/up", "../..");
  ExportTree export_tree(tree.root() / "content", "content");

  std::optional<LinkOut> link =
      export_tree.FindLinkOut(export_tree.Path("board/up/content/site.yaml"));

  ASSERT_TRUE(link);
  EXPECT_EQ(link->display, "content/board/up");
}

TEST(LoaderFiles, FindLinkOutReportsLinkLoop) {
  TempExport tree;
  tree.Link("users/a.yaml", "b.yaml");
  tree.Link("users/b.yaml", "a.yaml");
  ExportTree export_tree(tree.root(), "content");

  std::optional<LinkOut> link =
      export_tree.FindLinkOut(export_tree.Path("users/a.yaml"));

  ASSERT_TRUE(link);
  EXPECT_TRUE(link->error);
  EXPECT_EQ(DescribeLinkOut(*link),
            "failed to resolve symbolic link to 'b.yaml': too many levels of "
            "symbolic links");
}

TEST(LoaderFiles, ListFolderSortsAndSkipsHiddenNames) {
  TempExport tree;
  tree.Write("b.md", "");
  tree.Write("a/x", "");
  tree.Write(".DS_Store", "");
  Diagnostics diagnostics;
  auto entries = ListFolder(ExportTree(tree.root(), "root"), tree.root(),
                            "root", diagnostics);
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].name, "a");
  EXPECT_TRUE((*entries)[0].is_folder);
  EXPECT_EQ((*entries)[1].name, "b.md");
  EXPECT_TRUE((*entries)[1].is_file);
}

TEST(LoaderFiles, ListFolderRejectsLinkOutOfExport) {
  TempExport outside;
  outside.Write("passwd", "root:x:0:0\n");
  TempExport tree;
  tree.Link("users", outside.root());
  Diagnostics diagnostics;

  EXPECT_FALSE(ListFolder(ExportTree(tree.root(), "content"),
                          tree.root() / "users", "content/users", diagnostics));
  EXPECT_EQ(Messages(diagnostics),
            "inzage: error: content/users: symbolic link to '" +
                outside.root().string() +
                "', links out of the export are not allowed\n");
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

TEST(LoaderFiles, ExportTreeEscapesControlCharacters) {
  EXPECT_EQ(ExportTree("/x", "content").Display("users/\x1b[2Ja\n.yaml"),
            "content/users/\\x1b[2Ja\\x0a.yaml");
}

}  // namespace
}  // namespace inzage::loader
