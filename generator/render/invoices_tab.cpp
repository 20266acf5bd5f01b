#include <algorithm>
#include <string>
#include <vector>

#include "render/client_tabs.h"

namespace inzage::render {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// Returns "november 2026" for the period "2026-11", or the period as it is
// when it has another form.
std::string FormatPeriod(const Locale& locale, const std::string& period) {
  const bool is_year_month =
      period.size() == 7 && period[4] == '-' &&
      std::all_of(period.begin(), period.begin() + 4, IsDigit) &&
      std::all_of(period.begin() + 5, period.end(), IsDigit);
  if (!is_year_month) {
    return period;
  }

  const int year = std::stoi(period.substr(0, 4));
  const int month = std::stoi(period.substr(5, 2));
  if (month < 1 || month > 12) {
    return period;
  }
  return locale.FormatMonth(year, month);
}

TemplateData LineData(const Locale& locale, const loader::InvoiceLine& line) {
  TemplateData data;
  SetDate(data, "date", locale, line.date);
  data.set("description", line.description);
  data.set("code", line.code);
  data.set("quantity",
           line.quantity ? locale.FormatDecimal(*line.quantity) : "");
  data.set("unit", line.unit);
  data.set("rate", line.rate ? locale.FormatMoney(*line.rate) : "");
  data.set("amount", line.amount ? locale.FormatMoney(*line.amount) : "");
  return data;
}

// Returns the fields that the list row and the detail page share.
TemplateData InvoiceData(const Locale& locale, const loader::Invoice& invoice) {
  TemplateData data;
  data.set("number", invoice.number);
  SetDate(data, "date", locale, invoice.date);
  SetText(data, "period", FormatPeriod(locale, invoice.period));
  SetDate(data, "due", locale, invoice.due);
  data.set("amount", locale.FormatMoney(invoice.amount));
  return data;
}

void RenderInvoicePage(ClientPageWriter& writer, const loader::Invoice& invoice,
                       const TemplateData& invoice_data) {
  TemplateData lines = NewList();
  for (const loader::InvoiceLine& line : invoice.lines) {
    lines.push_back(LineData(writer.locale(), line));
  }

  TemplateData page = invoice_data;
  if (invoice.pdf) {
    page.set("pdf", writer.AddAttachment("invoices/" + invoice.pdf->name,
                                         *invoice.pdf));
  }
  page.set("has_lines", !invoice.lines.empty());
  page.set("lines", lines);
  page.set("back", writer.BackLink("invoices"));
  writer.AddPage("invoices/" + invoice.number, "invoice", page);
}

}  // namespace

void RenderInvoicesTab(ClientPageWriter& writer, const loader::Client& client) {
  // Sorts newest first, whatever the export's order. Stable sorting keeps
  // invoices of the same date in the export's order.
  std::vector<const loader::Invoice*> invoices;
  for (const loader::Invoice& invoice : client.invoices) {
    invoices.push_back(&invoice);
  }
  std::stable_sort(invoices.begin(), invoices.end(),
                   [](const loader::Invoice* a, const loader::Invoice* b) {
                     return a->date > b->date;
                   });

  TemplateData rows = NewList();
  for (const loader::Invoice* invoice : invoices) {
    TemplateData row = InvoiceData(writer.locale(), *invoice);
    RenderInvoicePage(writer, *invoice, row);
    row.set("href", writer.Href("invoices", invoice->number));
    rows.push_back(row);
  }

  TemplateData page;
  page.set("has_invoices", !invoices.empty());
  page.set("invoices", rows);
  writer.AddPage("invoices", "invoices", page);
}

}  // namespace inzage::render
