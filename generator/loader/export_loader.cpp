#include "loader/export_loader.h"

#include <exception>
#include <map>

#include "loader/board_loader.h"
#include "loader/export_files.h"
#include "loader/quote.h"
#include "loader/site_loader.h"
#include "loader/user_loader.h"

namespace inzage::loader {
namespace {

// README.md is for people who look into the export; the build ignores it.
constexpr std::string_view kRootEntries[] = {"site.yaml", "board", "users",
                                             "clients", "README.md"};

std::string LowerAscii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return text;
}

// Reports a client folder that cannot be a client. Ids that differ only in
// case would be one folder on a case-insensitive file system, so the later
// one in `ids_by_lower_case` is an error.
bool CheckClientFolder(const ExportTree& tree, const FolderEntry& entry,
                       std::map<std::string, std::string>& ids_by_lower_case,
                       Diagnostics& diagnostics) {
  if (!IsValidClientId(entry.name)) {
    diagnostics.Error(tree.Display("clients"), 0, 0,
                      "invalid client id " + Quote(entry.name) + ", expected " +
                          std::string(kClientIdExpected));
    return false;
  }

  auto [it, inserted] =
      ids_by_lower_case.emplace(LowerAscii(entry.name), entry.name);
  if (!inserted) {
    diagnostics.Error(tree.Display("clients/" + entry.name), 0, 0,
                      "client id " + Quote(entry.name) + " differs from " +
                          Quote(it->second) +
                          " only in case, expected ids that differ in more "
                          "than case");
    return false;
  }
  return tree.CheckNoLinkOut(entry.path, diagnostics);
}

std::vector<std::string> ListClientIds(const ExportTree& tree,
                                       Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  if (!PathExists(tree.Path("clients"))) {
    return ids;
  }
  std::optional<std::vector<FolderEntry>> entries = ListFolder(
      tree, tree.Path("clients"), tree.Display("clients"), diagnostics);
  if (!entries) {
    return ids;
  }

  std::map<std::string, std::string> ids_by_lower_case;
  for (const FolderEntry& entry : *entries) {
    if (!entry.is_folder) {
      WarnIgnored(entry, tree.Display("clients/" + entry.name),
                  "client folders", diagnostics);
    } else if (CheckClientFolder(tree, entry, ids_by_lower_case, diagnostics)) {
      ids.push_back(entry.name);
    }
  }
  return ids;
}

void Load(const ExportTree& tree, LoadedExport& result) {
  Diagnostics& diagnostics = result.diagnostics;
  std::optional<std::vector<FolderEntry>> entries =
      ListFolder(tree, tree.Path(""), tree.Display(""), diagnostics);
  if (!entries) {
    return;
  }
  WarnUnknownEntries(*entries, kRootEntries, tree.Display(""), diagnostics);

  result.site = LoadSite(tree, diagnostics);
  result.board = LoadBoard(tree, diagnostics);
  result.client_ids = ListClientIds(tree, diagnostics);
  result.users = LoadUsers(tree, result.client_ids, diagnostics);
}

}  // namespace

LoadedExport LoadExport(const std::filesystem::path& root,
                        const std::string& display_root) {
  LoadedExport result;
  try {
    Load(ExportTree(root, display_root), result);
  } catch (const std::exception& error) {
    // Only an allocation failure or a bug in the loader gets here, because
    // the parts catch what yaml-cpp and the file system throw. The partial
    // result is dropped so that no site is built from it.
    Diagnostics diagnostics = std::move(result.diagnostics);
    result = LoadedExport();
    result.diagnostics = std::move(diagnostics);
    result.diagnostics.Error(display_root, 0, 0,
                             std::string("internal error while loading the "
                                         "export: ") +
                                 error.what());
  }
  return result;
}

}  // namespace inzage::loader
