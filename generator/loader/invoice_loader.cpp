// clients/<id>/invoices/<number>.yaml and the PDFs beside them.
#include <algorithm>

#include "loader/attachments.h"
#include "loader/client_parts.h"
#include "loader/quote.h"
#include "loader/value_parsers.h"

namespace inzage::loader {
namespace {

void ReadPeriod(FieldReader& fields, Invoice& invoice) {
  std::string period;
  fields.Read("period", period);
  if (period.empty() || IsYearMonth(period)) {
    invoice.period = period;
    return;
  }
  fields.source().Error(
      fields.Value("period").Mark(),
      "invalid period " + Quote(period) + ", expected a month as YYYY-MM");
}

void ReadPdf(FieldReader& fields, const ClientFolder& folder,
             Invoice& invoice) {
  std::string name;
  fields.Read("pdf", name);
  if (name.empty()) {
    return;
  }
  invoice.pdf = ResolveAttachment(folder, "invoices", name,
                                  fields.Value("pdf").Mark(), fields.source());
}

void ReadLines(FieldReader& fields, Invoice& invoice) {
  YamlSource& source = fields.source();
  YAML::Node lines = fields.Value("lines");
  if (!ExpectList(lines, "invoice lines", fields.KeyMark("lines"), source)) {
    return;
  }

  for (const YAML::Node& item : lines) {
    FieldReader line_fields(
        item, "invoice line details",
        {"date", "description", "code", "quantity", "unit", "rate", "amount"},
        source);
    InvoiceLine line;
    line_fields.Read("date", line.date);
    line_fields.Read("description", line.description);
    line_fields.Read("code", line.code);
    line_fields.Read("quantity", line.quantity);
    line_fields.Read("unit", line.unit);
    line_fields.Read("rate", line.rate);
    line_fields.Read("amount", line.amount);
    invoice.lines.push_back(std::move(line));
  }
}

std::optional<Invoice> LoadInvoice(const ClientFolder& folder,
                                   const FolderEntry& entry,
                                   Diagnostics& diagnostics) {
  YamlSource source(folder.Display("invoices/" + entry.name), diagnostics);
  std::optional<YAML::Node> root =
      ReadYamlFile(folder.tree(), entry.path, source);
  if (!root) {
    return std::nullopt;
  }

  Invoice invoice;
  FieldReader fields(
      *root, "invoice details",
      {"number", "date", "period", "due", "amount", "pdf", "lines"}, source);
  fields.Read("number", invoice.number, Presence::kRequired);
  fields.Read("date", invoice.date, Presence::kRequired);
  ReadPeriod(fields, invoice);
  fields.Read("due", invoice.due);
  fields.Read("amount", invoice.amount, Presence::kRequired);
  ReadPdf(fields, folder, invoice);
  ReadLines(fields, invoice);
  return invoice;
}

bool IsNewerInvoice(const Invoice& a, const Invoice& b) {
  if (a.date != b.date) {
    return a.date > b.date;
  }
  return a.number < b.number;
}

}  // namespace

void LoadInvoices(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics) {
  for (const FolderEntry& entry :
       ListOptionalFolder(folder, "invoices", diagnostics)) {
    if (entry.is_folder) {
      WarnIgnored(entry, folder.Display("invoices/" + entry.name),
                  "invoice files and their PDFs", diagnostics);
      continue;
    }
    // Other files, such as the PDFs, are read only when an invoice names
    // them.
    if (!HasSuffix(entry.name, ".yaml")) {
      continue;
    }
    if (std::optional<Invoice> invoice =
            LoadInvoice(folder, entry, diagnostics)) {
      client.invoices.push_back(std::move(*invoice));
    }
  }

  std::sort(client.invoices.begin(), client.invoices.end(), IsNewerInvoice);
}

}  // namespace inzage::loader
