#include <algorithm>
#include <filesystem>
#include <ostream>

#include "account/password_policy.h"
#include "account/user_accounts.h"
#include "commands.h"
#include "letter/activation_letter.h"
#include "user_support.h"

namespace inzage::cli {
namespace {

crypto::LoginCost CostOf(const loader::Site& site) {
  return {site.login.ops, site.login.mem_mib << 20};
}

// Writes the activation letter when --letter was given.
Result<bool> WriteLetterIfAsked(const ParsedArgs& args,
                                const loader::LoadedExport& loaded,
                                const std::string& username,
                                const std::string& password) {
  const std::string file = args.Value("--letter");
  if (file.empty()) {
    return true;
  }
  std::error_code error;
  if (std::filesystem::exists(file, error)) {
    return Error{ExitStatus::kNoOrPartial,
                 "'" + file + "' exists already; the letter goes to a new "
                              "file, so choose another name"};
  }
  const auto user = std::find_if(
      loaded.users.begin(), loaded.users.end(),
      [&](const loader::User& candidate) {
        return candidate.username == username;
      });
  letter::LetterText text;
  text.provider = loaded.site->provider;
  text.site_url = loaded.site->mail.site_url;
  text.language = loaded.site->language;
  text.username = username;
  text.display_name = user == loaded.users.end() ? username : user->name;
  text.password = password;
  return letter::WriteActivationLetter(file, text);
}

// Creates the user's keys under a generated initial password, writes the
// letter when asked, saves the record and prints the password. For a reset,
// `previous` is the old record: the access stays, and the old signature key
// is kept to verify what the user signed before.
int IssueAccount(const ParsedArgs& args, const keys::KeyStore& store,
                 const loader::LoadedExport& loaded,
                 const std::string& username,
                 const keys::UserRecord* previous, std::ostream& out,
                 std::ostream& err) {
  const std::string password = account::GeneratePassword();
  auto record = account::NewUserRecord(
      store, username, crypto::SecretBytes::FromText(password),
      CostOf(*loaded.site));
  if (!record) {
    return Fail(record.error(), err);
  }
  if (previous != nullptr) {
    record->created = previous->created;
    record->granted = previous->granted;
    record->revoked = previous->revoked;
    record->applied_drops = previous->applied_drops;
    record->retired_sign_public = previous->retired_sign_public;
    record->retired_sign_public.push_back(previous->sign_public);
  }

  if (auto letter = WriteLetterIfAsked(args, loaded, username, password);
      !letter) {
    return Fail(letter.error(), err);
  }
  if (auto saved = store.SaveUser(*record); !saved) {
    return Fail(saved.error(), err);
  }
  PrintInitialPassword(username, password,
                       VerbosityOf(args) == Verbosity::kQuiet, out);
  return 0;
}

int RunUserAdd(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
  auto username = UserNameArgument(args, "user add", 1);
  if (!username) {
    return Fail(username.error(), err);
  }
  auto store = OpenKeyStore(args);
  if (!store) {
    return Fail(store.error(), err);
  }
  if (store->HasUser(*username)) {
    return Fail({ExitStatus::kNoOrPartial,
                 "user '" + *username +
                     "' exists already; 'inzage user reset' gives a new "
                     "initial password"},
                err);
  }
  auto loaded = LoadExportSettings(args, err);
  if (!loaded) {
    return Fail(loaded.error(), err);
  }
  const bool in_export = std::any_of(
      loaded->users.begin(), loaded->users.end(),
      [&](const loader::User& user) { return user.username == *username; });
  if (!in_export) {
    return Fail({ExitStatus::kInput,
                 "no usable '" + ContentPlace(args).display + "/users/" +
                     *username + ".yaml'; the export must describe the user "
                                 "first"},
                err);
  }

  return IssueAccount(args, *store, *loaded, *username, nullptr, out, err);
}

int RunUserReset(const ParsedArgs& args, std::ostream& out,
                 std::ostream& err) {
  auto username = UserNameArgument(args, "user reset", 1);
  if (!username) {
    return Fail(username.error(), err);
  }
  auto store = OpenKeyStore(args);
  if (!store) {
    return Fail(store.error(), err);
  }
  auto old = LoadExistingUser(*store, *username);
  if (!old) {
    return Fail(old.error(), err);
  }
  auto loaded = LoadExportSettings(args, err);
  if (!loaded) {
    return Fail(loaded.error(), err);
  }

  return IssueAccount(args, *store, *loaded, *username, &*old, out, err);
}

std::vector<OptionSpec> AddOptions() {
  std::vector<OptionSpec> options = {FolderOptions()[0], FolderOptions()[1]};
  options.push_back({"--letter", "", "FILE.pdf",
                     "also write a printable activation letter with the user "
                     "name, the password and the site address"});
  const auto& output = OutputOptions();
  options.insert(options.end(), output.begin(), output.end());
  return options;
}

}  // namespace

Command UserAddCommand() {
  return {"user add", "NAME",
          "Create a user's keys and print an initial password",
          "Creates the key pairs and the keyring of the user described in\n"
          "<content>/users/NAME.yaml and prints a generated initial password\n"
          "once (with --quiet: only the password). The next build publishes\n"
          "the account with the clients from the user's file.\n",
          AddOptions(), RunUserAdd};
}

Command UserResetCommand() {
  return {"user reset", "NAME",
          "Give a user new keys and a new initial password",
          "For a user who forgot the password: new key pairs, a new keyring\n"
          "under a generated initial password that must be changed at the\n"
          "first login, and the same access. The old password stops working\n"
          "at the next build. A disabled user is enabled again.\n",
          AddOptions(), RunUserReset};
}

}  // namespace inzage::cli
