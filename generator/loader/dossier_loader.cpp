// clients/<id>/dossier/<item>/: documents made available to relatives.
#include <algorithm>

#include "loader/attachments.h"
#include "loader/client_parts.h"
#include "loader/quote.h"
#include "loader/raw_html.h"

namespace inzage::loader {
namespace {

void ReadFiles(FieldReader& fields, const ClientFolder& folder,
               const std::string& item_folder, DossierItem& item) {
  YamlSource& source = fields.source();
  YAML::Node files = fields.Value("files");
  if (!ExpectList(files, "file names", fields.KeyMark("files"), source)) {
    return;
  }

  for (const YAML::Node& file : files) {
    if (!file.IsScalar()) {
      source.Error(
          MarkOf(file, fields.KeyMark("files")),
          "expected a file name, found " + std::string(DescribeKind(file)));
      continue;
    }

    const std::string& name = file.Scalar();
    bool listed = std::any_of(
        item.files.begin(), item.files.end(),
        [&](const Attachment& attachment) { return attachment.name == name; });
    if (listed) {
      source.Warning(file.Mark(), "file " + Quote(name) + " is listed twice");
      continue;
    }
    if (std::optional<Attachment> attachment =
            ResolveAttachment(folder, item_folder, name, file.Mark(), source)) {
      item.files.push_back(std::move(*attachment));
    }
  }
}

std::optional<DossierItem> LoadItem(const ClientFolder& folder,
                                    const FolderEntry& entry,
                                    Diagnostics& diagnostics) {
  std::string item_folder = "dossier/" + entry.name;
  std::string display = folder.Display(item_folder + "/item.yaml");
  if (!PathExists(folder.Path(item_folder + "/item.yaml"))) {
    diagnostics.Error(display, 0, 0, "missing required file");
    return std::nullopt;
  }

  YamlSource source(display, diagnostics);
  std::optional<YAML::Node> root = ReadYamlFile(
      folder.tree(), folder.Path(item_folder + "/item.yaml"), source);
  if (!root) {
    return std::nullopt;
  }

  DossierItem item;
  item.key = entry.name;
  FieldReader fields(
      *root, "dossier item details",
      {"title", "date", "author", "description", "files", "sign_request"},
      source);
  fields.Read("title", item.title, Presence::kRequired);
  fields.Read("date", item.date, Presence::kRequired);
  fields.Read("author", item.author);
  fields.Read("description", item.description_markdown);
  WarnAboutRawHtml(fields, "description", item.description_markdown);
  ReadFiles(fields, folder, item_folder, item);
  fields.Read("sign_request", item.sign_request);
  return item;
}

bool IsNewerItem(const DossierItem& a, const DossierItem& b) {
  if (a.date != b.date) {
    return a.date > b.date;
  }
  return a.key < b.key;
}

}  // namespace

void LoadDossier(const ClientFolder& folder, Client& client,
                 Diagnostics& diagnostics) {
  for (const FolderEntry& entry :
       ListOptionalFolder(folder, "dossier", diagnostics)) {
    if (!entry.is_folder) {
      WarnIgnored(entry, folder.Display("dossier/" + entry.name),
                  "item folders", diagnostics);
      continue;
    }
    if (std::optional<DossierItem> item =
            LoadItem(folder, entry, diagnostics)) {
      client.dossier.push_back(std::move(*item));
    }
  }

  std::sort(client.dossier.begin(), client.dossier.end(), IsNewerItem);
}

}  // namespace inzage::loader
