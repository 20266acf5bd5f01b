#include "render/page_renderer.h"

#include <algorithm>
#include <tuple>

#include "render/client_page_writer.h"
#include "render/client_tabs.h"
#include "render/markdown_renderer.h"
#include "render/template_data.h"

namespace inzage::render {
namespace {

// A tab of the client dossier: its id, the switch that turns it on (none for
// the tabs every client has) and the function that renders its pages.
struct TabDefinition {
  const char* id;
  bool loader::TabSwitches::*switch_member;
  void (*render)(ClientPageWriter& writer, const loader::Client& client);
};

// The tabs in display order.
constexpr TabDefinition kTabs[] = {
    {"general", nullptr, RenderGeneralTab},
    {"contacts", &loader::TabSwitches::contacts, RenderContactsTab},
    {"agreements", nullptr, RenderAgreementsTab},
    {"medication", &loader::TabSwitches::medication, RenderMedicationTab},
    {"reports", nullptr, RenderReportsTab},
    {"presence", &loader::TabSwitches::presence, RenderPresenceTab},
    {"dossier", &loader::TabSwitches::dossier, RenderDossierTab},
    {"invoices", &loader::TabSwitches::invoices, RenderInvoicesTab},
};

// The board page has <h2> for its title, so headings in its Markdown start
// at <h3>.
constexpr int kBoardHeadingLevel = 3;

constexpr std::string_view kLandingPageSlug = "index";

}  // namespace

ClientPages RenderClientPages(const Theme& theme, const loader::Client& client,
                              const loader::TabSwitches& tabs,
                              const std::string& client_path_id) {
  ClientPages output;
  ClientPageWriter writer(theme, client_path_id, output);
  for (const TabDefinition& tab : kTabs) {
    if (tab.switch_member && !(tabs.*tab.switch_member)) {
      continue;
    }
    const std::string id = tab.id;
    output.tabs.push_back({id, theme.locale().Text("tab." + id)});
    tab.render(writer, client);
  }
  return output;
}

std::vector<RenderedBoardPage> RenderBoard(
    const Theme& theme, const std::vector<loader::BoardPage>& pages) {
  std::vector<const loader::BoardPage*> sorted;
  for (const loader::BoardPage& page : pages) {
    sorted.push_back(&page);
  }
  std::stable_sort(
      sorted.begin(), sorted.end(),
      [](const loader::BoardPage* a, const loader::BoardPage* b) {
        // false sorts before true, so the landing page is first.
        return std::tuple(a->slug != kLandingPageSlug, a->order, a->title) <
               std::tuple(b->slug != kLandingPageSlug, b->order, b->title);
      });

  std::vector<RenderedBoardPage> rendered;
  for (const loader::BoardPage* page : sorted) {
    TemplateData data;
    data.set("slug", page->slug);
    data.set("title", page->title);
    data.set("body_html",
             RenderMarkdown(page->body_markdown, kBoardHeadingLevel));
    rendered.push_back({page->slug, page->title, page->order,
                        theme.Render("board_page", data)});
  }
  return rendered;
}

}  // namespace inzage::render
