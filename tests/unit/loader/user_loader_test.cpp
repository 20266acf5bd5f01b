#include "loader/user_loader.h"

#include <gtest/gtest.h>

#include "loader/export_loader.h"
#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

TEST(NormaliseUsername, TrimsAndLowerCases) {
  EXPECT_EQ(NormaliseUsername("  J.deVries\t"), "j.devries");
  EXPECT_EQ(NormaliseUsername("anna_1-b"), "anna_1-b");
  EXPECT_EQ(NormaliseUsername("7even"), "7even");
}

TEST(NormaliseUsername, AcceptsSixtyFourCharacters) {
  EXPECT_TRUE(NormaliseUsername(std::string(64, 'a')));
  EXPECT_FALSE(NormaliseUsername(std::string(65, 'a')));
}

TEST(NormaliseUsername, RejectsInvalidNames) {
  for (std::string_view name : {"", "   ", ".anna", "-anna", "_anna", "an na",
                                "anna@home", "zoë", "ANNA/..", "anna\n.b"}) {
    EXPECT_FALSE(NormaliseUsername(name)) << "for '" << name << "'";
  }
}

struct UsersResult {
  std::vector<User> users;
  Diagnostics diagnostics;
};

UsersResult LoadUsersFrom(const TempExport& tree) {
  UsersResult result;
  result.users = LoadUsers(ExportTree(tree.root(), "content"),
                           {"c-1001", "c-1002"}, result.diagnostics);
  return result;
}

TEST(UserLoader, RejectsUnknownClientNamingLine) {
  TempExport tree;
  tree.Write("users/anna.yaml",
             "name: Anna\nclients:\n  - c-1001\n  - c-9999\n");
  tree.Write("users/bert.yaml", "name: Bert\nclients: [c-1002]\n");

  UsersResult result = LoadUsersFrom(tree);

  ASSERT_EQ(result.users.size(), 1u);
  EXPECT_EQ(result.users[0].username, "bert");
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/users/anna.yaml:4:5: client 'c-9999' not "
            "found, expected a folder 'clients/c-9999' in the export\n");
}

TEST(UserLoader, RejectsInvalidFileName) {
  TempExport tree;
  tree.Write("users/anna visser.yaml", "name: Anna\nclients: []\n");

  UsersResult result = LoadUsersFrom(tree);

  EXPECT_TRUE(result.users.empty());
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/users/anna visser.yaml: invalid user name "
            "'anna visser', expected 1 to 64 of a-z 0-9 . _ - starting with a "
            "letter or digit\n");
}

TEST(UserLoader, RejectsDuplicateAfterNormalising) {
  TempExport tree;
  tree.Write("users/Anna.yaml", "name: Anna\nclients: []\n");
  tree.Write("users/anna.yaml", "name: Anna\nclients: []\n");

  UsersResult result = LoadUsersFrom(tree);

  ASSERT_EQ(result.users.size(), 1u);
  EXPECT_EQ(result.users[0].source.file, "content/users/Anna.yaml");
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/users/anna.yaml: duplicate user 'anna', "
            "also defined in content/users/Anna.yaml\n");
}

TEST(UserLoader, RequiresClientsList) {
  TempExport tree;
  tree.Write("users/anna.yaml", "name: Anna\n");
  tree.Write("users/bert.yaml", "name: Bert\nclients: c-1001\n");

  UsersResult result = LoadUsersFrom(tree);

  EXPECT_TRUE(result.users.empty());
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/users/anna.yaml:1:1: missing required key "
            "'clients'\n"
            "inzage: error: content/users/bert.yaml:2:10: expected a list of "
            "client ids, found a string\n");
}

TEST(UserLoader, WarnsWhenNotifyingWithoutEmail) {
  TempExport tree;
  tree.Write("users/anna.yaml",
             "name: Anna\nclients: []\nnotify: {messages: yes}\n");

  UsersResult result = LoadUsersFrom(tree);

  ASSERT_EQ(result.users.size(), 1u);
  EXPECT_TRUE(result.users[0].notify.messages);
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: warning: content/users/anna.yaml:3:1: notifications are "
            "switched on, but 'email' is empty\n");
}

}  // namespace
}  // namespace inzage::loader
