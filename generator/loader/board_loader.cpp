#include "loader/board_loader.h"

#include <algorithm>
#include <limits>

#include "loader/field_reader.h"
#include "loader/front_matter.h"
#include "loader/raw_html.h"
#include "loader/yaml_reader.h"

namespace inzage::loader {
namespace {

std::optional<BoardPage> LoadPage(const ExportTree& tree,
                                  const FolderEntry& entry,
                                  const std::string& display,
                                  Diagnostics& diagnostics) {
  Diagnostics local;
  std::optional<std::string> text =
      ReadTextFile(tree, entry.path, display, local);
  std::optional<FrontMatter> front_matter;
  if (text) {
    front_matter = SplitFrontMatter(*text, display, local);
  }

  BoardPage page;
  page.slug = entry.name.substr(0, entry.name.size() - 3);
  page.source = {display, 1, 1};
  if (front_matter) {
    YamlSource source(display, local, front_matter->yaml_line);
    if (std::optional<YAML::Node> root =
            ParseYaml(front_matter->yaml, source)) {
      FieldReader fields(*root, "page settings", {"title", "order"}, source);
      fields.Read("title", page.title, Presence::kRequired);
      page.order = static_cast<int>(
          fields
              .ReadInteger("order", std::numeric_limits<int>::min(),
                           std::numeric_limits<int>::max())
              .value_or(0));
    }
    WarnAboutRawHtml(front_matter->body, display, front_matter->body_line,
                     local);
    page.body_markdown = std::move(front_matter->body);
  }

  diagnostics.Append(local);
  if (local.HasErrors()) {
    return std::nullopt;
  }
  return page;
}

bool ComesBefore(const BoardPage& a, const BoardPage& b) {
  bool a_is_index = a.slug == "index";
  bool b_is_index = b.slug == "index";
  if (a_is_index != b_is_index) {
    return a_is_index;
  }
  if (a.order != b.order) {
    return a.order < b.order;
  }
  if (a.title != b.title) {
    return a.title < b.title;
  }
  return a.slug < b.slug;
}

}  // namespace

std::vector<BoardPage> LoadBoard(const ExportTree& tree,
                                 Diagnostics& diagnostics) {
  std::vector<BoardPage> pages;
  if (!PathExists(tree.Path("board/index.md"))) {
    diagnostics.Error(tree.Display("board/index.md"), 0, 0,
                      "missing required file, expected the landing page of "
                      "the bulletin board");
  }
  if (!PathExists(tree.Path("board"))) {
    return pages;
  }

  std::optional<std::vector<FolderEntry>> entries =
      ListFolder(tree, tree.Path("board"), tree.Display("board"), diagnostics);
  if (!entries) {
    return pages;
  }

  for (const FolderEntry& entry : *entries) {
    std::string display = tree.Display("board/" + entry.name);
    if (entry.is_folder || !HasSuffix(entry.name, ".md")) {
      WarnIgnored(entry, display, "<slug>.md pages", diagnostics);
      continue;
    }
    if (std::optional<BoardPage> page =
            LoadPage(tree, entry, display, diagnostics)) {
      pages.push_back(std::move(*page));
    }
  }

  std::sort(pages.begin(), pages.end(), ComesBefore);
  return pages;
}

}  // namespace inzage::loader
