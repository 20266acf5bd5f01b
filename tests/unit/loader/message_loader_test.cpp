#include <gtest/gtest.h>

#include "loader/export_loader.h"
#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

const std::filesystem::path kSample =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/sample";

constexpr std::string_view kHeader =
    "date: 2026-11-28T10:00\nfrom: Sanne\nsubject: Zorgplan\nbody: Tekst\n";

LoadedClient LoadMessage(const TempExport& tree, std::string_view to) {
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("clients/c-1/messages/m.yaml",
             std::string(kHeader) + std::string(to));
  return LoadClient(tree.root(), "content", "c-1");
}

TEST(MessageLoader, LoadsSampleWithNormalisedRecipients) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  ASSERT_TRUE(loaded.client);
  ASSERT_EQ(loaded.client->messages.size(), 1u);
  const Message& message = loaded.client->messages[0];
  EXPECT_FALSE(message.to_all);
  EXPECT_EQ(message.to, (std::vector<std::string>{"j.devries", "m.bakker"}));
  EXPECT_EQ(message.thread, "zorgplan-2026");
  EXPECT_EQ(message.date.Iso(), "2026-11-28T10:00");
}

TEST(MessageLoader, AcceptsAll) {
  TempExport tree;
  LoadedClient loaded = LoadMessage(tree, "to: all\n");

  ASSERT_TRUE(loaded.client) << Messages(loaded.diagnostics);
  EXPECT_TRUE(loaded.client->messages[0].to_all);
  EXPECT_TRUE(loaded.client->messages[0].to.empty());
}

TEST(MessageLoader, RejectsOtherWordThanAll) {
  TempExport tree;
  LoadedClient loaded = LoadMessage(tree, "to: everyone\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/messages/m.yaml:5:5: invalid "
            "value 'everyone' for 'to', expected 'all' or a list of user "
            "names\n");
}

TEST(MessageLoader, RejectsInvalidUserName) {
  TempExport tree;
  LoadedClient loaded = LoadMessage(tree, "to: [anna, 'bert smit']\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/messages/m.yaml:5:12: invalid "
            "user name 'bert smit', expected 1 to 64 of a-z 0-9 . _ - "
            "starting with a letter or digit\n");
}

TEST(MessageLoader, RejectsMappingAsRecipient) {
  TempExport tree;
  LoadedClient loaded = LoadMessage(tree, "to:\n  - {name: anna}\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/messages/m.yaml:6:5: expected "
            "a user name, found a mapping\n");
}

TEST(MessageLoader, WarnsAboutEmptyRecipientList) {
  TempExport tree;
  LoadedClient loaded = LoadMessage(tree, "to: []\n");

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/messages/m.yaml:5:5: "
            "message has no recipients\n");
}

TEST(MessageLoader, RequiresRecipients) {
  TempExport tree;
  LoadedClient loaded = LoadMessage(tree, "");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/messages/m.yaml:1:1: missing "
            "required key 'to'\n");
}

TEST(MessageLoader, WarnsAboutRawHtmlInBody) {
  TempExport tree;
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("clients/c-1/messages/m.yaml",
             "date: 2026-11-28T10:00\nfrom: Sanne\nsubject: Foto\nto: all\n"
             "body: |\n  Zie de foto.\n\n  <img src=\"foto.jpg\">\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/messages/m.yaml:5:7: raw "
            "HTML '<img src=\"foto.jpg\">' in 'body' is not shown on the "
            "site\n");
}

TEST(MessageLoader, QuotesInvalidRecipientWord) {
  TempExport tree;
  LoadedClient loaded = LoadMessage(tree, "to: \"iedereen\\e[0m\"\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/messages/m.yaml:5:5: invalid "
            "value 'iedereen\\x1b[0m' for 'to', expected 'all' or a list of "
            "user names\n");
}

}  // namespace
}  // namespace inzage::loader
