#include <cstdio>
#include <ostream>

#include "commands.h"
#include "site/site_builder.h"

namespace inzage::cli {
namespace {

std::string HumanBytes(std::uint64_t bytes) {
  char text[32];
  if (bytes >= (1u << 20)) {
    std::snprintf(text, sizeof text, "%.1f MiB", bytes / 1048576.0);
  } else {
    std::snprintf(text, sizeof text, "%.1f KiB", bytes / 1024.0);
  }
  return text;
}

// "1 page", "2 pages".
std::string Count(long long count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

void PrintSummary(const site::BuildSummary& summary,
                  const Diagnostics& diagnostics, std::ostream& out) {
  char seconds[16];
  std::snprintf(seconds, sizeof seconds, "%.2f", summary.seconds);
  out << "built " << summary.clients_built << " of "
      << Count(summary.clients, "client");
  if (summary.clients_kept > 0) {
    out << ", kept the previous build of " << summary.clients_kept;
  }
  if (summary.clients_missing > 0) {
    out << ", left out " << summary.clients_missing;
  }
  out << "; " << Count(summary.pages, "page") << ", "
      << Count(summary.attachments, "attachment") << " ("
      << summary.attachments_reused << " unchanged), "
      << Count(summary.users, "user") << ", " << HumanBytes(summary.bytes)
      << " in " << seconds << " s; " << Count(diagnostics.ErrorCount(), "error")
      << ", " << Count(diagnostics.WarningCount(), "warning") << "\n";
}

int RunBuild(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
  if (!args.positional.empty()) {
    err << "inzage: error: 'build' takes no arguments, found '"
        << args.positional[0] << "'\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  int jobs = 0;
  if (auto text = args.Value("--jobs"); !text.empty()) {
    const bool digits = text.size() <= 4 &&
                        text.find_first_not_of("0123456789") == std::string::npos;
    jobs = digits ? std::stoi(text) : -1;
    if (jobs < 1 || jobs > 1024) {
      err << "inzage: error: invalid --jobs '" << text
          << "', expected a whole number from 1 to 1024\n";
      return static_cast<int>(ExitStatus::kUsage);
    }
  }

  const auto verbosity = VerbosityOf(args);
  site::BuildOptions options{ContentPlace(args), KeysPlace(args),
                             OutPlace(args), ThemePath(args), jobs};
  Diagnostics diagnostics;
  auto progress = [&](const std::string& line) {
    if (verbosity == Verbosity::kVerbose) {
      err << "inzage: " << line << '\n';
    }
  };

  auto summary = site::BuildSite(options, diagnostics, progress);
  PrintDiagnostics(diagnostics, verbosity, err);
  if (!summary) {
    PrintError(summary.error(), err);
    err << "inzage: note: the previously published site, if any, is "
           "unchanged\n";
    return static_cast<int>(summary.error().status);
  }
  if (verbosity != Verbosity::kQuiet) {
    PrintSummary(*summary, diagnostics, out);
  }
  // An error in a user's file also leaves something out: that user.
  const bool partial = summary->clients_kept > 0 ||
                       summary->clients_missing > 0 ||
                       diagnostics.HasErrors();
  return static_cast<int>(partial ? ExitStatus::kNoOrPartial
                                  : ExitStatus::kSuccess);
}

}  // namespace

Command BuildCommand() {
  std::vector<OptionSpec> options = FolderOptions();
  options.push_back({"--theme", "", "DIR",
                     "the theme to render with (default: the built-in one)"});
  options.push_back({"--jobs", "-j", "N",
                     "clients built at once (default: one per core)"});
  const auto& output = OutputOptions();
  options.insert(options.end(), output.begin(), output.end());
  return {"build", "",
          "Build the encrypted site from the export and publish it",
          "Reads the export (--content) and the key store (--keys), encrypts\n"
          "every client's dossier on its own and publishes the site (--out)\n"
          "in one step: --out is a link to the newest folder in\n"
          "<out>.releases/, so a reader never sees a half-written site and a\n"
          "failed build leaves the previous site in place. A client with\n"
          "errors is skipped; its previous build stays, and the exit status\n"
          "is 1, as for a user whose file has errors. With no usable site\n"
          "settings, landing page or clients nothing is published (status\n"
          "3). --out must be new, empty, or a site that a build published,\n"
          "and must not overlap --content or --keys.\n",
          options, RunBuild};
}

}  // namespace inzage::cli
