#include "loader/site_loader.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

struct SiteResult {
  std::optional<Site> site;
  Diagnostics diagnostics;
};

SiteResult LoadSiteYaml(const std::string& text) {
  TempExport tree;
  tree.Write("site.yaml", text);
  SiteResult result;
  result.site =
      LoadSite(ExportTree(tree.root(), "content"), result.diagnostics);
  return result;
}

TEST(SiteLoader, AppliesDefaults) {
  SiteResult result = LoadSiteYaml("provider: Zorggroep Testhuis\n");

  ASSERT_TRUE(result.site);
  EXPECT_EQ(Messages(result.diagnostics), "");
  EXPECT_EQ(result.site->language, "nl");
  EXPECT_TRUE(result.site->tabs.contacts);
  EXPECT_FALSE(result.site->tabs.invoices);
  EXPECT_EQ(result.site->login.ops, 6u);
  EXPECT_EQ(result.site->login.mem_mib, 64u);
  EXPECT_EQ(result.site->drop_url, "");
}

TEST(SiteLoader, RejectsUnknownLanguage) {
  SiteResult result = LoadSiteYaml("provider: x\nlanguage: de\n");

  EXPECT_FALSE(result.site);
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/site.yaml:2:11: invalid language 'de', "
            "expected 'nl' or 'en'\n");
}

TEST(SiteLoader, RejectsLoginCostBelowMinimum) {
  SiteResult result =
      LoadSiteYaml("provider: x\nlogin:\n  ops: 0\n  mem_mib: 4\n");

  EXPECT_FALSE(result.site);
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/site.yaml:3:8: invalid value '0' for "
            "'ops', expected a whole number from 1 to 20\n"
            "inzage: error: content/site.yaml:4:12: invalid value '4' for "
            "'mem_mib', expected a whole number from 8 to 1024\n");
}

TEST(SiteLoader, RejectsTabsThatAreNotBooleans) {
  SiteResult result =
      LoadSiteYaml("provider: x\ntabs: {invoices: sometimes, contacts: on}\n");

  EXPECT_FALSE(result.site);
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/site.yaml:2:18: invalid value 'sometimes' "
            "for 'invoices', expected true or false\n");
}

TEST(SiteLoader, WarnsAboutMisspeltKeyButLoads) {
  SiteResult result = LoadSiteYaml("provider: x\nlang: en\n");

  ASSERT_TRUE(result.site);
  EXPECT_EQ(result.site->language, "nl");
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: warning: content/site.yaml:2:1: unknown key 'lang', did "
            "you mean 'language'?\n");
}

TEST(SiteLoader, ReportsMissingProviderInEmptyFile) {
  SiteResult result = LoadSiteYaml("");

  EXPECT_FALSE(result.site);
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/site.yaml: missing required key "
            "'provider'\n");
}

TEST(SiteLoader, RejectsLoginCostAboveMaximum) {
  SiteResult result =
      LoadSiteYaml("provider: x\nlogin:\n  ops: 21\n  mem_mib: 1025\n");

  EXPECT_FALSE(result.site);
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/site.yaml:3:8: invalid value '21' for "
            "'ops', expected a whole number from 1 to 20\n"
            "inzage: error: content/site.yaml:4:12: invalid value '1025' for "
            "'mem_mib', expected a whole number from 8 to 1024\n");
}

TEST(SiteLoader, AcceptsLoginCostLimits) {
  SiteResult highest =
      LoadSiteYaml("provider: x\nlogin: {ops: 20, mem_mib: 1024}\n");
  SiteResult lowest =
      LoadSiteYaml("provider: x\nlogin: {ops: 1, mem_mib: 8}\n");

  ASSERT_TRUE(highest.site) << Messages(highest.diagnostics);
  EXPECT_EQ(highest.site->login.ops, 20u);
  EXPECT_EQ(highest.site->login.mem_mib, 1024u);
  ASSERT_TRUE(lowest.site) << Messages(lowest.diagnostics);
  EXPECT_EQ(lowest.site->login.ops, 1u);
  EXPECT_EQ(lowest.site->login.mem_mib, 8u);
}

TEST(SiteLoader, QuotesInvalidLanguage) {
  SiteResult result = LoadSiteYaml("provider: x\nlanguage: \"n\\tl\"\n");

  EXPECT_FALSE(result.site);
  EXPECT_EQ(Messages(result.diagnostics),
            "inzage: error: content/site.yaml:2:11: invalid language "
            "'n\\x09l', expected 'nl' or 'en'\n");
}

}  // namespace
}  // namespace inzage::loader
