#include "loader/export_loader.h"

#include <gtest/gtest.h>

#include <thread>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

const std::filesystem::path kSample =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/sample";
// A synthetic export of 3 clients with 5 reports each, made by the project's
// export generator, which writes the keys a care system would.
const std::filesystem::path kSynthetic =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/synthetic";

TEST(ExportLoader, LoadsSample) {
  LoadedExport loaded = LoadExport(kSample, "content");

  EXPECT_EQ(Messages(loaded.diagnostics), "");
  ASSERT_TRUE(loaded.site);
  EXPECT_EQ(loaded.site->provider, "Zorggroep De Linde");
  EXPECT_EQ(loaded.site->language, "en");
  EXPECT_FALSE(loaded.site->tabs.medication);
  EXPECT_TRUE(loaded.site->tabs.invoices);
  EXPECT_EQ(loaded.site->login.ops, 3u);
  EXPECT_EQ(loaded.site->login.mem_mib, 32u);
  EXPECT_EQ(loaded.site->drop_url, "https://inzage.delinde.example/drop");
  EXPECT_EQ(loaded.site->mail.site_url, "https://inzage.delinde.example/");
  EXPECT_EQ(loaded.client_ids, (std::vector<std::string>{"c-1001", "c-1002"}));
}

TEST(ExportLoader, SortsBoardIndexFirstThenByOrder) {
  LoadedExport loaded = LoadExport(kSample, "content");

  ASSERT_EQ(loaded.board.size(), 3u);
  EXPECT_EQ(loaded.board[0].slug, "index");
  EXPECT_EQ(loaded.board[0].title, "Welkom bij De Linde");
  EXPECT_EQ(loaded.board[0].body_markdown,
            "# Welkom\n\nHier vindt u het dossier van uw naaste.\n");
  EXPECT_EQ(loaded.board[1].slug, "contact");
  EXPECT_EQ(loaded.board[2].slug, "bezoektijden");
  EXPECT_EQ(loaded.board[2].order, 2);
}

TEST(ExportLoader, LoadsUsersSortedByNormalisedName) {
  LoadedExport loaded = LoadExport(kSample, "content");

  ASSERT_EQ(loaded.users.size(), 2u);
  EXPECT_EQ(loaded.users[0].username, "j.devries");
  EXPECT_EQ(loaded.users[0].clients, (std::vector<std::string>{"c-1001"}));
  EXPECT_TRUE(loaded.users[0].notify.messages);
  EXPECT_FALSE(loaded.users[0].notify.reports_and_dossier);
  EXPECT_EQ(loaded.users[1].username, "m.bakker");
  EXPECT_EQ(loaded.users[1].clients,
            (std::vector<std::string>{"c-1001", "c-1002"}));
  EXPECT_EQ(loaded.users[1].source.file, "content/users/M.Bakker.yaml");
}

TEST(ExportLoader, LoadsSyntheticExportClean) {
  LoadedExport loaded = LoadExport(kSynthetic, "content");

  EXPECT_EQ(Messages(loaded.diagnostics), "");
  ASSERT_TRUE(loaded.site);
  EXPECT_EQ(loaded.board.size(), 2u);
  EXPECT_EQ(loaded.users.size(), 6u);
  ASSERT_EQ(loaded.client_ids.size(), 3u);
  for (const std::string& id : loaded.client_ids) {
    LoadedClient client = LoadClient(kSynthetic, "content", id);
    EXPECT_EQ(Messages(client.diagnostics), "") << "client " << id;
    ASSERT_TRUE(client.client) << "client " << id;
    EXPECT_EQ(client.client->reports.size(), 5u);
    EXPECT_EQ(client.client->dossier.size(), 3u);
    EXPECT_EQ(client.client->invoices.size(), 2u);
  }
}

TEST(ExportLoader, ReportsMissingSiteAndBoard) {
  TempExport tree;
  tree.Write("users/.keep", "");

  LoadedExport loaded = LoadExport(tree.root(), "content");

  EXPECT_FALSE(loaded.site);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/site.yaml: missing required file\n"
            "inzage: error: content/board/index.md: missing required file, "
            "expected the landing page of the bulletin board\n");
}

TEST(ExportLoader, ReportsMissingRoot) {
  LoadedExport loaded = LoadExport("/nonexistent/inzage-export", "content");

  EXPECT_FALSE(loaded.site);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content: failed to read folder: no such file or "
            "directory\n");
}

TEST(ExportLoader, WarnsAboutUnknownTopLevelEntries) {
  TempExport tree;
  tree.WriteMinimalSite();
  tree.Write("client/c-1/client.yaml", "name: x\n");
  tree.Write("notes.txt", "");

  LoadedExport loaded = LoadExport(tree.root(), "content");

  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content: unknown folder 'client', did you mean "
            "'clients'?\n"
            "inzage: warning: content: unknown file 'notes.txt'\n");
}

TEST(ExportLoader, BadClientDoesNotAffectAnother) {
  TempExport tree;
  tree.WriteMinimalSite();
  tree.Write("clients/c-1/client.yaml", "name: [\n");
  tree.Write("clients/c-2/client.yaml", "name: Willem Bos\n");

  LoadedExport loaded = LoadExport(tree.root(), "content");
  LoadedClient bad = LoadClient(tree.root(), "content", "c-1");
  LoadedClient good = LoadClient(tree.root(), "content", "c-2");

  EXPECT_EQ(loaded.client_ids, (std::vector<std::string>{"c-1", "c-2"}));
  EXPECT_FALSE(bad.client);
  EXPECT_TRUE(bad.diagnostics.HasErrors());
  ASSERT_TRUE(good.client);
  EXPECT_EQ(good.client->name, "Willem Bos");
  EXPECT_EQ(Messages(good.diagnostics), "");
}

TEST(ExportLoader, RejectsInvalidClientIds) {
  TempExport tree;
  tree.WriteMinimalSite();
  for (std::string id :
       {std::string("c 1001"), std::string("_c-1"), std::string("zoë"),
        std::string("c\xE9"), std::string("c\x1b[2J"), std::string("c\nx"),
        std::string(65, 'a')}) {
    tree.Write("clients/" + id + "/client.yaml", "name: x\n");
  }
  tree.Write("clients/" + std::string(64, 'b') + "/client.yaml", "name: x\n");
  tree.Write("clients/C_1.x-Y/client.yaml", "name: x\n");

  LoadedExport loaded = LoadExport(tree.root(), "content");

  EXPECT_EQ(loaded.client_ids,
            (std::vector<std::string>{"C_1.x-Y", std::string(64, 'b')}));
  std::string expected =
      ", expected 1 to 64 of a-z A-Z 0-9 . _ - starting "
      "with a letter or digit\n";
  EXPECT_EQ(
      Messages(loaded.diagnostics),
      "inzage: error: content/clients: invalid client id '_c-1'" + expected +
          "inzage: error: content/clients: invalid client id '" +
          std::string(60, 'a') + "…'" + expected +
          "inzage: error: content/clients: invalid client id "
          "'c\\x0ax'" +
          expected +
          "inzage: error: content/clients: invalid client id "
          "'c\\x1b[2J'" +
          expected +
          "inzage: error: content/clients: invalid client id 'c "
          "1001'" +
          expected +
          "inzage: error: content/clients: invalid client id "
          "'c\\xe9'" +
          expected + "inzage: error: content/clients: invalid client id 'zoë'" +
          expected);
}

TEST(ExportLoader, RejectsClientIdsDifferingOnlyInCase) {
  TempExport tree;
  tree.WriteMinimalSite();
  tree.Write("clients/C-1001/client.yaml", "name: x\n");
  tree.Write("clients/c-1001/client.yaml", "name: y\n");
  tree.Write("clients/c-1002/client.yaml", "name: z\n");

  LoadedExport loaded = LoadExport(tree.root(), "content");

  EXPECT_EQ(loaded.client_ids, (std::vector<std::string>{"C-1001", "c-1002"}));
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1001: client id 'c-1001' "
            "differs from 'C-1001' only in case, expected ids that differ in "
            "more than case\n");
}

TEST(ExportLoader, RejectsClientFolderLinkOutOfExport) {
  TempExport tree;
  tree.WriteMinimalSite();
  tree.Write("clients/c-1/client.yaml", "name: x\n");
  tree.Link("clients/c-2", "/etc");
  tree.Link("clients/c-3", "c-1");

  LoadedExport loaded = LoadExport(tree.root(), "content");
  LoadedClient linked = LoadClient(tree.root(), "content", "c-2");

  EXPECT_EQ(loaded.client_ids, (std::vector<std::string>{"c-1", "c-3"}));
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-2: symbolic link to '/etc', "
            "links out of the export are not allowed\n");
  EXPECT_FALSE(linked.client);
  EXPECT_EQ(Messages(linked.diagnostics),
            "inzage: error: content/clients/c-2: symbolic link to '/etc', "
            "links out of the export are not allowed\n");
}

TEST(ExportLoader, RejectsOutsideLinksForSiteFiles) {
  TempExport outside;
  outside.Write("site.yaml", "provider: x\n");
  outside.Write("user.yaml", "name: x\nclients: []\n");
  outside.Write("page.md", "---\ntitle: x\n---\n");
  TempExport tree;
  tree.Write("board/index.md", "---\ntitle: Welkom\n---\n");
  tree.Link("site.yaml", outside.root() / "site.yaml");
  tree.Link("users/anna.yaml", outside.root() / "user.yaml");
  tree.Link("board/extra.md", outside.root() / "page.md");

  LoadedExport loaded = LoadExport(tree.root(), "content");

  EXPECT_FALSE(loaded.site);
  EXPECT_TRUE(loaded.users.empty());
  EXPECT_EQ(loaded.board.size(), 1u);
  std::string out = outside.root().string();
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/site.yaml: symbolic link to '" + out +
                "/site.yaml', links out of the export are not allowed\n"
                "inzage: error: content/board/extra.md: symbolic link to '" +
                out +
                "/page.md', links out of the export are not allowed\n"
                "inzage: error: content/users/anna.yaml: symbolic link to '" +
                out +
                "/user.yaml', links out of the export are not "
                "allowed\n");
}

TEST(ExportLoader, LoadsClientsInParallel) {
  std::vector<LoadedClient> results(3);
  std::vector<std::thread> threads;
  std::vector<std::string> ids = {"c-00001", "c-00002", "c-00003"};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    threads.emplace_back(
        [&, i] { results[i] = LoadClient(kSynthetic, "content", ids[i]); });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }

  for (std::size_t i = 0; i < ids.size(); ++i) {
    ASSERT_TRUE(results[i].client) << Messages(results[i].diagnostics);
    EXPECT_EQ(results[i].client->id, ids[i]);
  }
}

}  // namespace
}  // namespace inzage::loader
