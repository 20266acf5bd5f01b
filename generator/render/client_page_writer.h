#pragma once

#include <string>
#include <string_view>

#include "loader/model.h"
#include "render/page_renderer.h"
#include "render/template_data.h"
#include "render/theme.h"

namespace inzage::render {

// Collects the pages and attachments of one client while its tabs render.
class ClientPageWriter {
 public:
  ClientPageWriter(const Theme& theme, std::string client_path_id,
                   ClientPages& output);

  const Locale& locale() const { return theme_.locale(); }

  // Returns the link to a page: "#/c/<client>/<tab>", or with a `key`
  // "#/c/<client>/<tab>/<key>" where the key is percent-encoded, so that a
  // key with '/' or '#' stays one segment. The viewer decodes the route.
  std::string Href(std::string_view tab, std::string_view key = {}) const;

  // Returns {href, title} of the link back to the tab `tab_id`, for the
  // back_link partial of a detail page.
  TemplateData BackLink(const std::string& tab_id) const;

  // Renders the template `template_name` with `data` and stores it as the
  // page at `route`.
  void AddPage(const std::string& route, std::string_view template_name,
               const TemplateData& data);

  // Adds `file` to the bundle's attachments under `ref`, unless a file with
  // that ref is there already, and returns the data of its button: ref,
  // name and size.
  TemplateData AddAttachment(const std::string& ref,
                             const loader::Attachment& file);

 private:
  const Theme& theme_;
  std::string client_path_id_;
  ClientPages& output_;
};

}  // namespace inzage::render
