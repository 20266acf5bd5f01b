#pragma once

#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "site/site_builder.h"
#include "util/diagnostics.h"
#include "util/result.h"

namespace inzage::cli {

// An option a command accepts.
struct OptionSpec {
  std::string name;        // "--content"
  std::string short_name;  // "-q", or empty
  std::string value_name;  // "DIR"; empty for a flag
  std::string help;
};

// The options every command that works on a provider folder accepts.
const std::vector<OptionSpec>& FolderOptions();
const std::vector<OptionSpec>& OutputOptions();

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;  // by long name
  std::set<std::string> flags;                // by long name

  bool Has(const std::string& name) const { return flags.count(name) > 0; }
  std::string Value(const std::string& name,
                    const std::string& fallback = "") const;
};

// Parses the arguments after the command's name against its options.
// "--name=value" and "--name value" both work; "--" ends the options.
Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                             const std::vector<OptionSpec>& specs);

// The provider folders from --content, --keys and --out, each defaulting
// to the folder of that name in the working directory.
site::Place ContentPlace(const ParsedArgs& args);
site::Place KeysPlace(const ParsedArgs& args);
site::Place OutPlace(const ParsedArgs& args);
// The theme from --theme, else $INZAGE_THEME, else the one built in.
std::string ThemePath(const ParsedArgs& args);

// How much a command prints: -q shows errors only, -v adds progress.
enum class Verbosity { kQuiet, kNormal, kVerbose };
Verbosity VerbosityOf(const ParsedArgs& args);

// Prints diagnostics to `err` in the common format, leaving out warnings
// and notes when quiet.
void PrintDiagnostics(const Diagnostics& diagnostics, Verbosity verbosity,
                      std::ostream& err);
void PrintError(const Error& error, std::ostream& err);

}  // namespace inzage::cli
