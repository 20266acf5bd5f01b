#include <gtest/gtest.h>

#include "loader/export_loader.h"
#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

const std::filesystem::path kSample =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/sample";

LoadedClient LoadInvoice(const TempExport& tree, std::string_view yaml) {
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("clients/c-1/invoices/F1.yaml", yaml);
  return LoadClient(tree.root(), "content", "c-1");
}

TEST(InvoiceLoader, LoadsSampleInvoice) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  ASSERT_TRUE(loaded.client);
  ASSERT_EQ(loaded.client->invoices.size(), 1u);
  const Invoice& invoice = loaded.client->invoices[0];
  EXPECT_EQ(invoice.number, "F2026-0001");
  EXPECT_EQ(invoice.period, "2026-10");
  EXPECT_EQ(invoice.due->Iso(), "2026-12-01");
  EXPECT_EQ(invoice.amount.Plain(), "146.25");
  ASSERT_TRUE(invoice.pdf);
  EXPECT_EQ(invoice.pdf->name, "F2026-0001.pdf");
  ASSERT_EQ(invoice.lines.size(), 1u);
  EXPECT_EQ(invoice.lines[0].quantity->Plain(), "2.50");
  EXPECT_EQ(invoice.lines[0].rate->Plain(), "58.50");
  EXPECT_EQ(invoice.lines[0].code, "H300");
}

TEST(InvoiceLoader, RejectsThirdDecimal) {
  TempExport tree;
  LoadedClient loaded =
      LoadInvoice(tree, "number: F1\ndate: 2026-11-01\namount: 10.005\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/invoices/F1.yaml:3:9: invalid "
            "number '10.005', expected a number with at most two decimals, "
            "such as 12.50\n");
}

TEST(InvoiceLoader, AcceptsNegativeAndQuotedAmounts) {
  TempExport tree;
  LoadedClient loaded =
      LoadInvoice(tree,
                  "number: 2026001\ndate: 2026-11-01\namount: \"-3.00\"\n"
                  "lines:\n  - description: Correctie\n    amount: -3\n");

  ASSERT_TRUE(loaded.client) << Messages(loaded.diagnostics);
  const Invoice& invoice = loaded.client->invoices[0];
  EXPECT_EQ(invoice.number, "2026001");
  EXPECT_EQ(invoice.amount.hundredths, -300);
  EXPECT_EQ(invoice.lines[0].amount->hundredths, -300);
  EXPECT_FALSE(invoice.lines[0].quantity);
  EXPECT_FALSE(invoice.due);
}

TEST(InvoiceLoader, RejectsMissingPdfAndBadPeriod) {
  TempExport tree;
  LoadedClient loaded =
      LoadInvoice(tree,
                  "number: F1\ndate: 2026-11-01\nperiod: 2026-13\namount: 1\n"
                  "pdf: F1.pdf\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/invoices/F1.yaml:3:9: invalid "
            "period '2026-13', expected a month as YYYY-MM\n"
            "inzage: error: content/clients/c-1/invoices/F1.yaml:5:6: file "
            "'F1.pdf' not found in content/clients/c-1/invoices\n");
}

TEST(InvoiceLoader, ReportsMissingRequiredKeys) {
  TempExport tree;
  LoadedClient loaded = LoadInvoice(tree, "number: F1\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/invoices/F1.yaml:1:1: missing "
            "required key 'date'\n"
            "inzage: error: content/clients/c-1/invoices/F1.yaml:1:1: missing "
            "required key 'amount'\n");
}

TEST(InvoiceLoader, RejectsPdfLinkOutOfExport) {
  TempExport tree;
  tree.Link("clients/c-1/invoices/F1.pdf", "/etc/passwd");
  LoadedClient loaded = LoadInvoice(
      tree, "number: F1\ndate: 2026-11-01\namount: 1\npdf: F1.pdf\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/invoices/F1.yaml:4:6: file "
            "'F1.pdf' is a symbolic link to '/etc/passwd', links out of the "
            "export are not allowed\n");
}

TEST(InvoiceLoader, RejectsInvoiceLinkOutOfExport) {
  TempExport outside;
  outside.Write("F1.yaml", "number: F1\ndate: 2026-11-01\namount: 1\n");
  TempExport tree;
  tree.Link("clients/c-1/invoices/F1.yaml", outside.root() / "F1.yaml");
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");

  LoadedClient loaded = LoadClient(tree.root(), "content", "c-1");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/invoices/F1.yaml: symbolic "
            "link to '" +
                (outside.root() / "F1.yaml").string() +
                "', links out of the export are not allowed\n");
}

}  // namespace
}  // namespace inzage::loader
