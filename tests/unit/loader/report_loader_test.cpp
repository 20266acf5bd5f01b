#include <gtest/gtest.h>

#include "loader/export_loader.h"
#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

const std::filesystem::path kSample =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/sample";

LoadedClient LoadReports(const TempExport& tree) {
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  return LoadClient(tree.root(), "content", "c-1");
}

TEST(ReportLoader, LoadsSampleNewestFirst) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  ASSERT_TRUE(loaded.client);
  const std::vector<Report>& reports = loaded.client->reports;
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].file_name, "2026-11-30-0800.md");
  EXPECT_EQ(reports[0].date.Iso(), "2026-11-30T08:00:30");
  EXPECT_EQ(reports[0].author, "Sanne Smit");
  EXPECT_EQ(reports[0].category, "");
  EXPECT_EQ(reports[0].body_markdown, "Goed geslapen. Ontbijt gegeten.\n");
  EXPECT_EQ(reports[1].category, "Welzijn");
}

TEST(ReportLoader, BreaksDateTiesByFileName) {
  TempExport tree;
  std::string text = "---\ndate: 2026-11-30T08:00\nauthor: Kees\n---\n";
  tree.Write("clients/c-1/reports/b.md", text);
  tree.Write("clients/c-1/reports/a.md", text);
  tree.Write("clients/c-1/reports/c.md",
             "---\ndate: 2026-11-30T08:01\nauthor: Kees\n---\n");

  LoadedClient loaded = LoadReports(tree);

  ASSERT_TRUE(loaded.client);
  ASSERT_EQ(loaded.client->reports.size(), 3u);
  EXPECT_EQ(loaded.client->reports[0].file_name, "c.md");
  EXPECT_EQ(loaded.client->reports[1].file_name, "a.md");
  EXPECT_EQ(loaded.client->reports[2].file_name, "b.md");
}

TEST(ReportLoader, RejectsDateWithoutTime) {
  TempExport tree;
  tree.Write("clients/c-1/reports/r.md",
             "---\ndate: 2026-11-30\nauthor: Kees\n---\nTekst\n");

  LoadedClient loaded = LoadReports(tree);

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/reports/r.md:2:7: invalid "
            "date and time '2026-11-30', expected a date and time as "
            "YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS\n");
}

TEST(ReportLoader, ReportsMissingAuthorAndFrontMatter) {
  TempExport tree;
  tree.Write("clients/c-1/reports/a.md", "---\ndate: 2026-11-30T08:00\n---\n");
  tree.Write("clients/c-1/reports/b.md", "Alleen tekst.\n");

  LoadedClient loaded = LoadReports(tree);

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/reports/a.md:2:1: missing "
            "required key 'author'\n"
            "inzage: error: content/clients/c-1/reports/b.md:1:1: expected "
            "front matter, a first line '---' followed by YAML and another "
            "line '---'\n");
}

TEST(ReportLoader, WarnsAboutOtherFiles) {
  TempExport tree;
  tree.Write("clients/c-1/reports/notes.txt", "");

  LoadedClient loaded = LoadReports(tree);

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/reports/notes.txt: ignored "
            "file, expected only Markdown reports (*.md) here\n");
}

TEST(ReportLoader, RejectsMalformedUtf8) {
  TempExport tree;
  tree.Write("clients/c-1/reports/r.md",
             "---\ndate: 2026-11-30T08:00\nauthor: Kees\n---\nCaf\xE9\n");

  LoadedClient loaded = LoadReports(tree);

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/reports/r.md:5:4: malformed "
            "UTF-8, expected the file to be UTF-8 text\n");
}

TEST(ReportLoader, RejectsNulCharacter) {
  TempExport tree;
  tree.Write("clients/c-1/reports/r.md",
             "---\ndate: 2026-11-30T08:00\nauthor: Kees\n---\nZoë" +
                 std::string(1, '\0') + "\n");

  LoadedClient loaded = LoadReports(tree);

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/reports/r.md:5:4: NUL "
            "character is not allowed\n");
}

TEST(ReportLoader, WarnsAboutRawHtmlAtItsPosition) {
  TempExport tree;
  tree.Write("clients/c-1/reports/r.md",
             "---\ndate: 2026-11-30T08:00\nauthor: Kees\n---\n"
             "Goed geslapen.\n\nZoë at <script>alert(1)</script>\n\n"
             "    <b>code</b> and `<i>`\n");

  LoadedClient loaded = LoadReports(tree);

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/reports/r.md:7:8: raw HTML "
            "'<script>' is not shown on the site (2 places in this text)\n");
}

TEST(ReportLoader, RejectsReportLinkOutOfExport) {
  TempExport outside;
  outside.Write("r.md", "---\ndate: 2026-11-30T08:00\nauthor: Kees\n---\n");
  TempExport tree;
  tree.Link("clients/c-1/reports/r.md", outside.root() / "r.md");

  LoadedClient loaded = LoadReports(tree);

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/reports/r.md: symbolic link "
            "to '" +
                (outside.root() / "r.md").string() +
                "', links out of the export are not allowed\n");
}

}  // namespace
}  // namespace inzage::loader
