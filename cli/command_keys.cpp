#include <ostream>

#include "commands.h"
#include "keys/key_store.h"

namespace inzage::cli {
namespace {

int RunKeysInit(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
  if (!args.positional.empty()) {
    err << "inzage: error: 'keys init' takes no arguments, found '"
        << args.positional[0] << "'\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  const auto place = KeysPlace(args);
  auto store =
      keys::KeyStore::Create(place.path, place.display, args.Has("--force"));
  if (!store) {
    PrintError(store.error(), err);
    return static_cast<int>(store.error().status);
  }
  if (VerbosityOf(args) != Verbosity::kQuiet) {
    out << "created the key store in '" << place.display
        << "'; keep a backup of it in a safe place: without it the site\n"
           "cannot be built again and every user needs a new password\n";
  }
  return 0;
}

}  // namespace

Command KeysInitCommand() {
  std::vector<OptionSpec> options = {
      {"--keys", "", "DIR", "where to create the key store (default: ./keys)"},
      {"--force", "", "",
       "replace an existing key store (every user then needs a new "
       "password)"},
  };
  const auto& output = OutputOptions();
  options.insert(options.end(), output.begin(), output.end());
  return {"keys init", "", "Create the provider's key store",
          "Creates the site id, the site key, the drop and signature key\n"
          "pairs and the names key, in files that only the owner can read.\n",
          options, RunKeysInit};
}

}  // namespace inzage::cli
