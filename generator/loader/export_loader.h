#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loader/model.h"
#include "util/diagnostics.h"

// Loading of a care system's export (the content/ folder), as specified in
// docs/export.md. Nothing here throws: every problem, including a failure
// of the file system, becomes a diagnostic.
namespace inzage::loader {

// Site-wide part of an export.
struct LoadedExport {
  // Empty when site.yaml is missing or has errors.
  std::optional<Site> site;
  // The index page first, then by order, then by title.
  std::vector<BoardPage> board;
  // Sorted by username. Users with errors are left out.
  std::vector<User> users;
  // The folders under clients/, sorted, except those reported as errors:
  // an invalid id, an id that differs from an earlier one only in case,
  // and a symbolic link out of the export.
  std::vector<std::string> client_ids;
  Diagnostics diagnostics;
};

// Loads site.yaml, the bulletin board and the users, and lists the client
// folders without reading them. `display_root` is the prefix of file names
// in messages, e.g. "content" gives "content/site.yaml".
LoadedExport LoadExport(const std::filesystem::path& root,
                        const std::string& display_root);

// One client of an export.
struct LoadedClient {
  // Empty when the client has errors and must be skipped.
  std::optional<Client> client;
  Diagnostics diagnostics;
};

// Loads everything under clients/<client_id>/ and reports every problem
// found, not only the first. Safe to call from several threads at once for
// different clients.
LoadedClient LoadClient(const std::filesystem::path& root,
                        const std::string& display_root,
                        const std::string& client_id);

// The rule for client ids, for messages: "expected " + kClientIdExpected.
inline constexpr std::string_view kClientIdExpected =
    "1 to 64 of a-z A-Z 0-9 . _ - starting with a letter or digit";
inline constexpr std::size_t kMaxClientIdLength = 64;

// Returns whether `id`, a folder name under clients/, is a valid client id:
// 1 to 64 of a-z A-Z 0-9 . _ - starting with a letter or digit. The rule
// keeps ids safe in paths, URLs and messages.
bool IsValidClientId(std::string_view id);

// Trims white space and lower-cases ASCII. Returns nullopt unless the result
// is 1-64 chars of a-z 0-9 . _ - starting with a letter or digit.
std::optional<std::string> NormaliseUsername(std::string_view name);

}  // namespace inzage::loader
