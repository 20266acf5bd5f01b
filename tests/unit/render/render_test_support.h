#pragma once

// Helpers shared by the renderer's tests.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "render/theme.h"
#include "util/diagnostics.h"

namespace inzage::render::testing_support {

inline std::filesystem::path DefaultThemeDir() {
  return std::filesystem::path(INZAGE_SOURCE_DIR) / "themes" / "default";
}

// Loads themes/default in `language` and reports its diagnostics as test
// failures.
inline std::optional<Theme> LoadDefaultTheme(const std::string& language) {
  Diagnostics diagnostics;
  std::optional<Theme> theme =
      Theme::Load(DefaultThemeDir(), language, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.All()) {
    ADD_FAILURE() << FormatDiagnostic(diagnostic);
  }
  return theme;
}

// A fresh folder below the system's temporary folder, removed with its
// contents when the object goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("inzage-render-test-" + std::to_string(random()) + "-" +
             std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void WriteFile(const std::filesystem::path& file,
                      const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream stream(file, std::ios::binary | std::ios::trunc);
  stream << text;
}

inline std::string ReadFile(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(stream), {});
}

// Returns every tag "<…>" of `html`. Escaped text has no '<', so each
// match is a real tag.
inline std::vector<std::string> HtmlTags(const std::string& html) {
  std::vector<std::string> tags;
  std::size_t start = html.find('<');
  while (start != std::string::npos) {
    const std::size_t end = html.find('>', start);
    if (end == std::string::npos) {
      tags.push_back(html.substr(start));
      break;
    }
    tags.push_back(html.substr(start, end - start + 1));
    start = html.find('<', end);
  }
  return tags;
}

}  // namespace inzage::render::testing_support
