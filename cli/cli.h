#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace inzage::cli {

// Runs the inzage command line: finds the command in the table, runs it
// and returns the process exit status. Nothing below throws out of it.
int Main(int argc, char** argv);

// Like Main, with the arguments (without the program name) and the output
// streams given, for tests.
int Run(const std::vector<std::string>& args, std::ostream& out,
        std::ostream& err);

}  // namespace inzage::cli
