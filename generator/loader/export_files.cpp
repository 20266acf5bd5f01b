#include "loader/export_files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <system_error>

#include "loader/suggest.h"

namespace inzage::loader {
namespace {

// Returns the length of the well-formed UTF-8 sequence at `text[i]`, or 0.
// Overlong forms, surrogates and code points above U+10FFFF are malformed.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) {
    return static_cast<unsigned char>(text[k]);
  };
  unsigned char lead = byte(i);
  if (lead < 0x80) {
    return 1;
  }

  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : 0x80;
    high = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }

  if (i + length > text.size()) {
    return 0;
  }
  if (byte(i + 1) < low || byte(i + 1) > high) {
    return 0;
  }
  for (std::size_t k = i + 2; k < i + length; ++k) {
    if (byte(k) < 0x80 || byte(k) > 0xBF) {
      return 0;
    }
  }
  return length;
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

std::string Reason(const std::error_code& error) {
  std::string text = error.message();
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

ExportTree::ExportTree(std::filesystem::path root, std::string display_root)
    : root_(std::move(root)), display_root_(std::move(display_root)) {
  while (display_root_.size() > 1 && display_root_.back() == '/') {
    display_root_.pop_back();
  }
}

std::filesystem::path ExportTree::Path(std::string_view relative) const {
  return root_ / std::filesystem::path(relative);
}

std::string ExportTree::Display(std::string_view relative) const {
  if (relative.empty()) {
    return display_root_.empty() ? "." : display_root_;
  }
  if (display_root_.empty()) {
    return std::string(relative);
  }
  if (display_root_.back() == '/') {
    return display_root_ + std::string(relative);
  }
  return display_root_ + "/" + std::string(relative);
}

bool PathExists(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory) {
    return true;
  }
  return std::filesystem::exists(status);
}

std::optional<std::pair<int, int>> FindMalformedUtf8(std::string_view text) {
  int line = 1;
  int column = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      return std::pair{line, column};
    }

    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
  return std::nullopt;
}

std::optional<std::string> ReadTextFile(const std::filesystem::path& path,
                                        const std::string& display,
                                        Diagnostics& diagnostics) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    diagnostics.Error(display, 0, 0, "expected a file, found a folder");
    return std::nullopt;
  }

  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    std::error_code open_error(errno, std::generic_category());
    diagnostics.Error(display, 0, 0,
                      "failed to open file: " + Reason(open_error));
    return std::nullopt;
  }

  std::string text;
  char buffer[64 * 1024];
  std::size_t count = 0;
  while ((count = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
    text.append(buffer, count);
  }
  if (std::ferror(file.get())) {
    std::error_code read_error(errno, std::generic_category());
    diagnostics.Error(display, 0, 0,
                      "failed to read file: " + Reason(read_error));
    return std::nullopt;
  }

  if (text.starts_with("\xEF\xBB\xBF")) {
    text.erase(0, 3);
  }
  if (std::optional<std::pair<int, int>> bad = FindMalformedUtf8(text)) {
    diagnostics.Error(display, bad->first, bad->second,
                      "malformed UTF-8, expected the file to be UTF-8 text");
    return std::nullopt;
  }
  return text;
}

std::optional<std::vector<FolderEntry>> ListFolder(
    const std::filesystem::path& path, const std::string& display,
    Diagnostics& diagnostics) {
  std::error_code error;
  std::filesystem::directory_iterator it(path, error);
  std::vector<FolderEntry> entries;
  for (; !error && it != std::filesystem::directory_iterator();
       it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.starts_with(".")) {
      continue;
    }

    std::error_code type_error;
    FolderEntry entry;
    entry.name = name;
    entry.path = it->path();
    entry.is_folder = it->is_directory(type_error);
    entry.is_file = it->is_regular_file(type_error);
    entries.push_back(std::move(entry));
  }

  if (error) {
    diagnostics.Error(display, 0, 0, "failed to read folder: " + Reason(error));
    return std::nullopt;
  }
  std::sort(entries.begin(), entries.end(),
            [](const FolderEntry& a, const FolderEntry& b) {
              return a.name < b.name;
            });
  return entries;
}

void WarnUnknownEntries(const std::vector<FolderEntry>& entries,
                        std::span<const std::string_view> known,
                        const std::string& display_folder,
                        Diagnostics& diagnostics) {
  for (const FolderEntry& entry : entries) {
    if (std::find(known.begin(), known.end(), entry.name) != known.end()) {
      continue;
    }
    diagnostics.Warning(
        display_folder, 0, 0,
        "unknown " + std::string(entry.is_folder ? "folder" : "file") + " '" +
            entry.name + "'" + DidYouMean(entry.name, known));
  }
}

void WarnIgnored(const FolderEntry& entry, const std::string& display,
                 std::string_view expected, Diagnostics& diagnostics) {
  diagnostics.Warning(display, 0, 0,
                      "ignored " +
                          std::string(entry.is_folder ? "folder" : "file") +
                          ", expected only " + std::string(expected) + " here");
}

bool HasSuffix(std::string_view name, std::string_view suffix) {
  return name.size() > suffix.size() && name.ends_with(suffix);
}

}  // namespace inzage::loader
