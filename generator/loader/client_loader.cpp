// clients/<id>/client.yaml, and LoadClient, which reads the whole folder.
#include <algorithm>
#include <exception>

#include "loader/client_parts.h"
#include "loader/export_loader.h"
#include "loader/quote.h"

namespace inzage::loader {
namespace {

constexpr std::string_view kClientEntries[] = {
    "client.yaml",     "contacts.yaml", "agreements.yaml",
    "medication.yaml", "presence.yaml", "reports",
    "dossier",         "invoices",      "messages"};

void ReadTabOverrides(const YAML::Node& node, YamlSource& source,
                      TabOverrides& tabs) {
  FieldReader fields(
      node, "tab switches",
      {"contacts", "medication", "presence", "dossier", "invoices"}, source);
  fields.Read("contacts", tabs.contacts);
  fields.Read("medication", tabs.medication);
  fields.Read("presence", tabs.presence);
  fields.Read("dossier", tabs.dossier);
  fields.Read("invoices", tabs.invoices);
}

// Reads `general`, free labels with their values, in the export's order.
void ReadGeneral(const YAML::Node& node, const YAML::Mark& key_mark,
                 YamlSource& source, Client& client) {
  if (!node.IsDefined() || node.IsNull()) {
    return;
  }
  if (!node.IsMap()) {
    source.Error(MarkOf(node, key_mark),
                 "expected a mapping of labels to values for 'general', "
                 "found " +
                     std::string(DescribeKind(node)));
    return;
  }

  for (auto it = node.begin(); it != node.end(); ++it) {
    YAML::Node label = it->first;
    YAML::Node value = it->second;
    if (!label.IsScalar()) {
      source.Error(label.Mark(), "expected a label, found " +
                                     std::string(DescribeKind(label)));
      continue;
    }
    if (!value.IsScalar() && !value.IsNull()) {
      source.Error(MarkOf(value, label.Mark()),
                   "expected a string for " + Quote(label.Scalar()) +
                       ", found " + std::string(DescribeKind(value)));
      continue;
    }
    bool seen = std::any_of(
        client.general.begin(), client.general.end(),
        [&](const auto& entry) { return entry.first == label.Scalar(); });
    if (seen) {
      source.Error(label.Mark(), "duplicate label " + Quote(label.Scalar()));
      continue;
    }
    client.general.emplace_back(label.Scalar(),
                                value.IsNull() ? "" : value.Scalar());
  }
}

void Load(const ClientFolder& folder, Client& client,
          Diagnostics& diagnostics) {
  std::optional<std::vector<FolderEntry>> entries =
      ListFolder(folder.tree(), folder.Path(""), folder.Display(), diagnostics);
  if (!entries) {
    return;
  }
  WarnUnknownEntries(*entries, kClientEntries, folder.Display(), diagnostics);

  LoadClientDetails(folder, client, diagnostics);
  LoadContacts(folder, client, diagnostics);
  LoadAgreements(folder, client, diagnostics);
  LoadMedication(folder, client, diagnostics);
  LoadPresence(folder, client, diagnostics);
  LoadReports(folder, client, diagnostics);
  LoadDossier(folder, client, diagnostics);
  LoadInvoices(folder, client, diagnostics);
  LoadMessages(folder, client, diagnostics);
}

}  // namespace

bool IsValidClientId(std::string_view id) {
  auto is_alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  };
  if (id.empty() || id.size() > kMaxClientIdLength || !is_alnum(id[0])) {
    return false;
  }
  return std::all_of(id.begin(), id.end(), [&](char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '-';
  });
}

ClientFolder::ClientFolder(const ExportTree& tree, std::string id)
    : tree_(tree), id_(std::move(id)) {}

std::filesystem::path ClientFolder::Path(std::string_view relative) const {
  return tree_.Path("clients/" + id_ + "/" + std::string(relative));
}

std::string ClientFolder::Display(std::string_view relative) const {
  std::string folder = "clients/" + id_;
  if (relative.empty()) {
    return tree_.Display(folder);
  }
  return tree_.Display(folder + "/" + std::string(relative));
}

std::optional<YAML::Node> ReadOptionalYaml(const ClientFolder& folder,
                                           std::string_view name,
                                           YamlSource& source) {
  std::filesystem::path path = folder.Path(name);
  if (!PathExists(path)) {
    return std::nullopt;
  }
  return ReadYamlFile(folder.tree(), path, source);
}

std::vector<FolderEntry> ListOptionalFolder(const ClientFolder& folder,
                                            std::string_view name,
                                            Diagnostics& diagnostics) {
  std::filesystem::path path = folder.Path(name);
  if (!PathExists(path)) {
    return {};
  }
  return ListFolder(folder.tree(), path, folder.Display(name), diagnostics)
      .value_or(std::vector<FolderEntry>{});
}

void LoadClientDetails(const ClientFolder& folder, Client& client,
                       Diagnostics& diagnostics) {
  std::string display = folder.Display("client.yaml");
  client.source = {display, 1, 1};
  if (!PathExists(folder.Path("client.yaml"))) {
    diagnostics.Error(display, 0, 0, "missing required file");
    return;
  }

  YamlSource source(display, diagnostics);
  std::optional<YAML::Node> root =
      ReadYamlFile(folder.tree(), folder.Path("client.yaml"), source);
  if (!root) {
    return;
  }

  FieldReader fields(*root, "client details",
                     {"name", "birth_date", "address", "phone", "financing",
                      "personal_caregiver", "general", "tabs"},
                     source);
  fields.Read("name", client.name, Presence::kRequired);
  fields.Read("birth_date", client.birth_date);
  fields.Read("address", client.address);
  fields.Read("phone", client.phone);
  fields.Read("financing", client.financing);
  fields.Read("personal_caregiver", client.personal_caregiver);
  ReadGeneral(fields.Value("general"), fields.KeyMark("general"), source,
              client);
  ReadTabOverrides(fields.Value("tabs"), source, client.tab_overrides);
}

LoadedClient LoadClient(const std::filesystem::path& root,
                        const std::string& display_root,
                        const std::string& client_id) {
  LoadedClient result;
  try {
    ExportTree tree(root, display_root);
    if (!IsValidClientId(client_id)) {
      result.diagnostics.Error(tree.Display("clients"), 0, 0,
                               "invalid client id " + Quote(client_id) +
                                   ", expected " +
                                   std::string(kClientIdExpected));
      return result;
    }

    ClientFolder folder(tree, client_id);
    if (!PathExists(folder.Path(""))) {
      result.diagnostics.Error(folder.Display(), 0, 0,
                               "client folder not found");
      return result;
    }

    Client client;
    client.id = client_id;
    Load(folder, client, result.diagnostics);
    if (!result.diagnostics.HasErrors()) {
      result.client = std::move(client);
    }
  } catch (const std::exception& error) {
    // Only an allocation failure or a bug in the loader gets here, because
    // the parts catch what yaml-cpp and the file system throw.
    result.client.reset();
    result.diagnostics.Error(display_root, 0, 0,
                             "internal error while loading client " +
                                 Quote(client_id) + ": " + error.what());
  }
  return result;
}

}  // namespace inzage::loader
