#include <algorithm>
#include <vector>

#include "render/client_tabs.h"
#include "render/markdown_renderer.h"

namespace inzage::render {
namespace {

// The page has <h2> for the tab and <h3> for each report's date, so
// headings in a report body start at <h4>.
constexpr int kBodyHeadingLevel = 4;

TemplateData ReportData(const Locale& locale, const loader::Report& report) {
  TemplateData data;
  data.set("file_name", report.file_name);
  SetDateTime(data, "date", locale, report.date);
  SetText(data, "author", report.author);
  SetText(data, "category", report.category);
  data.set("body_html",
           RenderMarkdown(report.body_markdown, kBodyHeadingLevel));
  return data;
}

}  // namespace

void RenderReportsTab(ClientPageWriter& writer, const loader::Client& client) {
  // Sorts newest first, whatever the export's order. Stable sorting keeps
  // reports with the same time in the export's order.
  std::vector<const loader::Report*> reports;
  for (const loader::Report& report : client.reports) {
    reports.push_back(&report);
  }
  std::stable_sort(reports.begin(), reports.end(),
                   [](const loader::Report* a, const loader::Report* b) {
                     return a->date > b->date;
                   });

  TemplateData items = NewList();
  for (const loader::Report* report : reports) {
    items.push_back(ReportData(writer.locale(), *report));
  }

  TemplateData page;
  page.set("reports", items);
  writer.AddPage("reports", "reports", page);
}

}  // namespace inzage::render
