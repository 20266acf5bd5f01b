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

// A symbolic link on a path in the export whose target is outside the
// export, or that cannot be resolved.
struct LinkOut {
  std::string display;    // the link's name in messages
  std::string target;     // the link's text, e.g. "../../../../etc/passwd"
  std::error_code error;  // set when the link cannot be resolved
};

// The export's root folder on disk and the name it has in messages.
class ExportTree {
 public:
  // Resolves the root's own symbolic links once, for FindLinkOut. A tree
  // does not change afterwards, and each LoadExport and LoadClient call
  // makes its own.
  ExportTree(std::filesystem::path root, std::string display_root);

  // Returns the path on disk of `relative`, a '/'-separated path.
  std::filesystem::path Path(std::string_view relative) const;

  // Returns `relative` as shown in messages, e.g. "content/site.yaml".
  // Control characters in names are escaped (see EscapeForMessage).
  std::string Display(std::string_view relative) const;

  // Returns the first symbolic link on `path`, a path made by Path(), that
  // resolves to a place outside the export root or cannot be resolved.
  // Links whose target stays inside the export are allowed. The root
  // itself may be a link.
  // NOTE: the file is opened after this check, and attachments are read
  // even later by the writer, so a link made in between is not caught. A
  // hard link to a file outside the export looks like any other file.
  std::optional<LinkOut> FindLinkOut(const std::filesystem::path& path) const;

  // Reports the link that FindLinkOut finds on `path`, at the link's name.
  // Returns false when there is one.
  bool CheckNoLinkOut(const std::filesystem::path& path,
                      Diagnostics& diagnostics) const;

 private:
  std::filesystem::path root_;
  std::filesystem::path canonical_root_;
  std::string display_root_;
};

// Returns the message for a link that FindLinkOut found, without a
// location: "symbolic link to '/etc', links out of the export are not
// allowed".
std::string DescribeLinkOut(const LinkOut& link);

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

// Reads a whole file of `tree` that must be UTF-8 text without NUL
// characters, and strips a byte order mark. Reports a symbolic link out of
// the export on the way to the file, the operating system's reason when
// the file cannot be read, and the line and column of the first malformed
// UTF-8 sequence or NUL character.
std::optional<std::string> ReadTextFile(const ExportTree& tree,
                                        const std::filesystem::path& path,
                                        const std::string& display,
                                        Diagnostics& diagnostics);

// Lists a folder of `tree` sorted by name. Names starting with '.' (such
// as .DS_Store or .git) are left out. Reports a symbolic link out of the
// export on the way to the folder, and a folder that cannot be read.
std::optional<std::vector<FolderEntry>> ListFolder(
    const ExportTree& tree, const std::filesystem::path& path,
    const std::string& display, Diagnostics& diagnostics);

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
