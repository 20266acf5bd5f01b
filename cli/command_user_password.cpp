#include <filesystem>
#include <ostream>

#include "commands.h"
#include "drops/drop.h"
#include "drops/password_change.h"
#include "user_support.h"
#include "util/files.h"

namespace inzage::cli {
namespace {

int RunApplyPassword(const ParsedArgs& args, std::ostream& out,
                     std::ostream& err) {
  if (args.positional.size() != 1) {
    return Fail({ExitStatus::kUsage,
                 "'user apply-password' takes the drop file that the browser "
                 "saved, e.g. 'inzage user apply-password "
                 "wachtwoord-wijziging.inzage'"},
                err);
  }
  const std::string& file = args.positional[0];
  auto store = OpenKeyStore(args);
  if (!store) {
    return Fail(store.error(), err);
  }
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) {
    return Fail({ExitStatus::kUsage,
                 "'" + file + "' is a folder, expected a drop file"},
                err);
  }
  const auto size = std::filesystem::file_size(file, error);
  if (!error && size > drops::kMaxDropSize) {
    return Fail({ExitStatus::kNoOrPartial,
                 "'" + file + "' was not applied: it is larger than any drop (" +
                     std::to_string(drops::kMaxDropSize / 1024) + " KiB)"},
                err);
  }
  std::string read_error;
  auto bytes = ReadFile(file, read_error);
  if (!bytes) {
    return Fail({ExitStatus::kEnvironment, read_error}, err);
  }

  auto drop = drops::OpenDrop(crypto::AsBytes(*bytes), *store);
  if (!drop) {
    return Fail({drop.error().status,
                 "'" + file + "' was not applied: " + drop.error().message},
                err);
  }
  auto record = drops::ApplyPasswordChange(*drop, *store);
  if (!record) {
    return Fail({record.error().status,
                 "'" + file + "' was not applied: " + record.error().message},
                err);
  }
  if (VerbosityOf(args) != Verbosity::kQuiet) {
    out << "applied the new password of user '" << record->username
        << "' (changed " << record->password_changed
        << "); run 'inzage build' to publish it\n";
  }
  return 0;
}

}  // namespace

Command UserApplyPasswordCommand() {
  std::vector<OptionSpec> options = {FolderOptions()[1]};
  const auto& output = OutputOptions();
  options.insert(options.end(), output.begin(), output.end());
  return {"user apply-password", "FILE",
          "Apply a password change that a user's browser saved",
          "Verifies the drop file (sealed to this site, signed by the user,\n"
          "not applied before, not older than the user's last change) and\n"
          "stores the user's keyring under the new password. After the next\n"
          "build the new password works everywhere and the old one no\n"
          "longer does. A file that is refused is left as it is.\n",
          options, RunApplyPassword};
}

}  // namespace inzage::cli
