#include <gtest/gtest.h>

#include "loader/export_loader.h"
#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

const std::filesystem::path kSample =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/sample";

TEST(ClientLoader, LoadsSampleClientDetails) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  EXPECT_EQ(Messages(loaded.diagnostics), "");
  ASSERT_TRUE(loaded.client);
  const Client& client = *loaded.client;
  EXPECT_EQ(client.id, "c-1001");
  EXPECT_EQ(client.name, "Hendrika de Vries");
  ASSERT_TRUE(client.birth_date);
  EXPECT_EQ(client.birth_date->Iso(), "1941-02-28");
  EXPECT_EQ(client.phone, "0570-123456");
  EXPECT_EQ(client.personal_caregiver, "Sanne Smit");
  EXPECT_EQ(client.tab_overrides.medication, true);
  EXPECT_EQ(client.tab_overrides.invoices, false);
  EXPECT_FALSE(client.tab_overrides.contacts);
  EXPECT_EQ(client.source.file, "content/clients/c-1001/client.yaml");
}

TEST(ClientLoader, KeepsGeneralLabelsInExportOrder) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  ASSERT_TRUE(loaded.client);
  using Entry = std::pair<std::string, std::string>;
  EXPECT_EQ(loaded.client->general,
            (std::vector<Entry>{{"Huisarts", "Dr. K. Mulder"},
                                {"Zorgprofiel", "VV5"},
                                {"Dieet", ""}}));
}

TEST(ClientLoader, LoadsMinimalClient) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1002");

  EXPECT_EQ(Messages(loaded.diagnostics), "");
  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(loaded.client->name, "Willem Bos");
  EXPECT_FALSE(loaded.client->birth_date);
  EXPECT_TRUE(loaded.client->reports.empty());
}

TEST(ClientLoader, RejectsInvalidBirthDate) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\nbirth_date: 1941-02-30\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/client.yaml:2:13: invalid "
            "date '1941-02-30', expected a date as YYYY-MM-DD\n");
}

TEST(ClientLoader, WarnsAboutMisspeltKey) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml",
             "name: Anna\n# comment\n\n  \nbirthdate: 1941-02-03\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  ASSERT_TRUE(loaded.client);
  EXPECT_FALSE(loaded.client->birth_date);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/client.yaml:5:1: unknown "
            "key 'birthdate', did you mean 'birth_date'?\n");
}

TEST(ClientLoader, ReportsMissingClientYaml) {
  TempExport tree;
  tree.Write("clients/c-1/contacts.yaml", "[]\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/client.yaml: missing required "
            "file\n");
}

TEST(ClientLoader, ReportsMissingName) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "phone: '0570'\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/client.yaml:1:1: missing "
            "required key 'name'\n");
}

TEST(ClientLoader, RejectsNestedGeneralValue) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml",
             "name: Anna\ngeneral:\n  Huisarts:\n    naam: Dr. Mulder\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/client.yaml:4:5: expected a "
            "string for 'Huisarts', found a mapping\n");
}

TEST(ClientLoader, WarnsAboutUnknownFile) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("clients/c-1/contact.yaml", "[]\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1: unknown file "
            "'contact.yaml', did you mean 'contacts.yaml'?\n");
}

TEST(ClientLoader, ReportsEveryErrorNotOnlyFirst) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\nbirth_date: x\n");
  tree.Write("clients/c-1/contacts.yaml", "- relation: zoon\n");
  tree.Write("clients/c-1/presence.yaml", "{}\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(loaded.diagnostics.ErrorCount(), 3);
}

TEST(ClientLoader, RejectsIdOutsideClientsFolder) {
  TempExport tree;

  LoadedClient dots = LoadClient(tree.root(), "content", "..");
  LoadedClient missing = LoadClient(tree.root(), "content", "c-404");

  EXPECT_FALSE(dots.client);
  EXPECT_EQ(Messages(dots.diagnostics),
            "inzage: error: content/clients: invalid client id '..', expected "
            "1 to 64 of a-z A-Z 0-9 . _ - starting with a letter or digit\n");
  EXPECT_EQ(Messages(missing.diagnostics),
            "inzage: error: content/clients/c-404: client folder not found\n");
}

TEST(ClientLoader, ValidatesClientIds) {
  for (std::string_view id : {"c-1001", "C-1001", "1001", "a.b_c-d", "x"}) {
    EXPECT_TRUE(IsValidClientId(id)) << "for '" << id << "'";
  }
  EXPECT_TRUE(IsValidClientId(std::string(64, 'a')));
  for (std::string_view id :
       {"", ".", "..", "-c", "_c", ".c", "c/1", "c 1", "zoë", "c\x1b", "c\n"}) {
    EXPECT_FALSE(IsValidClientId(id)) << "for '" << id << "'";
  }
  EXPECT_FALSE(IsValidClientId(std::string(65, 'a')));
  EXPECT_FALSE(IsValidClientId(std::string_view("c\0", 2)));
}

TEST(ClientLoader, RejectsClientFileLinkOutOfExport) {
  TempExport outside;
  outside.Write("contacts.yaml", "- name: Jan\n");
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Link("clients/c-1/contacts.yaml", outside.root() / "contacts.yaml");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/contacts.yaml: symbolic link "
            "to '" +
                (outside.root() / "contacts.yaml").string() +
                "', links out of the export are not allowed\n");
}

TEST(ClientLoader, FollowsClientFolderLinkInsideExport) {
  TempExport tree;
  tree.Write("archive/c-1/client.yaml", "name: Anna\n");
  tree.Link("clients/c-1", "../archive/c-1");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  ASSERT_TRUE(loaded.client) << Messages(loaded.diagnostics);
  EXPECT_EQ(loaded.client->name, "Anna");
}

TEST(ClientLoader, QuotesDuplicateGeneralLabel) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml",
             "name: Anna\ngeneral:\n  Huisarts: a\n  ? Huisarts\n  : b\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/client.yaml:4:5: duplicate "
            "label 'Huisarts'\n");
}

}  // namespace
}  // namespace inzage::loader
