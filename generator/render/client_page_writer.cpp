#include "render/client_page_writer.h"

#include <algorithm>
#include <utility>

#include "render/attachment_type.h"
#include "render/url_encoding.h"

namespace inzage::render {

ClientPageWriter::ClientPageWriter(const Theme& theme,
                                   std::string client_path_id,
                                   ClientPages& output)
    : theme_(theme),
      client_path_id_(std::move(client_path_id)),
      output_(output) {}

std::string ClientPageWriter::Href(std::string_view tab,
                                   std::string_view key) const {
  std::string href = "#/c/" + client_path_id_ + "/" + std::string(tab);
  if (!key.empty()) {
    href += "/" + PercentEncodeSegment(key);
  }
  return href;
}

TemplateData ClientPageWriter::BackLink(const std::string& tab_id) const {
  TemplateData link;
  link.set("href", Href(tab_id));
  link.set("title", locale().Text("tab." + tab_id));
  return link;
}

void ClientPageWriter::AddPage(const std::string& route,
                               std::string_view template_name,
                               const TemplateData& data) {
  output_.pages[route] = theme_.Render(template_name, data);
}

TemplateData ClientPageWriter::AddAttachment(const std::string& ref,
                                             const loader::Attachment& file) {
  // NOTE: two files with the same ref, such as two invoices whose PDFs
  // share a file name, keep only the first file.
  const bool known =
      std::any_of(output_.attachments.begin(), output_.attachments.end(),
                  [&ref](const AttachmentRef& attachment) {
                    return attachment.ref == ref;
                  });
  if (!known) {
    output_.attachments.push_back(
        {ref, file.name, MimeTypeForFileName(file.name), file.path, file.size});
  }

  TemplateData button;
  button.set("ref", ref);
  button.set("name", file.name);
  button.set("size", locale().FormatFileSize(file.size));
  return button;
}

}  // namespace inzage::render
