#include "loader/export_files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <system_error>

#include "loader/quote.h"
#include "loader/suggest.h"
#include "loader/utf8.h"

namespace inzage::loader {
namespace {

// Returns whether `path` is `base` or lies below it. Both are canonical.
bool IsWithin(const std::filesystem::path& path,
              const std::filesystem::path& base) {
  return std::mismatch(base.begin(), base.end(), path.begin(), path.end())
             .first == base.end();
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

  // A missing root keeps its absolute form, and reading it reports that.
  std::error_code error;
  canonical_root_ = std::filesystem::weakly_canonical(root_, error);
  if (error) {
    canonical_root_ = std::filesystem::absolute(root_, error);
  }
}

std::filesystem::path ExportTree::Path(std::string_view relative) const {
  return root_ / std::filesystem::path(relative);
}

std::string ExportTree::Display(std::string_view relative) const {
  if (relative.empty()) {
    return display_root_.empty() ? "." : EscapeForMessage(display_root_);
  }
  if (display_root_.empty()) {
    return EscapeForMessage(relative);
  }
  if (display_root_.back() == '/') {
    return EscapeForMessage(display_root_ + std::string(relative));
  }
  return EscapeForMessage(display_root_ + "/" + std::string(relative));
}

std::optional<LinkOut> ExportTree::FindLinkOut(
    const std::filesystem::path& path) const {
  std::filesystem::path current = root_;
  std::string relative;
  for (const std::filesystem::path& part : path.lexically_relative(root_)) {
    if (part.empty() || part == ".") {
      continue;
    }
    current /= part;
    relative += (relative.empty() ? "" : "/") + part.string();

    std::error_code error;
    if (!std::filesystem::is_symlink(
            std::filesystem::symlink_status(current, error))) {
      continue;
    }
    // weakly_canonical does not follow a link whose target is missing, and
    // returns the link itself. Such a link is an error because where it
    // leads is unknown.
    std::filesystem::path resolved =
        std::filesystem::weakly_canonical(current, error);
    std::error_code ignored;
    if (!error && std::filesystem::is_symlink(
                      std::filesystem::symlink_status(resolved, ignored))) {
      error = std::make_error_code(std::errc::no_such_file_or_directory);
    }
    if (!error && IsWithin(resolved, canonical_root_)) {
      continue;
    }

    std::error_code read_error;
    std::string target =
        std::filesystem::read_symlink(current, read_error).string();
    return LinkOut{Display(relative), target, error};
  }
  return std::nullopt;
}

bool ExportTree::CheckNoLinkOut(const std::filesystem::path& path,
                                Diagnostics& diagnostics) const {
  std::optional<LinkOut> link = FindLinkOut(path);
  if (!link) {
    return true;
  }
  diagnostics.Error(link->display, 0, 0, DescribeLinkOut(*link));
  return false;
}

std::string DescribeLinkOut(const LinkOut& link) {
  if (link.error) {
    return "failed to resolve symbolic link to " + Quote(link.target) + ": " +
           Reason(link.error);
  }
  return "symbolic link to " + Quote(link.target) +
         ", links out of the export are not allowed";
}

bool PathExists(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory) {
    return true;
  }
  return std::filesystem::exists(status);
}

std::optional<std::string> ReadTextFile(const ExportTree& tree,
                                        const std::filesystem::path& path,
                                        const std::string& display,
                                        Diagnostics& diagnostics) {
  if (!tree.CheckNoLinkOut(path, diagnostics)) {
    return std::nullopt;
  }

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
  // yaml-cpp 0.7 misreads a NUL: after one in a plain value it reports an
  // unknown escape character, and in quotes it keeps the NUL in the value.
  if (std::size_t nul = text.find('\0'); nul != std::string::npos) {
    auto [line, column] = LineAndColumn(text, nul);
    diagnostics.Error(display, line, column, "NUL character is not allowed");
    return std::nullopt;
  }
  return text;
}

std::optional<std::vector<FolderEntry>> ListFolder(
    const ExportTree& tree, const std::filesystem::path& path,
    const std::string& display, Diagnostics& diagnostics) {
  if (!tree.CheckNoLinkOut(path, diagnostics)) {
    return std::nullopt;
  }

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
        "unknown " + std::string(entry.is_folder ? "folder" : "file") + " " +
            Quote(entry.name) + DidYouMean(entry.name, known));
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
