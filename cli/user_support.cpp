#include "user_support.h"

#include <ostream>

namespace inzage::cli {

int Fail(const Error& error, std::ostream& err) {
  PrintError(error, err);
  return static_cast<int>(error.status);
}

Result<std::string> UserNameArgument(const ParsedArgs& args,
                                     const std::string& command,
                                     std::size_t count) {
  if (args.positional.size() != count) {
    return Error{ExitStatus::kUsage,
                 "'" + command + "' takes " +
                     (count == 1 ? "a user name" : "a user name and a client") +
                     "; run 'inzage " + command + " --help'"};
  }
  auto username = loader::NormaliseUsername(args.positional[0]);
  if (!username) {
    return Error{ExitStatus::kUsage,
                 "invalid user name '" + args.positional[0] +
                     "', expected 1 to 64 of a-z, 0-9, '.', '_' and '-', "
                     "starting with a letter or digit"};
  }
  return *username;
}

Result<keys::KeyStore> OpenKeyStore(const ParsedArgs& args) {
  const auto place = KeysPlace(args);
  return keys::KeyStore::Open(place.path, place.display);
}

Result<loader::LoadedExport> LoadExportSettings(const ParsedArgs& args,
                                                std::ostream& err) {
  const auto content = ContentPlace(args);
  auto loaded = loader::LoadExport(content.path, content.display);
  PrintDiagnostics(loaded.diagnostics, Verbosity::kQuiet, err);
  if (!loaded.site) {
    return Error{ExitStatus::kInput,
                 "the export's site settings in '" + content.display +
                     "' are not usable"};
  }
  return loaded;
}

Result<keys::UserRecord> LoadExistingUser(const keys::KeyStore& store,
                                          const std::string& username) {
  if (!store.HasUser(username)) {
    return Error{ExitStatus::kInput,
                 "unknown user '" + username + "'; 'inzage user list' shows "
                 "the users, 'inzage user add' adds one"};
  }
  return store.LoadUser(username);
}

void PrintInitialPassword(const std::string& username,
                          const std::string& password, bool quiet,
                          std::ostream& out) {
  if (quiet) {
    out << password << '\n';
    return;
  }
  out << "initial password of '" << username << "', shown only now:\n\n    "
      << password
      << "\n\nThe user chooses a new password at the first login. Run "
         "'inzage build'\nto publish the account.\n";
}

}  // namespace inzage::cli
