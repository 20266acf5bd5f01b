#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "util/diagnostics.h"

namespace inzage::loader::testing {

// An export folder under the system's temporary folder, removed when the
// test ends. Tests write the files they need into it.
class TempExport {
 public:
  TempExport() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "inzage-loader-XXXXXX")
            .string();
    if (mkdtemp(pattern.data()) == nullptr) {
      ADD_FAILURE() << "mkdtemp failed for " << pattern;
    }
    root_ = pattern;
  }
  ~TempExport() {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }
  TempExport(const TempExport&) = delete;
  TempExport& operator=(const TempExport&) = delete;

  const std::filesystem::path& root() const { return root_; }

  // Writes `text` to `relative`, creating its folders.
  void Write(std::string_view relative, std::string_view text) const {
    std::filesystem::path path = root_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }

  // Makes `relative` a symbolic link to `target`, creating its folders.
  void Link(std::string_view relative,
            const std::filesystem::path& target) const {
    std::filesystem::path path = root_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::filesystem::create_symlink(target, path);
  }

  // Writes the smallest valid site: site.yaml and the board's index page.
  void WriteMinimalSite() const {
    Write("site.yaml", "provider: Zorggroep Testhuis\n");
    Write("board/index.md", "---\ntitle: Welkom\n---\nHallo.\n");
  }

 private:
  std::filesystem::path root_;
};

// Returns the diagnostics as the command line prints them, one a line, so
// that a failing test shows every message.
inline std::string Messages(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics.All()) {
    text += FormatDiagnostic(diagnostic) + "\n";
  }
  return text;
}

}  // namespace inzage::loader::testing
