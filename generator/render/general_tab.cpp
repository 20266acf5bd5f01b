#include "render/client_tabs.h"

namespace inzage::render {

void RenderGeneralTab(ClientPageWriter& writer, const loader::Client& client) {
  const Locale& locale = writer.locale();
  TemplateData page;
  SetText(page, "name", client.name);
  SetDate(page, "birth_date", locale, client.birth_date);
  SetText(page, "address", client.address);
  SetText(page, "phone", client.phone);
  SetText(page, "financing", client.financing);
  SetText(page, "personal_caregiver", client.personal_caregiver);

  TemplateData general = NewList();
  for (const auto& [label, value] : client.general) {
    TemplateData field;
    field.set("label", label);
    field.set("value", value);
    general.push_back(field);
  }
  page.set("general", general);

  writer.AddPage("general", "general", page);
}

}  // namespace inzage::render
