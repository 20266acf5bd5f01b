#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "util/diagnostics.h"

// File system access for the loader. Nothing here throws: every failure
// becomes a diagnostic that names the file.
namespace inzage::loader {

// The export's root folder on disk and the name it has in messages.
class ExportTree {
 public:
  ExportTree(std::filesystem::path root, std::string display_root);

  // Returns the path on disk of `relative`, a '/'-separated path.
  std::filesystem::path Path(std::string_view relative) const;

  // Returns `relative` as shown in messages, e.g. "content/site.yaml".
  std::string Display(std::string_view relative) const;

 private:
  std::filesystem::path root_;
  std::string display_root_;
};

// One entry of a folder listing.
struct FolderEntry {
  std::string name;
  std::filesystem::path path;
  bool is_folder = false;
  bool is_file = false;  // a regular file, or a symbolic link to one
};

// Returns the operating system's text for an error in lower case, because
// messages start in lower case: "no such file or directory".
std::string Reason(const std::error_code& error);

// Returns whether `path` exists. A failure other than "not found" (e.g.
// permission denied on a parent) counts as existing, so that reading the
// path reports it.
bool PathExists(const std::filesystem::path& path);

// Reads a whole file that must be UTF-8 text and strips a byte order mark.
// Reports the operating system's reason when the file cannot be read, and
// the line and column of the first malformed UTF-8 sequence.
std::optional<std::string> ReadTextFile(const std::filesystem::path& path,
                                        const std::string& display,
                                        Diagnostics& diagnostics);

// Returns the 1-based line and column (in characters) of the first
// malformed UTF-8 sequence in `text`, or nullopt when `text` is valid.
std::optional<std::pair<int, int>> FindMalformedUtf8(std::string_view text);

// Lists a folder sorted by name. Names starting with '.' (such as
// .DS_Store or .git) are left out. Reports a folder that cannot be read.
std::optional<std::vector<FolderEntry>> ListFolder(
    const std::filesystem::path& path, const std::string& display,
    Diagnostics& diagnostics);

// Warns about each entry whose name is not in `known`, with a "did you
// mean" where a known name is close. `display_folder` is the folder's name
// in messages.
void WarnUnknownEntries(const std::vector<FolderEntry>& entries,
                        std::span<const std::string_view> known,
                        const std::string& display_folder,
                        Diagnostics& diagnostics);

// Warns that an entry of a folder is ignored because the folder is meant
// only for `expected`, e.g. "<slug>.md pages".
void WarnIgnored(const FolderEntry& entry, const std::string& display,
                 std::string_view expected, Diagnostics& diagnostics);

// Returns whether `name` ends with `suffix`, e.g. ".yaml".
bool HasSuffix(std::string_view name, std::string_view suffix);

}  // namespace inzage::loader
