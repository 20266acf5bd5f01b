// clients/<id>/reports/*.md: one care report a file, with front matter.
#include <algorithm>

#include "loader/client_parts.h"
#include "loader/front_matter.h"
#include "loader/raw_html.h"

namespace inzage::loader {
namespace {

std::optional<Report> LoadReport(const ClientFolder& folder,
                                 const FolderEntry& entry,
                                 const std::string& display,
                                 Diagnostics& diagnostics) {
  std::optional<std::string> text =
      ReadTextFile(folder.tree(), entry.path, display, diagnostics);
  if (!text) {
    return std::nullopt;
  }
  std::optional<FrontMatter> front_matter =
      SplitFrontMatter(*text, display, diagnostics);
  if (!front_matter) {
    return std::nullopt;
  }

  YamlSource source(display, diagnostics, front_matter->yaml_line);
  std::optional<YAML::Node> root = ParseYaml(front_matter->yaml, source);
  if (!root) {
    return std::nullopt;
  }

  Report report;
  report.file_name = entry.name;
  FieldReader fields(*root, "report details", {"date", "author", "category"},
                     source);
  fields.Read("date", report.date, Presence::kRequired);
  fields.Read("author", report.author, Presence::kRequired);
  fields.Read("category", report.category);
  WarnAboutRawHtml(front_matter->body, display, front_matter->body_line,
                   diagnostics);
  report.body_markdown = std::move(front_matter->body);
  return report;
}

bool IsNewerReport(const Report& a, const Report& b) {
  if (a.date != b.date) {
    return a.date > b.date;
  }
  return a.file_name < b.file_name;
}

}  // namespace

void LoadReports(const ClientFolder& folder, Client& client,
                 Diagnostics& diagnostics) {
  for (const FolderEntry& entry :
       ListOptionalFolder(folder, "reports", diagnostics)) {
    std::string display = folder.Display("reports/" + entry.name);
    if (entry.is_folder || !HasSuffix(entry.name, ".md")) {
      WarnIgnored(entry, display, "Markdown reports (*.md)", diagnostics);
      continue;
    }
    if (std::optional<Report> report =
            LoadReport(folder, entry, display, diagnostics)) {
      client.reports.push_back(std::move(*report));
    }
  }

  std::sort(client.reports.begin(), client.reports.end(), IsNewerReport);
}

}  // namespace inzage::loader
