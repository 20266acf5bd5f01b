#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "loader/export_files.h"
#include "loader/field_reader.h"
#include "loader/model.h"
#include "loader/yaml_reader.h"
#include "util/diagnostics.h"

// The loaders of the files in one client folder, called by LoadClient. Each
// adds what it read to the client and reports problems to `diagnostics`.
// Any error there means that the client is skipped.
namespace inzage::loader {

// The folder clients/<id>/ of an export.
class ClientFolder {
 public:
  ClientFolder(const ExportTree& tree, std::string id);

  const std::string& id() const { return id_; }
  const ExportTree& tree() const { return tree_; }

  // Returns the path on disk of `relative` inside the client folder.
  std::filesystem::path Path(std::string_view relative) const;

  // Returns the name in messages of `relative` inside the client folder,
  // e.g. "content/clients/c-1001/contacts.yaml".
  std::string Display(std::string_view relative = "") const;

 private:
  const ExportTree& tree_;
  std::string id_;
};

// Reads and parses an optional YAML file of the client. Returns nullopt
// when the file does not exist or cannot be read or parsed, in which case
// the error is already reported.
std::optional<YAML::Node> ReadOptionalYaml(const ClientFolder& folder,
                                           std::string_view name,
                                           YamlSource& source);

// Lists an optional folder of the client, e.g. "reports". Returns an empty
// list when the folder does not exist.
std::vector<FolderEntry> ListOptionalFolder(const ClientFolder& folder,
                                            std::string_view name,
                                            Diagnostics& diagnostics);

// client.yaml, which must exist.
void LoadClientDetails(const ClientFolder& folder, Client& client,
                       Diagnostics& diagnostics);

// contacts.yaml, agreements.yaml, medication.yaml and presence.yaml.
void LoadContacts(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics);
void LoadAgreements(const ClientFolder& folder, Client& client,
                    Diagnostics& diagnostics);
void LoadMedication(const ClientFolder& folder, Client& client,
                    Diagnostics& diagnostics);
void LoadPresence(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics);

// reports/*.md, dossier/<item>/item.yaml, invoices/<number>.yaml and
// messages/*.yaml.
void LoadReports(const ClientFolder& folder, Client& client,
                 Diagnostics& diagnostics);
void LoadDossier(const ClientFolder& folder, Client& client,
                 Diagnostics& diagnostics);
void LoadInvoices(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics);
void LoadMessages(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics);

}  // namespace inzage::loader
