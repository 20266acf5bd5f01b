#include "cli.h"

#include <algorithm>
#include <exception>
#include <iostream>

#include "commands.h"
#include "crypto/secret_bytes.h"

namespace inzage::cli {
namespace {

void PrintOverview(std::ostream& out) {
  out << "Usage: inzage COMMAND [options]\n\n"
         "Builds a care provider's encrypted client site from a dossier "
         "export,\nand manages its keys and users.\n\nCommands:\n";
  std::vector<std::string> synopses;
  std::size_t width = 0;
  for (const auto& command : Commands()) {
    std::string left = "  " + command.name;
    if (!command.arguments.empty()) {
      left += ' ' + command.arguments;
    }
    width = std::max(width, left.size() + 2);
    synopses.push_back(std::move(left));
  }
  for (std::size_t i = 0; i < synopses.size(); ++i) {
    out << synopses[i] << std::string(width - synopses[i].size(), ' ')
        << Commands()[i].summary << '\n';
  }
  out << "\nRun 'inzage COMMAND --help' for the options of a command.\n"
         "Every command works in a folder with content/, keys/ and output/,\n"
         "or where --content, --keys and --out point.\n\n"
      << ExitStatusHelp();
}

// Finds the longest command name that the arguments start with, so that
// "user add" wins over a future "user".
const Command* FindCommand(const std::vector<std::string>& args,
                           std::size_t& words) {
  const Command* best = nullptr;
  for (const auto& command : Commands()) {
    std::size_t start = 0;
    std::size_t count = 0;
    bool matches = true;
    while (start <= command.name.size()) {
      const auto end = command.name.find(' ', start);
      const std::string word = command.name.substr(start, end - start);
      if (count >= args.size() || args[count] != word) {
        matches = false;
        break;
      }
      ++count;
      if (end == std::string::npos) {
        break;
      }
      start = end + 1;
    }
    if (matches && (best == nullptr || count > words)) {
      best = &command;
      words = count;
    }
  }
  return best;
}

// For "inzage user" or "inzage user frobnicate": lists the commands of the
// group, as help when asked and as a usage error otherwise.
int PrintGroup(const std::vector<std::string>& args, std::ostream& out,
               std::ostream& err) {
  const std::string group = args[0] + " ";
  std::vector<const Command*> members;
  for (const auto& command : Commands()) {
    if (command.name.rfind(group, 0) == 0) {
      members.push_back(&command);
    }
  }
  const bool asked = args.size() == 2 && (args[1] == "--help" || args[1] == "-h");
  if (members.empty()) {
    err << "inzage: error: unknown command '" << args[0]
        << "'; run 'inzage --help' for the list\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  std::ostream& stream = asked ? out : err;
  if (!asked) {
    stream << "inzage: error: "
           << (args.size() < 2 ? "'" + args[0] + "' needs a command"
                               : "unknown command '" + args[0] + " " +
                                     args[1] + "'")
           << "; the '" << args[0] << "' commands are:\n";
  }
  for (const Command* command : members) {
    std::string left = "  inzage " + command->name;
    if (!command->arguments.empty()) {
      left += ' ' + command->arguments;
    }
    stream << left << std::string(left.size() < 40 ? 40 - left.size() : 1, ' ')
           << command->summary << '\n';
  }
  return static_cast<int>(asked ? ExitStatus::kSuccess : ExitStatus::kUsage);
}

int RunCommand(const Command& command, const std::vector<std::string>& rest,
               std::ostream& out, std::ostream& err) {
  auto parsed = ParseArgs(rest, command.options);
  if (!parsed) {
    PrintError(parsed.error(), err);
    err << "Run 'inzage " << command.name << " --help' for its options.\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  if (parsed->Has("--help")) {
    PrintCommandHelp(command, out);
    return 0;
  }
  return command.run(*parsed, out, err);
}

}  // namespace

int Run(const std::vector<std::string>& args, std::ostream& out,
        std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" ||
      args[0] == "help") {
    PrintOverview(args.empty() ? err : out);
    return static_cast<int>(args.empty() ? ExitStatus::kUsage
                                         : ExitStatus::kSuccess);
  }
  if (args[0] == "--version") {
    out << "inzage " << INZAGE_VERSION << '\n';
    return 0;
  }
  if (!crypto::InitSodium()) {
    err << "inzage: error: libsodium could not be initialised\n";
    return static_cast<int>(ExitStatus::kEnvironment);
  }

  std::size_t words = 0;
  const Command* command = FindCommand(args, words);
  if (command == nullptr) {
    return PrintGroup(args, out, err);
  }
  const std::vector<std::string> rest(args.begin() + words, args.end());
  return RunCommand(*command, rest, out, err);
}

int Main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return Run(args, std::cout, std::cerr);
  } catch (const std::bad_alloc&) {
    std::cerr << "inzage: error: out of memory\n";
    return static_cast<int>(ExitStatus::kEnvironment);
  } catch (const std::exception& exception) {
    std::cerr << "inzage: internal error: " << exception.what()
              << "; please report it with the command you ran\n";
    return static_cast<int>(ExitStatus::kInternal);
  }
}

}  // namespace inzage::cli
