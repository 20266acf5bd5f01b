#include "commands.h"

#include <ostream>

namespace inzage::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      BuildCommand(),
      KeysInitCommand(),
      UserAddCommand(),
      UserResetCommand(),
      UserGrantCommand(),
      UserRevokeCommand(),
      UserDisableCommand(),
      UserListCommand(),
      UserApplyPasswordCommand(),
      PasswordCheckCommand(),
      PasswordGenerateCommand(),
  };
  return commands;
}

std::string ExitStatusHelp() {
  return "Exit status:\n"
         "  0    success\n"
         "  1    the job ran and the answer is no or partial (for build:\n"
         "       some clients were skipped; the others were published)\n"
         "  2    wrong usage of the command\n"
         "  3    the input data made the job impossible (nothing was "
         "published)\n"
         "  4    the environment failed: files, permissions, key store\n"
         "  70   internal error\n"
         "  130  interrupted\n";
}

void PrintCommandHelp(const Command& command, std::ostream& out) {
  out << "Usage: inzage " << command.name;
  if (!command.arguments.empty()) {
    out << ' ' << command.arguments;
  }
  out << " [options]\n\n" << command.summary << "\n";
  if (!command.details.empty()) {
    out << '\n' << command.details;
  }
  out << "\nOptions:\n";
  for (const auto& option : command.options) {
    std::string left = "  ";
    left += option.short_name.empty() ? "    " : option.short_name + ", ";
    left += option.name;
    if (!option.value_name.empty()) {
      left += ' ' + option.value_name;
    }
    out << left << std::string(left.size() < 26 ? 26 - left.size() : 1, ' ')
        << option.help << '\n';
  }
  out << '\n' << ExitStatusHelp();
}

}  // namespace inzage::cli
