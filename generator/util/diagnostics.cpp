#include "util/diagnostics.h"

#include <algorithm>
#include <utility>

namespace inzage {

std::string FormatDiagnostic(const Diagnostic& diagnostic) {
  std::string text = "inzage: ";
  switch (diagnostic.severity) {
    case Severity::kError:
      text += "error: ";
      break;
    case Severity::kWarning:
      text += "warning: ";
      break;
    case Severity::kNote:
      text += "note: ";
      break;
  }

  if (!diagnostic.file.empty()) {
    text += diagnostic.file;
    if (diagnostic.line > 0) {
      text += ":" + std::to_string(diagnostic.line);
      if (diagnostic.column > 0) {
        text += ":" + std::to_string(diagnostic.column);
      }
    }
    text += ": ";
  }
  return text + diagnostic.message;
}

void Diagnostics::Error(std::string file, int line, int column,
                        std::string message) {
  all_.push_back({Severity::kError, std::move(file), line, column,
                  std::move(message)});
}

void Diagnostics::Warning(std::string file, int line, int column,
                          std::string message) {
  all_.push_back({Severity::kWarning, std::move(file), line, column,
                  std::move(message)});
}

void Diagnostics::Note(std::string file, std::string message) {
  all_.push_back({Severity::kNote, std::move(file), 0, 0, std::move(message)});
}

void Diagnostics::Add(Diagnostic diagnostic) {
  all_.push_back(std::move(diagnostic));
}

void Diagnostics::Append(const Diagnostics& other) {
  all_.insert(all_.end(), other.all_.begin(), other.all_.end());
}

bool Diagnostics::HasErrors() const { return ErrorCount() > 0; }

int Diagnostics::ErrorCount() const {
  return static_cast<int>(
      std::count_if(all_.begin(), all_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::kError;
      }));
}

int Diagnostics::WarningCount() const {
  return static_cast<int>(
      std::count_if(all_.begin(), all_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::kWarning;
      }));
}

}  // namespace inzage
