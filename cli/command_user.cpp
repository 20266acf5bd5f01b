#include <algorithm>
#include <ostream>

#include "account/password_policy.h"
#include "account/user_accounts.h"
#include "commands.h"
#include "keys/key_store.h"
#include "loader/export_loader.h"

namespace inzage::cli {
namespace {

int Fail(const Error& error, std::ostream& err) {
  PrintError(error, err);
  return static_cast<int>(error.status);
}

int RunUserAdd(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
  if (args.positional.size() != 1) {
    return Fail({ExitStatus::kUsage,
                 "'user add' takes one user name, e.g. 'inzage user add "
                 "marieke.jansen'"},
                err);
  }
  const auto username = loader::NormaliseUsername(args.positional[0]);
  if (!username) {
    return Fail({ExitStatus::kUsage,
                 "invalid user name '" + args.positional[0] +
                     "', expected 1 to 64 of a-z, 0-9, '.', '_' and '-', "
                     "starting with a letter or digit"},
                err);
  }

  const auto keys_place = KeysPlace(args);
  auto store = keys::KeyStore::Open(keys_place.path, keys_place.display);
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

  const auto content = ContentPlace(args);
  auto loaded = loader::LoadExport(content.path, content.display);
  const auto verbosity = VerbosityOf(args);
  PrintDiagnostics(loaded.diagnostics, verbosity, err);
  if (!loaded.site) {
    return Fail({ExitStatus::kInput,
                 "the export's site settings are not usable, so the login "
                 "cost is unknown"},
                err);
  }
  const bool in_export =
      std::any_of(loaded.users.begin(), loaded.users.end(),
                  [&](const loader::User& user) {
                    return user.username == *username;
                  });
  if (!in_export) {
    return Fail({ExitStatus::kInput,
                 "no usable '" + content.display + "/users/" + *username +
                     ".yaml'; the export must describe the user first"},
                err);
  }

  const std::string password = account::GeneratePassword();
  const auto secret = crypto::SecretBytes::FromText(password);
  const crypto::LoginCost cost{loaded.site->login.ops,
                               loaded.site->login.mem_mib << 20};
  auto record = account::NewUserRecord(*store, *username, secret, cost);
  if (!record) {
    return Fail(record.error(), err);
  }
  if (auto saved = store->SaveUser(*record); !saved) {
    return Fail(saved.error(), err);
  }

  if (verbosity == Verbosity::kQuiet) {
    out << password << '\n';
  } else {
    out << "added user '" << *username
        << "'; the initial password is shown only now:\n\n    " << password
        << "\n\nThe user chooses a new password at the first login. Run "
           "'inzage build'\nto publish the account.\n";
  }
  return 0;
}

}  // namespace

Command UserAddCommand() {
  std::vector<OptionSpec> options = {FolderOptions()[0], FolderOptions()[1]};
  const auto& output = OutputOptions();
  options.insert(options.end(), output.begin(), output.end());
  return {"user add", "NAME",
          "Create a user's keys and print an initial password",
          "Creates the key pairs and the keyring of the user described in\n"
          "<content>/users/NAME.yaml and prints a generated initial password\n"
          "once (with --quiet: only the password). The next build publishes\n"
          "the account with the grants from the user's file.\n",
          options, RunUserAdd};
}

}  // namespace inzage::cli
