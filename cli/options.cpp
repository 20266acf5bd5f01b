#include "options.h"

#include <cstdlib>
#include <ostream>

namespace inzage::cli {

const std::vector<OptionSpec>& FolderOptions() {
  static const std::vector<OptionSpec> specs = {
      {"--content", "", "DIR", "the export to read (default: ./content)"},
      {"--keys", "", "DIR", "the key store (default: ./keys)"},
      {"--out", "", "DIR", "the published site (default: ./output)"},
  };
  return specs;
}

const std::vector<OptionSpec>& OutputOptions() {
  static const std::vector<OptionSpec> specs = {
      {"--quiet", "-q", "", "print errors only"},
      {"--verbose", "-v", "", "print progress as well"},
      {"--help", "-h", "", "show this help"},
  };
  return specs;
}

std::string ParsedArgs::Value(const std::string& name,
                              const std::string& fallback) const {
  auto found = values.find(name);
  return found == values.end() ? fallback : found->second;
}

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                             const std::vector<OptionSpec>& specs) {
  ParsedArgs parsed;
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_ended || arg.size() < 2 || arg[0] != '-') {
      parsed.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }

    const auto equals = arg.find('=');
    const std::string name = arg.substr(0, equals);
    const OptionSpec* spec = nullptr;
    for (const auto& candidate : specs) {
      if (candidate.name == name || candidate.short_name == name) {
        spec = &candidate;
      }
    }
    if (spec == nullptr) {
      return Error{ExitStatus::kUsage, "unknown option '" + name + "'"};
    }
    if (spec->value_name.empty()) {
      if (equals != std::string::npos) {
        return Error{ExitStatus::kUsage,
                     "option '" + spec->name + "' takes no value"};
      }
      parsed.flags.insert(spec->name);
      continue;
    }
    std::string value;
    if (equals != std::string::npos) {
      value = arg.substr(equals + 1);
    } else if (i + 1 < args.size()) {
      value = args[++i];
    }
    if (value.empty()) {
      return Error{ExitStatus::kUsage, "option '" + spec->name +
                                           "' needs a value (" +
                                           spec->value_name + ")"};
    }
    parsed.values[spec->name] = value;
  }
  return parsed;
}

namespace {

site::Place PlaceOf(const ParsedArgs& args, const std::string& option,
                    const std::string& fallback) {
  const std::string display = args.Value(option, fallback);
  return {display, display};
}

}  // namespace

site::Place ContentPlace(const ParsedArgs& args) {
  return PlaceOf(args, "--content", "content");
}

site::Place KeysPlace(const ParsedArgs& args) {
  return PlaceOf(args, "--keys", "keys");
}

site::Place OutPlace(const ParsedArgs& args) {
  return PlaceOf(args, "--out", "output");
}

std::string ThemePath(const ParsedArgs& args) {
  if (auto theme = args.Value("--theme"); !theme.empty()) {
    return theme;
  }
  if (const char* theme = std::getenv("INZAGE_THEME")) {
    return theme;
  }
  return INZAGE_DEFAULT_THEME;
}

Verbosity VerbosityOf(const ParsedArgs& args) {
  if (args.Has("--quiet")) {
    return Verbosity::kQuiet;
  }
  return args.Has("--verbose") ? Verbosity::kVerbose : Verbosity::kNormal;
}

void PrintDiagnostics(const Diagnostics& diagnostics, Verbosity verbosity,
                      std::ostream& err) {
  for (const auto& diagnostic : diagnostics.All()) {
    if (verbosity == Verbosity::kQuiet &&
        diagnostic.severity != Severity::kError) {
      continue;
    }
    err << FormatDiagnostic(diagnostic) << '\n';
  }
}

void PrintError(const Error& error, std::ostream& err) {
  err << "inzage: error: " << error.message << '\n';
}

}  // namespace inzage::cli
