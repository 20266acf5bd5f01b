#include <gtest/gtest.h>

#include "loader/export_loader.h"
#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

const std::filesystem::path kSample =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/sample";

LoadedClient LoadItem(const TempExport& tree, std::string_view item_yaml) {
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("clients/c-1/dossier/plan/item.yaml", item_yaml);
  return LoadClient(tree.root(), "content", "c-1");
}

TEST(DossierLoader, LoadsSampleItemWithAttachment) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  ASSERT_TRUE(loaded.client);
  ASSERT_EQ(loaded.client->dossier.size(), 1u);
  const DossierItem& item = loaded.client->dossier[0];
  EXPECT_EQ(item.key, "zorgplan-2026");
  EXPECT_EQ(item.date.Iso(), "2026-01-15");
  EXPECT_TRUE(item.sign_request);
  ASSERT_EQ(item.files.size(), 1u);
  EXPECT_EQ(item.files[0].name, "zorgplan.pdf");
  EXPECT_EQ(item.files[0].size, std::filesystem::file_size(item.files[0].path));
  EXPECT_GT(item.files[0].size, 0u);
}

TEST(DossierLoader, RejectsMissingAttachment) {
  TempExport tree;
  LoadedClient loaded =
      LoadItem(tree, "title: Plan\ndate: 2026-01-15\nfiles:\n  - plan.pdf\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/dossier/plan/item.yaml:4:5: "
            "file 'plan.pdf' not found in content/clients/c-1/dossier/plan\n");
}

TEST(DossierLoader, RejectsPathsInFileNames) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  LoadedClient loaded = LoadItem(
      tree,
      "title: Plan\ndate: 2026-01-15\nfiles: [../client.yaml, sub/x.pdf]\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/dossier/plan/item.yaml:3:9: "
            "invalid file name '../client.yaml', expected a name without '/' "
            "or '..'\n"
            "inzage: error: content/clients/c-1/dossier/plan/item.yaml:3:25: "
            "invalid file name 'sub/x.pdf', expected a name without '/' or "
            "'..'\n");
}

TEST(DossierLoader, RejectsFolderAsAttachment) {
  TempExport tree;
  tree.Write("clients/c-1/dossier/plan/scans/a.pdf", "x");
  LoadedClient loaded =
      LoadItem(tree, "title: Plan\ndate: 2026-01-15\nfiles: [scans]\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/dossier/plan/item.yaml:3:9: "
            "'scans' in content/clients/c-1/dossier/plan is not a regular "
            "file\n");
}

TEST(DossierLoader, ReportsMissingItemYaml) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("clients/c-1/dossier/plan/plan.pdf", "x");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/dossier/plan/item.yaml: "
            "missing required file\n");
}

TEST(DossierLoader, SortsNewestFirst) {
  TempExport tree;
  tree.Write("clients/c-1/dossier/a/item.yaml", "title: A\ndate: 2025-01-01\n");
  tree.Write("clients/c-1/dossier/c/item.yaml", "title: C\ndate: 2026-01-01\n");
  LoadedClient loaded = LoadItem(tree, "title: Plan\ndate: 2026-01-01\n");

  ASSERT_TRUE(loaded.client);
  ASSERT_EQ(loaded.client->dossier.size(), 3u);
  EXPECT_EQ(loaded.client->dossier[0].key, "c");
  EXPECT_EQ(loaded.client->dossier[1].key, "plan");
  EXPECT_EQ(loaded.client->dossier[2].key, "a");
}

// The export is the folder "content" in `tree`, so that a link can lead to
// a key file beside the export.
TEST(DossierLoader, RejectsAttachmentLinkOutOfExport) {
  TempExport tree;
  tree.Write("keys/provider.yaml", "secret: x\n");
  tree.Write("content/clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("content/clients/c-1/dossier/plan/item.yaml",
             "title: Plan\ndate: 2026-01-15\nfiles:\n  - plan.pdf\n"
             "  - passwd\n");
  tree.Link("content/clients/c-1/dossier/plan/plan.pdf",
            "../../../../../keys/provider.yaml");
  tree.Link("content/clients/c-1/dossier/plan/passwd", "/etc/passwd");

  LoadedClient loaded = LoadClient(tree.root() / "content", "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/dossier/plan/item.yaml:4:5: "
            "file 'plan.pdf' is a symbolic link to "
            "'../../../../../keys/provider.yaml', links out of the export are "
            "not allowed\n"
            "inzage: error: content/clients/c-1/dossier/plan/item.yaml:5:5: "
            "file 'passwd' is a symbolic link to '/etc/passwd', links out of "
            "the export are not allowed\n");
}

TEST(DossierLoader, AcceptsAttachmentLinkInsideExport) {
  TempExport tree;
  tree.Write("clients/c-1/dossier/old/item.yaml",
             "title: Oud\ndate: 2025-01-15\nfiles: [plan.pdf]\n");
  tree.Write("clients/c-1/dossier/old/plan.pdf", "%PDF-1.4\n");
  tree.Link("clients/c-1/dossier/plan/plan.pdf", "../old/plan.pdf");
  LoadedClient loaded =
      LoadItem(tree, "title: Plan\ndate: 2026-01-15\nfiles: [plan.pdf]\n");

  ASSERT_TRUE(loaded.client) << Messages(loaded.diagnostics);
  EXPECT_EQ(Messages(loaded.diagnostics), "");
  ASSERT_EQ(loaded.client->dossier[0].files.size(), 1u);
  EXPECT_EQ(loaded.client->dossier[0].files[0].size, 9u);
}

TEST(DossierLoader, RejectsItemFolderLinkOutOfExport) {
  TempExport outside;
  outside.Write("item.yaml", "title: Plan\ndate: 2026-01-15\n");
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Link("clients/c-1/dossier/plan", outside.root());

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/dossier/plan: symbolic link "
            "to '" +
                outside.root().string() +
                "', links out of the export are not allowed\n");
}

TEST(DossierLoader, WarnsAboutRawHtmlInDescription) {
  TempExport tree;
  LoadedClient loaded =
      LoadItem(tree,
               "title: Plan\ndate: 2026-01-15\ndescription: |\n  Het plan.\n"
               "  <iframe src=\"https://x.example\"></iframe>\n");

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/dossier/plan/item.yaml:3:14: "
            "raw HTML '<iframe src=\"https://x.example\"></iframe>' in "
            "'description' is not shown on the site\n");
}

}  // namespace
}  // namespace inzage::loader
