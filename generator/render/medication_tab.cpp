#include "render/client_tabs.h"

namespace inzage::render {

void RenderMedicationTab(ClientPageWriter& writer,
                         const loader::Client& client) {
  const Locale& locale = writer.locale();
  TemplateData rows = NewList();
  for (const loader::Medication& medication : client.medication) {
    TemplateData row;
    row.set("name", medication.name);
    row.set("dose", medication.dose);
    row.set("schedule", medication.schedule);
    SetDate(row, "start", locale, medication.start);
    SetDate(row, "end", locale, medication.end);
    row.set("prescriber", medication.prescriber);
    row.set("notes", medication.notes);
    rows.push_back(row);
  }

  TemplateData page;
  page.set("has_medication", !client.medication.empty());
  page.set("medication", rows);
  writer.AddPage("medication", "medication", page);
}

}  // namespace inzage::render
