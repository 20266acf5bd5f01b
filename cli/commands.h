#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "options.h"

namespace inzage::cli {

// One entry of the command table.
struct Command {
  std::string name;      // "build", "keys init", "user add"
  std::string arguments; // "NAME", shown after the name in the synopsis
  std::string summary;   // one line for the command list
  std::string details;   // paragraphs for 'inzage NAME --help'
  std::vector<OptionSpec> options;
  int (*run)(const ParsedArgs& args, std::ostream& out, std::ostream& err);
};

// Every command, in the order 'inzage --help' lists them.
const std::vector<Command>& Commands();

Command BuildCommand();
Command KeysInitCommand();
Command UserAddCommand();
Command UserResetCommand();
Command UserGrantCommand();
Command UserRevokeCommand();
Command UserDisableCommand();
Command UserListCommand();
Command UserApplyPasswordCommand();
Command PasswordCheckCommand();
Command PasswordGenerateCommand();

// The exit status table that every --help ends with.
std::string ExitStatusHelp();

// Prints 'inzage NAME --help'.
void PrintCommandHelp(const Command& command, std::ostream& out);

}  // namespace inzage::cli
