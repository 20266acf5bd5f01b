#include <gtest/gtest.h>

#include "loader/export_loader.h"
#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;
using testing::TempExport;

const std::filesystem::path kSample =
    std::filesystem::path(INZAGE_TEST_DATA) / "loader/sample";

// Writes a valid client.yaml for "c-1" and `name` with `text`, then loads.
LoadedClient LoadWith(const TempExport& tree, std::string_view name,
                      std::string_view text) {
  tree.Write("clients/c-1/client.yaml", "name: Anna\n");
  tree.Write("clients/c-1/" + std::string(name), text);
  return LoadClient(tree.root(), "content", "c-1");
}

TEST(CarePlanLoader, LoadsSampleLists) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  ASSERT_TRUE(loaded.client);
  const Client& client = *loaded.client;
  ASSERT_EQ(client.contacts.size(), 2u);
  EXPECT_EQ(client.contacts[0].phone, "06-12345678");
  EXPECT_EQ(client.contacts[1].relation, "buurvrouw");
  ASSERT_EQ(client.general_agreements.size(), 1u);
  EXPECT_EQ(client.general_agreements[0].description_markdown,
            "Mevrouw blijft zo lang mogelijk **zelfstandig**.\n");
  ASSERT_EQ(client.periodic_agreements.size(), 1u);
  EXPECT_EQ(client.periodic_agreements[0].minutes, 45);
  EXPECT_EQ(client.periodic_agreements[0].end->Iso(), "2026-12-31");
  ASSERT_EQ(client.medication.size(), 2u);
  EXPECT_EQ(client.medication[0].start->Iso(), "2025-03-01");
  EXPECT_FALSE(client.medication[0].end);
  EXPECT_EQ(client.medication[1].end->Iso(), "2026-11-14");
}

TEST(CarePlanLoader, SortsPresenceOldestFirst) {
  LoadedClient loaded = LoadClient(kSample, "content", "c-1001");

  ASSERT_TRUE(loaded.client);
  ASSERT_EQ(loaded.client->presence.size(), 2u);
  EXPECT_EQ(loaded.client->presence[0].date.Iso(), "2026-11-29");
  EXPECT_EQ(loaded.client->presence[0].start.Iso(), "17:00");
  EXPECT_EQ(loaded.client->presence[1].date.Iso(), "2026-11-30");
}

TEST(CarePlanLoader, RejectsContactsMapping) {
  TempExport tree;
  LoadedClient loaded =
      LoadWith(tree, "contacts.yaml", "# contacts\n\nname: Jan\nphone: '06'\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/contacts.yaml:3:1: expected a "
            "list of contacts, found a mapping\n");
}

TEST(CarePlanLoader, AcceptsEmptyListFiles) {
  TempExport tree;
  tree.Write("clients/c-1/medication.yaml", "[]\n");
  tree.Write("clients/c-1/presence.yaml", "");
  LoadedClient loaded = LoadWith(tree, "contacts.yaml", "# none\n");

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics), "");
  EXPECT_TRUE(loaded.client->contacts.empty());
}

TEST(CarePlanLoader, ReportsEachContactWithoutName) {
  TempExport tree;
  LoadedClient loaded = LoadWith(
      tree, "contacts.yaml",
      "- name: Jan\n- relation: zoon\n- relation: dochter\n  nmae: Els\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/contacts.yaml:2:3: missing "
            "required key 'name'\n"
            "inzage: warning: content/clients/c-1/contacts.yaml:4:3: unknown "
            "key 'nmae', did you mean 'name'?\n"
            "inzage: error: content/clients/c-1/contacts.yaml:3:3: missing "
            "required key 'name'\n");
}

TEST(CarePlanLoader, RejectsPresenceEndingAtStart) {
  TempExport tree;
  LoadedClient loaded =
      LoadWith(tree, "presence.yaml",
               "- date: 2026-11-30\n  start: \"08:30\"\n  end: \"08:30\"\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/presence.yaml:3:8: end "
            "'08:30' equals start '08:30', expected another time (an earlier "
            "end means the next day)\n");
}

TEST(CarePlanLoader, AcceptsPresencePastMidnight) {
  TempExport tree;
  LoadedClient loaded =
      LoadWith(tree, "presence.yaml",
               "- date: 2026-11-30\n  start: \"23:00\"\n  end: \"07:00\"\n");

  ASSERT_TRUE(loaded.client);
  ASSERT_EQ(loaded.client->presence.size(), 1u);
  EXPECT_EQ(loaded.client->presence[0].end.Iso(), "07:00");
}

TEST(CarePlanLoader, RejectsPresenceTimeWithoutLeadingZero) {
  TempExport tree;
  LoadedClient loaded =
      LoadWith(tree, "presence.yaml",
               "- date: 2026-11-30\n  start: 8:30\n  end: 9:00\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/presence.yaml:2:10: invalid "
            "time '8:30', expected a time as HH:MM\n"
            "inzage: error: content/clients/c-1/presence.yaml:3:8: invalid "
            "time '9:00', expected a time as HH:MM\n");
}

TEST(CarePlanLoader, RejectsAgreementsAsList) {
  TempExport tree;
  LoadedClient loaded =
      LoadWith(tree, "agreements.yaml", "- title: Ochtendzorg\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/agreements.yaml:1:1: expected "
            "a mapping of care agreements, found a list\n");
}

TEST(CarePlanLoader, RejectsNegativeMinutes) {
  TempExport tree;
  LoadedClient loaded =
      LoadWith(tree, "agreements.yaml",
               "periodic:\n  - title: Ochtendzorg\n    minutes: -5\n");

  EXPECT_FALSE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: error: content/clients/c-1/agreements.yaml:3:14: invalid "
            "value '-5' for 'minutes', expected a whole number from 0 to "
            "10080\n");
}

TEST(CarePlanLoader, WarnsWhenMedicationEndsBeforeStart) {
  TempExport tree;
  LoadedClient loaded =
      LoadWith(tree, "medication.yaml",
               "- name: Omeprazol\n  start: 2026-03-01\n  end: 2026-02-01\n");

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/medication.yaml:3:3: end "
            "date '2026-02-01' is before start date '2026-03-01'\n");
}

TEST(CarePlanLoader, WarnsAboutRawHtmlInAgreement) {
  TempExport tree;
  LoadedClient loaded = LoadWith(
      tree, "agreements.yaml",
      "general:\n  - title: Zorgdoelen\n    description: Zie <b>hier</b> "
      "en <i>daar</i>.\n");

  ASSERT_TRUE(loaded.client);
  EXPECT_EQ(Messages(loaded.diagnostics),
            "inzage: warning: content/clients/c-1/agreements.yaml:3:18: raw "
            "HTML '<b>' in 'description' is not shown on the site (4 places "
            "in this text)\n");
}

}  // namespace
}  // namespace inzage::loader
