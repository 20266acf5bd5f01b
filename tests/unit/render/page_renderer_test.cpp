#include "render/page_renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "render_test_support.h"

namespace inzage::render {
namespace {

using testing_support::HtmlTags;
using testing_support::LoadDefaultTheme;

constexpr char kClientPathId[] = "0123456789abcdef0123456789abcdef";
constexpr char kScript[] = "<script>alert('x')</script>";

loader::TabSwitches AllTabs() {
  loader::TabSwitches tabs;
  tabs.contacts = true;
  tabs.medication = true;
  tabs.presence = true;
  tabs.dossier = true;
  tabs.invoices = true;
  return tabs;
}

loader::PresenceEntry Presence(loader::Date date, loader::TimeOfDay start,
                               loader::TimeOfDay end) {
  return {date, start, end, "Łucja Nowak", "Persoonlijke verzorging"};
}

// A client with every part filled in, some values carrying markup.
loader::Client SampleClient() {
  loader::Client client;
  client.id = "c-1001";
  client.name = std::string("Zoë Kuipers ") + kScript;
  client.birth_date = loader::Date{1941, 3, 2};
  client.address = "Lijsterbeslaan 14, 7493 KT Lindenveen";
  client.phone = "0570 000 117";
  client.financing = "WLZ";
  client.personal_caregiver = "Łucja Nowak";
  client.general = {{"Huisarts", "H. Terpstra"},
                    {"Allergieën", "<img src=x onerror=alert(1)>"}};

  client.contacts = {
      {"Anna de Vries", "dochter", "06 1234 5678", "anna@example.nl",
       "Dorpsstraat 1", "Eerste contactpersoon"},
      {"Bram \"B\" Kuipers", "zoon", "", "", "", ""},
  };

  client.general_agreements = {
      {"Ochtendzorg", "Hulp bij **wassen** en aankleden.\n\n# Doel\n"}};
  client.periodic_agreements = {{"Ochtendzorg", "ma-vr 08:00-08:45", 45,
                                 "Wijkteam Zuid", loader::Date{2026, 1, 1},
                                 std::nullopt}};

  client.medication = {{"Metoprolol", "50 mg", "1x per dag",
                        loader::Date{2025, 6, 1}, std::nullopt, "H. Terpstra",
                        ""}};

  // Deliberately not newest first: the renderer sorts.
  client.reports = {
      {"2026-10-01-0840.md",
       {{2026, 10, 1}, {8, 40}},
       "Łucja Nowak",
       "ADL",
       "Rapport van oktober."},
      {"2026-11-30-0800.md",
       {{2026, 11, 30}, {8, 0}},
       "Piet",
       "Medisch",
       "Rapport van november <script>alert(2)</script> "
       "[klik](javascript:alert(3))"},
      {"2026-11-02-2110.md",
       {{2026, 11, 2}, {21, 10}},
       "Kees",
       "ADL",
       "Rapport van begin november."},
  };

  client.presence = {
      Presence({2026, 10, 5}, {8, 0}, {9, 30}),
      Presence({2026, 11, 3}, {8, 0}, {8, 45}),
      Presence({2026, 11, 1}, {23, 30}, {0, 30}),  // past midnight
      Presence({2026, 11, 3}, {7, 0}, {8, 0}),
  };

  loader::DossierItem zorgplan;
  zorgplan.key = "2026-11-zorgplan";
  zorgplan.title = "Zorgplan november";
  zorgplan.date = {2026, 11, 2};
  zorgplan.author = "Łucja Nowak";
  zorgplan.description_markdown = "Het nieuwe **zorgplan**.";
  zorgplan.files = {{"zorgplan.pdf", "/export/zorgplan.pdf", 48213},
                    {"bijlage notities.txt", "/export/notities.txt", 12}};
  zorgplan.sign_request = true;

  loader::DossierItem indicatie;
  indicatie.key = "2026-03-indicatiebesluit";
  indicatie.title = "Indicatiebesluit";
  indicatie.date = {2026, 3, 10};
  indicatie.author = "CIZ";
  client.dossier = {indicatie, zorgplan};

  loader::Invoice invoice;
  invoice.number = "F/2026/0042";
  invoice.date = {2026, 12, 1};
  invoice.period = "2026-11";
  invoice.due = loader::Date{2026, 12, 31};
  invoice.amount = {123450};
  invoice.pdf = loader::Attachment{"F-2026-0042.pdf", "/export/f.pdf", 2048};
  loader::InvoiceLine heading;
  heading.description = "Zorg in november";
  loader::InvoiceLine line;
  line.date = loader::Date{2026, 11, 3};
  line.description = "Persoonlijke verzorging";
  line.code = "H126";
  line.quantity = loader::Decimal{175};
  line.unit = "uur";
  line.rate = loader::Decimal{5920};
  line.amount = loader::Decimal{10360};
  invoice.lines = {heading, line};
  client.invoices = {invoice};
  return client;
}

std::vector<std::string> TabIds(const ClientPages& pages) {
  std::vector<std::string> ids;
  for (const RenderedTab& tab : pages.tabs) {
    ids.push_back(tab.id);
  }
  return ids;
}

class PageRendererTest : public testing::Test {
 protected:
  void SetUp() override {
    theme_ = LoadDefaultTheme("nl");
    ASSERT_TRUE(theme_);
  }

  ClientPages Render(const loader::Client& client,
                     const loader::TabSwitches& tabs = AllTabs()) {
    return RenderClientPages(*theme_, client, tabs, kClientPathId);
  }

  std::optional<Theme> theme_;
};

TEST_F(PageRendererTest, AllTabsInDisplayOrder) {
  const ClientPages pages = Render(SampleClient());

  const std::vector<std::string> expected = {
      "general", "contacts", "agreements", "medication",
      "reports", "presence", "dossier",    "invoices"};
  EXPECT_EQ(TabIds(pages), expected);
  EXPECT_EQ(pages.tabs[0].title, "Algemeen");
  EXPECT_EQ(pages.tabs[2].title, "Zorgafspraken");
  EXPECT_EQ(pages.tabs[7].title, "Facturen");
  for (const std::string& id : expected) {
    ASSERT_TRUE(pages.pages.contains(id)) << id;
    EXPECT_NE(pages.pages.at(id).find("<h2>"), std::string::npos) << id;
  }
}

TEST_F(PageRendererTest, DisabledTabsAbsent) {
  loader::TabSwitches tabs = AllTabs();
  tabs.contacts = false;
  tabs.invoices = false;

  const ClientPages pages = Render(SampleClient(), tabs);

  const std::vector<std::string> expected = {
      "general", "agreements", "medication", "reports", "presence", "dossier"};
  EXPECT_EQ(TabIds(pages), expected);
  for (const auto& [route, html] : pages.pages) {
    EXPECT_NE(route.rfind("contacts", 0), 0u) << route;
    EXPECT_NE(route.rfind("invoices", 0), 0u) << route;
  }
  for (const AttachmentRef& attachment : pages.attachments) {
    EXPECT_NE(attachment.ref.rfind("invoices/", 0), 0u) << attachment.ref;
  }
}

TEST_F(PageRendererTest, FixedTabsWhenAllSwitchedOff) {
  loader::TabSwitches tabs;
  tabs.contacts = false;
  tabs.medication = false;
  tabs.presence = false;
  tabs.dossier = false;
  tabs.invoices = false;

  const ClientPages pages = Render(SampleClient(), tabs);

  const std::vector<std::string> expected = {"general", "agreements",
                                             "reports"};
  EXPECT_EQ(TabIds(pages), expected);
  EXPECT_EQ(pages.pages.size(), 3u);
  EXPECT_TRUE(pages.attachments.empty());
}

TEST_F(PageRendererTest, DetailPagesHaveRoutes) {
  const ClientPages pages = Render(SampleClient());

  for (const std::string route :
       {"contacts/1", "contacts/2", "presence/2026-11", "presence/2026-10",
        "dossier/2026-11-zorgplan", "dossier/2026-03-indicatiebesluit",
        "invoices/F/2026/0042"}) {
    ASSERT_TRUE(pages.pages.contains(route)) << route;
    EXPECT_NE(pages.pages.at(route).find("<h2>"), std::string::npos) << route;
  }
  EXPECT_EQ(pages.pages.size(), 15u);
}

TEST_F(PageRendererTest, LinksUseClientPathId) {
  const ClientPages pages = Render(SampleClient());
  const std::string prefix = std::string("href=\"#/c/") + kClientPathId;

  EXPECT_NE(pages.pages.at("contacts").find(prefix + "/contacts/1\""),
            std::string::npos);
  EXPECT_NE(pages.pages.at("contacts").find(prefix + "/contacts/2\""),
            std::string::npos);
  EXPECT_NE(pages.pages.at("presence").find(prefix + "/presence/2026-11\""),
            std::string::npos);
  EXPECT_NE(
      pages.pages.at("dossier").find(prefix + "/dossier/2026-11-zorgplan\""),
      std::string::npos);
  // The '/' inside the invoice number is encoded, so the key stays one
  // segment of the route.
  EXPECT_NE(
      pages.pages.at("invoices").find(prefix + "/invoices/F%2F2026%2F0042\""),
      std::string::npos);
  EXPECT_NE(pages.pages.at("contacts/1").find(prefix + "/contacts\""),
            std::string::npos);
}

TEST_F(PageRendererTest, ValuesAreHtmlEscaped) {
  const ClientPages pages = Render(SampleClient());

  const std::string& general = pages.pages.at("general");
  EXPECT_NE(general.find("Zoë Kuipers &lt;script&gt;alert(&apos;x&apos;)"
                         "&lt;/script&gt;"),
            std::string::npos)
      << general;
  EXPECT_NE(general.find("&lt;img src=x onerror=alert(1)&gt;"),
            std::string::npos)
      << general;
  EXPECT_NE(pages.pages.at("contacts").find("Bram &quot;B&quot; Kuipers"),
            std::string::npos);
}

TEST_F(PageRendererTest, NoScriptHandlerOrStyleInAnyPage) {
  const std::regex event_handler(R"(\son[a-z]+\s*=)", std::regex::icase);
  const std::regex style_attribute(R"(\sstyle\s*=)", std::regex::icase);

  const ClientPages pages = Render(SampleClient());

  for (const auto& [route, html] : pages.pages) {
    std::string lower = html;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    EXPECT_EQ(lower.find("<script"), std::string::npos) << route;
    EXPECT_EQ(lower.find("javascript:"), std::string::npos) << route;
    for (const std::string& tag : HtmlTags(html)) {
      EXPECT_FALSE(std::regex_search(tag, event_handler)) << route << tag;
      EXPECT_FALSE(std::regex_search(tag, style_attribute)) << route << tag;
    }
  }
}

TEST_F(PageRendererTest, ReportsNewestFirst) {
  const ClientPages pages = Render(SampleClient());
  const std::string& html = pages.pages.at("reports");

  const std::size_t november_end = html.find("Rapport van november");
  const std::size_t november_start = html.find("Rapport van begin november");
  const std::size_t october = html.find("Rapport van oktober");
  ASSERT_NE(november_end, std::string::npos);
  ASSERT_NE(november_start, std::string::npos);
  ASSERT_NE(october, std::string::npos);
  EXPECT_LT(november_end, november_start);
  EXPECT_LT(november_start, october);
}

TEST_F(PageRendererTest, ReportShowsMetadataAndMarkdown) {
  const ClientPages pages = Render(SampleClient());
  const std::string& html = pages.pages.at("reports");

  EXPECT_NE(html.find("<article class=\"report\" "
                      "data-report=\"2026-11-30-0800.md\">"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<time datetime=\"2026-11-30T08:00\">"
                      "30 november 2026, 08:00</time>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("Auteur: Piet"), std::string::npos);
  EXPECT_NE(html.find("Categorie: Medisch"), std::string::npos);
  EXPECT_NE(html.find("<p>Rapport van oktober.</p>"), std::string::npos);
}

TEST_F(PageRendererTest, PresenceMonthTotals) {
  const ClientPages pages = Render(SampleClient());
  const std::string& list = pages.pages.at("presence");
  const std::string& november = pages.pages.at("presence/2026-11");

  // November: 1:00 past midnight, 1:00 and 0:45 on the 3rd.
  const std::size_t november_row = list.find(">november 2026</a>");
  const std::size_t october_row = list.find(">oktober 2026</a>");
  ASSERT_NE(november_row, std::string::npos) << list;
  ASSERT_NE(october_row, std::string::npos) << list;
  EXPECT_LT(november_row, october_row);
  EXPECT_NE(list.find("<td class=\"numeric\">2:45</td>", november_row),
            std::string::npos)
      << list;
  EXPECT_NE(list.find("<td class=\"numeric\">1:30</td>", october_row),
            std::string::npos)
      << list;

  EXPECT_NE(november.find("data-month=\"2026-11\""), std::string::npos);
  EXPECT_NE(november.find("<h2>Presentie november 2026</h2>"),
            std::string::npos)
      << november;
  EXPECT_NE(november.find("Totaal deze maand</th><td class=\"numeric\">2:45"),
            std::string::npos)
      << november;
}

TEST_F(PageRendererTest, PresenceDaysInOrder) {
  const ClientPages pages = Render(SampleClient());
  const std::string& november = pages.pages.at("presence/2026-11");

  const std::size_t first = november.find("<td>23:30</td>");
  const std::size_t second = november.find("<td>07:00</td>");
  const std::size_t third = november.find("<td>08:00</td><td>08:45</td>");
  ASSERT_NE(first, std::string::npos) << november;
  ASSERT_NE(second, std::string::npos) << november;
  ASSERT_NE(third, std::string::npos) << november;
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
}

TEST_F(PageRendererTest, DossierNewestFirstWithSignRequest) {
  const ClientPages pages = Render(SampleClient());
  const std::string& list = pages.pages.at("dossier");
  const std::string& item = pages.pages.at("dossier/2026-11-zorgplan");
  const std::string notice = "Er is om uw akkoord gevraagd.";

  const std::size_t zorgplan = list.find("Zorgplan november");
  const std::size_t indicatie = list.find("Indicatiebesluit");
  ASSERT_NE(zorgplan, std::string::npos);
  ASSERT_NE(indicatie, std::string::npos);
  EXPECT_LT(zorgplan, indicatie);
  EXPECT_NE(list.find(notice), std::string::npos);
  EXPECT_EQ(list.find(notice), list.rfind(notice));

  EXPECT_NE(item.find(notice), std::string::npos);
  EXPECT_NE(item.find("data-dossier-item=\"2026-11-zorgplan\""),
            std::string::npos);
  EXPECT_NE(item.find("<strong>zorgplan</strong>"), std::string::npos);
  EXPECT_EQ(pages.pages.at("dossier/2026-03-indicatiebesluit").find(notice),
            std::string::npos);
}

TEST_F(PageRendererTest, AttachmentButtonsAndManifest) {
  const ClientPages pages = Render(SampleClient());

  const std::string button =
      "<button type=\"button\" class=\"attachment\" "
      "data-attachment=\"dossier/2026-11-zorgplan/zorgplan.pdf\">"
      "<span class=\"attachment-name\">zorgplan.pdf</span> "
      "<span class=\"attachment-size\">(48 kB)</span></button>";
  EXPECT_NE(pages.pages.at("dossier").find(button), std::string::npos)
      << pages.pages.at("dossier");
  EXPECT_NE(pages.pages.at("dossier/2026-11-zorgplan").find(button),
            std::string::npos);
  EXPECT_NE(pages.pages.at("invoices/F/2026/0042")
                .find("data-attachment=\"invoices/F-2026-0042.pdf\""),
            std::string::npos);

  ASSERT_EQ(pages.attachments.size(), 3u);
  const AttachmentRef& pdf = pages.attachments[0];
  EXPECT_EQ(pdf.ref, "dossier/2026-11-zorgplan/zorgplan.pdf");
  EXPECT_EQ(pdf.name, "zorgplan.pdf");
  EXPECT_EQ(pdf.type, "application/pdf");
  EXPECT_EQ(pdf.path, "/export/zorgplan.pdf");
  EXPECT_EQ(pdf.size, 48213u);
  EXPECT_EQ(pages.attachments[1].ref,
            "dossier/2026-11-zorgplan/bijlage notities.txt");
  EXPECT_EQ(pages.attachments[1].type, "text/plain");
  EXPECT_EQ(pages.attachments[2].ref, "invoices/F-2026-0042.pdf");
}

TEST_F(PageRendererTest, InvoiceDetailAndLines) {
  const ClientPages pages = Render(SampleClient());
  const std::string& list = pages.pages.at("invoices");
  const std::string& detail = pages.pages.at("invoices/F/2026/0042");

  EXPECT_NE(list.find("<td>november 2026</td>"), std::string::npos) << list;
  EXPECT_NE(list.find("<td class=\"numeric\">€ 1.234,50</td>"),
            std::string::npos)
      << list;
  EXPECT_NE(detail.find("<h2>Factuur F/2026/0042</h2>"), std::string::npos);
  EXPECT_NE(detail.find("<td class=\"numeric\">1,75</td><td>uur</td>"
                        "<td class=\"numeric\">€ 59,20</td>"
                        "<td class=\"numeric\">€ 103,60</td>"),
            std::string::npos)
      << detail;
  EXPECT_NE(detail.find("31 december 2026"), std::string::npos);
}

TEST_F(PageRendererTest, LineWithoutAmountShowsNoInvoiceTotal) {
  const ClientPages pages = Render(SampleClient());
  const std::string& detail = pages.pages.at("invoices/F/2026/0042");

  // The heading line has no values of its own. Mustache must not fill them
  // in from the invoice, such as its date or amount.
  EXPECT_NE(detail.find("<tr><td></td><th scope=\"row\">Zorg in november"
                        "</th><td></td><td class=\"numeric\"></td><td></td>"
                        "<td class=\"numeric\"></td>"
                        "<td class=\"numeric\"></td></tr>"),
            std::string::npos)
      << detail;
  // The invoice total appears in the fields and in the table's footer only.
  const std::string total = "€ 1.234,50";
  std::size_t count = 0;
  for (std::size_t at = detail.find(total); at != std::string::npos;
       at = detail.find(total, at + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 2u) << detail;
}

TEST_F(PageRendererTest, GeneralShowsDetailsAndPairs) {
  const ClientPages pages = Render(SampleClient());
  const std::string& html = pages.pages.at("general");

  EXPECT_NE(html.find("<dt>Geboortedatum</dt><dd><time datetime=\"1941-03-02\">"
                      "2 maart 1941</time></dd>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<dt>Persoonlijk begeleider</dt><dd>Łucja Nowak</dd>"),
            std::string::npos);
  EXPECT_NE(html.find("<dt>Huisarts</dt><dd class=\"multiline\">H. Terpstra"),
            std::string::npos);
}

TEST_F(PageRendererTest, ContactDetailHasAllFields) {
  const ClientPages pages = Render(SampleClient());
  const std::string& html = pages.pages.at("contacts/1");

  EXPECT_NE(html.find("<h2>Anna de Vries</h2>"), std::string::npos);
  EXPECT_NE(html.find("dochter"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"tel:0612345678\">06 1234 5678</a>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<a href=\"mailto:anna@example.nl\">"),
            std::string::npos);
  EXPECT_NE(html.find("Dorpsstraat 1"), std::string::npos);
  EXPECT_NE(html.find("Eerste contactpersoon"), std::string::npos);
  EXPECT_EQ(pages.pages.at("contacts/2").find("<dt>Telefoon</dt>"),
            std::string::npos);
}

TEST_F(PageRendererTest, AgreementsShowMarkdownAndTable) {
  const ClientPages pages = Render(SampleClient());
  const std::string& html = pages.pages.at("agreements");

  EXPECT_NE(html.find("<strong>wassen</strong>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h5>Doel</h5>"), std::string::npos) << html;
  EXPECT_NE(html.find("<td class=\"numeric\">0:45</td>"), std::string::npos);
  EXPECT_NE(html.find("1 januari 2026"), std::string::npos);
}

TEST_F(PageRendererTest, EmptyClientShowsEmptyNotices) {
  loader::Client client;
  client.name = "Leeg";

  const ClientPages pages = Render(client);

  EXPECT_EQ(pages.pages.size(), 8u);
  for (const std::string route : {"contacts", "medication", "reports",
                                  "presence", "dossier", "invoices"}) {
    EXPECT_NE(pages.pages.at(route).find("<p class=\"empty\">"),
              std::string::npos)
        << route;
    EXPECT_EQ(pages.pages.at(route).find("<table"), std::string::npos) << route;
  }
  EXPECT_TRUE(pages.attachments.empty());
}

TEST_F(PageRendererTest, EnglishTheme) {
  std::optional<Theme> english = LoadDefaultTheme("en");
  ASSERT_TRUE(english);

  const ClientPages pages =
      RenderClientPages(*english, SampleClient(), AllTabs(), kClientPathId);

  EXPECT_EQ(pages.tabs[0].title, "General");
  EXPECT_EQ(pages.tabs[7].title, "Invoices");
  EXPECT_NE(pages.pages.at("general").find("2 March 1941"), std::string::npos);
  EXPECT_NE(pages.pages.at("invoices").find("€1,234.50"), std::string::npos);
  EXPECT_NE(pages.pages.at("contacts/1").find("Back to Contacts"),
            std::string::npos);
  EXPECT_TRUE(english->locale().MissingKeys().empty());
}

TEST_F(PageRendererTest, NoLocaleKeyMissing) {
  Render(SampleClient());

  EXPECT_TRUE(theme_->locale().MissingKeys().empty());
}

TEST_F(PageRendererTest, ConcurrentRendersMatch) {
  const loader::Client client = SampleClient();
  const ClientPages expected = Render(client);

  std::vector<int> mismatches(6, 0);
  std::vector<std::thread> threads;
  for (int& count : mismatches) {
    threads.emplace_back([this, &count, &client, &expected] {
      for (int i = 0; i < 10; ++i) {
        if (Render(client).pages != expected.pages) {
          ++count;
        }
      }
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }

  for (int count : mismatches) {
    EXPECT_EQ(count, 0);
  }
}

TEST(RenderBoardTest, LandingPageFirstThenOrder) {
  std::optional<Theme> theme = LoadDefaultTheme("nl");
  ASSERT_TRUE(theme);
  const std::vector<loader::BoardPage> pages = {
      {"privacy", "Privacy", 3, "Tekst.", {}},
      {"contact", "Contact", 1, "Tekst.", {}},
      {"bezoektijden", "Bezoektijden", 1, "Tekst.", {}},
      {"index", "Welkom", 9, "Tekst.", {}},
  };

  const std::vector<RenderedBoardPage> rendered = RenderBoard(*theme, pages);

  ASSERT_EQ(rendered.size(), 4u);
  EXPECT_EQ(rendered[0].slug, "index");
  EXPECT_EQ(rendered[1].slug, "bezoektijden");
  EXPECT_EQ(rendered[2].slug, "contact");
  EXPECT_EQ(rendered[3].slug, "privacy");
  EXPECT_EQ(rendered[0].order, 9);
  EXPECT_EQ(rendered[0].title, "Welkom");
}

TEST(RenderBoardTest, MarkdownInsideTemplate) {
  std::optional<Theme> theme = LoadDefaultTheme("nl");
  ASSERT_TRUE(theme);
  const std::vector<loader::BoardPage> pages = {
      {"index",
       "Welkom <b>",
       0,
       "## Nieuws\n\nTekst met <script>alert(1)</script> **nadruk**.\n",
       {}}};

  const std::vector<RenderedBoardPage> rendered = RenderBoard(*theme, pages);

  ASSERT_EQ(rendered.size(), 1u);
  const std::string& html = rendered[0].html;
  EXPECT_NE(html.find("<article class=\"board-page\">"), std::string::npos);
  EXPECT_NE(html.find("<h2>Welkom &lt;b&gt;</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h3>Nieuws</h3>"), std::string::npos) << html;
  EXPECT_NE(html.find("<strong>nadruk</strong>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

}  // namespace
}  // namespace inzage::render
