#include <string>

#include "render/client_tabs.h"
#include "render/presence_summary.h"

namespace inzage::render {
namespace {

TemplateData EntryData(const Locale& locale,
                       const loader::PresenceEntry& entry) {
  TemplateData data;
  SetDate(data, "date", locale, entry.date);
  data.set("start", locale.FormatTime(entry.start));
  data.set("end", locale.FormatTime(entry.end));
  data.set("duration", locale.FormatMinutes(PresenceMinutes(entry)));
  data.set("caregiver", entry.caregiver);
  data.set("activity", entry.activity);
  return data;
}

// Renders the page presence/<YYYY-MM> with the month's entries and total.
void RenderMonthPage(ClientPageWriter& writer, const PresenceMonth& month) {
  const Locale& locale = writer.locale();
  TemplateData entries = NewList();
  for (const loader::PresenceEntry& entry : month.entries) {
    entries.push_back(EntryData(locale, entry));
  }

  TemplateData page;
  page.set("key", month.Key());
  page.set("title", locale.FormatMonth(month.year, month.month));
  page.set("entries", entries);
  page.set("total", locale.FormatMinutes(month.total_minutes));
  page.set("back", writer.BackLink("presence"));
  writer.AddPage("presence/" + month.Key(), "presence_month", page);
}

}  // namespace

void RenderPresenceTab(ClientPageWriter& writer, const loader::Client& client) {
  const Locale& locale = writer.locale();
  const std::vector<PresenceMonth> months =
      GroupPresenceByMonth(client.presence);

  TemplateData rows = NewList();
  for (const PresenceMonth& month : months) {
    RenderMonthPage(writer, month);

    TemplateData row;
    row.set("title", locale.FormatMonth(month.year, month.month));
    row.set("href", writer.Href("presence", month.Key()));
    row.set("count", std::to_string(month.entries.size()));
    row.set("total", locale.FormatMinutes(month.total_minutes));
    rows.push_back(row);
  }

  TemplateData page;
  page.set("has_months", !months.empty());
  page.set("months", rows);
  writer.AddPage("presence", "presence", page);
}

}  // namespace inzage::render
