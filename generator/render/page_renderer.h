#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "loader/model.h"
#include "render/theme.h"

namespace inzage::render {

// A tab of the client dossier, in the bundle's "tabs" list.
struct RenderedTab {
  std::string id;     // "general", "contacts", ...: also the tab's route
  std::string title;  // in the theme's language: "Algemeen"
};

// A file that a page links to with a data-attachment button.
struct AttachmentRef {
  std::string ref;   // "dossier/<item>/<file>" or "invoices/<file>"
  std::string name;  // file name shown and used for download
  std::string type;  // MIME type from the file name's extension
  std::string path;  // file on disk, from loader::Attachment::path
  std::uint64_t size = 0;
};

// The rendered dossier of one client: the pages of its bundle.
struct ClientPages {
  std::vector<RenderedTab> tabs;             // display order
  std::map<std::string, std::string> pages;  // route -> HTML fragment
  std::vector<AttachmentRef> attachments;    // each ref once
};

// Renders every tab that `tabs` switches on (Algemeen, Zorgafspraken and
// Rapportage always) and their detail pages. `client_path_id` is the
// client's 32-hex path id, used in links "#/c/<id>/<route>". Does not throw
// except std::bad_alloc.
ClientPages RenderClientPages(const Theme& theme, const loader::Client& client,
                              const loader::TabSwitches& tabs,
                              const std::string& client_path_id);

// A page of the bulletin board, in the board's "pages" list.
struct RenderedBoardPage {
  std::string slug;
  std::string title;
  int order = 0;
  std::string html;
};

// Renders each board page's Markdown in the board_page template. Returns the
// landing page (slug "index") first, then the others by order and title.
std::vector<RenderedBoardPage> RenderBoard(
    const Theme& theme, const std::vector<loader::BoardPage>& pages);

}  // namespace inzage::render
