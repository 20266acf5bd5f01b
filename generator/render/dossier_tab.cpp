#include <algorithm>
#include <vector>

#include "render/client_tabs.h"
#include "render/markdown_renderer.h"

namespace inzage::render {
namespace {

// The detail page has <h2> for the item's title and <h3> for its
// attachments, so headings in a description start at <h3>.
constexpr int kDescriptionHeadingLevel = 3;

// Returns the buttons of an item's files, adding each to the bundle.
TemplateData AttachmentButtons(ClientPageWriter& writer,
                               const loader::DossierItem& item) {
  TemplateData buttons = NewList();
  for (const loader::Attachment& file : item.files) {
    const std::string ref = "dossier/" + item.key + "/" + file.name;
    buttons.push_back(writer.AddAttachment(ref, file));
  }
  return buttons;
}

// Returns the fields that the list row and the detail page share.
TemplateData ItemData(ClientPageWriter& writer,
                      const loader::DossierItem& item) {
  TemplateData data;
  data.set("key", item.key);
  data.set("title", item.title);
  SetDate(data, "date", writer.locale(), item.date);
  SetText(data, "author", item.author);
  data.set("sign_request", item.sign_request);
  data.set("has_attachments", !item.files.empty());
  data.set("attachments", AttachmentButtons(writer, item));
  return data;
}

void RenderItemPage(ClientPageWriter& writer, const loader::DossierItem& item,
                    const TemplateData& item_data) {
  TemplateData page = item_data;
  SetText(page, "description_html",
          RenderMarkdown(item.description_markdown, kDescriptionHeadingLevel));
  page.set("back", writer.BackLink("dossier"));
  writer.AddPage("dossier/" + item.key, "dossier_item", page);
}

}  // namespace

void RenderDossierTab(ClientPageWriter& writer, const loader::Client& client) {
  // Sorts newest first, whatever the export's order. Stable sorting keeps
  // items of the same date in the export's order.
  std::vector<const loader::DossierItem*> items;
  for (const loader::DossierItem& item : client.dossier) {
    items.push_back(&item);
  }
  std::stable_sort(
      items.begin(), items.end(),
      [](const loader::DossierItem* a, const loader::DossierItem* b) {
        return a->date > b->date;
      });

  TemplateData rows = NewList();
  for (const loader::DossierItem* item : items) {
    TemplateData row = ItemData(writer, *item);
    RenderItemPage(writer, *item, row);
    row.set("href", writer.Href("dossier", item->key));
    rows.push_back(row);
  }

  TemplateData page;
  page.set("has_items", !items.empty());
  page.set("items", rows);
  writer.AddPage("dossier", "dossier", page);
}

}  // namespace inzage::render
