#pragma once

#include <string>
#include <vector>

namespace inzage {

enum class Severity { kNote, kWarning, kError };

// A message about the input or the environment, with the place it refers to.
// Line and column are 1-based; 0 means the message has no such position.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
};

// Formats a diagnostic the way every command prints it:
// "inzage: error: content/site.yaml:4:3: unknown key 'lang'".
std::string FormatDiagnostic(const Diagnostic& diagnostic);

// Collects the diagnostics of one job, in the order they were found.
class Diagnostics {
 public:
  void Error(std::string file, int line, int column, std::string message);
  void Warning(std::string file, int line, int column, std::string message);
  void Note(std::string file, std::string message);
  void Add(Diagnostic diagnostic);
  void Append(const Diagnostics& other);

  bool HasErrors() const;
  int ErrorCount() const;
  int WarningCount() const;
  const std::vector<Diagnostic>& All() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
};

}  // namespace inzage
