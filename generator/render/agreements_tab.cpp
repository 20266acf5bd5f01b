#include "render/client_tabs.h"
#include "render/markdown_renderer.h"

namespace inzage::render {
namespace {

// The page has <h2> for the tab, <h3> for each kind and <h4> for each
// general agreement, so headings in a description start at <h5>.
constexpr int kDescriptionHeadingLevel = 5;

TemplateData GeneralAgreementData(const loader::GeneralAgreement& agreement) {
  TemplateData data;
  data.set("title", agreement.title);
  data.set("description_html", RenderMarkdown(agreement.description_markdown,
                                              kDescriptionHeadingLevel));
  return data;
}

TemplateData PeriodicAgreementData(const Locale& locale,
                                   const loader::PeriodicAgreement& agreement) {
  TemplateData data;
  data.set("title", agreement.title);
  data.set("schedule", agreement.schedule);
  data.set("duration", locale.FormatMinutes(agreement.minutes));
  data.set("caregiver", agreement.caregiver);
  SetDate(data, "start", locale, agreement.start);
  SetDate(data, "end", locale, agreement.end);
  return data;
}

}  // namespace

void RenderAgreementsTab(ClientPageWriter& writer,
                         const loader::Client& client) {
  TemplateData general = NewList();
  for (const loader::GeneralAgreement& agreement : client.general_agreements) {
    general.push_back(GeneralAgreementData(agreement));
  }

  TemplateData periodic = NewList();
  for (const loader::PeriodicAgreement& agreement :
       client.periodic_agreements) {
    periodic.push_back(PeriodicAgreementData(writer.locale(), agreement));
  }

  TemplateData page;
  page.set("general_agreements", general);
  page.set("has_periodic", !client.periodic_agreements.empty());
  page.set("periodic_agreements", periodic);
  writer.AddPage("agreements", "agreements", page);
}

}  // namespace inzage::render
