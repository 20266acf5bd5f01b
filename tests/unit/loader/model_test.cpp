#include "loader/model.h"

#include <gtest/gtest.h>

#include <limits>

namespace inzage::loader {
namespace {

TEST(LoaderModel, IsoPadsWithZeros) {
  EXPECT_EQ((Date{2026, 3, 2}.Iso()), "2026-03-02");
  EXPECT_EQ((TimeOfDay{8, 5}.Iso()), "08:05");
  EXPECT_EQ((DateTime{{2026, 3, 2}, {8, 5}}.Iso()), "2026-03-02T08:05");
  EXPECT_EQ((DateTime{{2026, 3, 2}, {8, 5}, 7}.Iso()), "2026-03-02T08:05:07");
}

TEST(LoaderModel, DecimalPlainKeepsTwoDecimals) {
  EXPECT_EQ(Decimal{1250}.Plain(), "12.50");
  EXPECT_EQ(Decimal{-300}.Plain(), "-3.00");
  EXPECT_EQ(Decimal{-5}.Plain(), "-0.05");
  EXPECT_EQ(Decimal{0}.Plain(), "0.00");
  EXPECT_EQ(Decimal{std::numeric_limits<std::int64_t>::min()}.Plain(),
            "-92233720368547758.08");
}

TEST(LoaderModel, ClientTabsApplyOverrides) {
  TabSwitches site;
  site.invoices = false;
  site.medication = true;
  Client client;
  client.tab_overrides.invoices = true;
  client.tab_overrides.medication = false;

  TabSwitches tabs = client.Tabs(site);

  EXPECT_TRUE(tabs.invoices);
  EXPECT_FALSE(tabs.medication);
  EXPECT_EQ(tabs.contacts, site.contacts);
  EXPECT_EQ(tabs.dossier, site.dossier);
}

}  // namespace
}  // namespace inzage::loader
