#include "render/presence_summary.h"

#include <gtest/gtest.h>

namespace inzage::render {
namespace {

loader::PresenceEntry Entry(loader::Date date, loader::TimeOfDay start,
                            loader::TimeOfDay end) {
  return {date, start, end, "Zorgverlener", "Activiteit"};
}

TEST(RenderPresenceSummaryTest, MinutesBetweenStartAndEnd) {
  EXPECT_EQ(PresenceMinutes(Entry({2026, 11, 1}, {8, 0}, {8, 45})), 45);
  EXPECT_EQ(PresenceMinutes(Entry({2026, 11, 1}, {8, 0}, {8, 0})), 0);
}

TEST(RenderPresenceSummaryTest, EndBeforeStartIsNextDay) {
  EXPECT_EQ(PresenceMinutes(Entry({2026, 11, 1}, {23, 30}, {0, 15})), 45);
}

TEST(RenderPresenceSummaryTest, GroupsNewestMonthFirst) {
  const std::vector<loader::PresenceEntry> entries = {
      Entry({2025, 12, 31}, {8, 0}, {9, 0}),
      Entry({2026, 2, 1}, {8, 0}, {8, 30}),
      Entry({2026, 1, 15}, {10, 0}, {10, 20}),
      Entry({2026, 1, 3}, {10, 0}, {11, 0}),
  };

  const std::vector<PresenceMonth> months = GroupPresenceByMonth(entries);

  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0].Key(), "2026-02");
  EXPECT_EQ(months[1].Key(), "2026-01");
  EXPECT_EQ(months[2].Key(), "2025-12");
  EXPECT_EQ(months[0].total_minutes, 30);
  EXPECT_EQ(months[1].total_minutes, 80);
  EXPECT_EQ(months[2].total_minutes, 60);
}

TEST(RenderPresenceSummaryTest, EntriesSortedByDateAndStart) {
  const std::vector<loader::PresenceEntry> entries = {
      Entry({2026, 1, 15}, {10, 0}, {10, 20}),
      Entry({2026, 1, 3}, {18, 0}, {18, 30}),
      Entry({2026, 1, 3}, {7, 0}, {7, 30}),
  };

  const std::vector<PresenceMonth> months = GroupPresenceByMonth(entries);

  ASSERT_EQ(months.size(), 1u);
  ASSERT_EQ(months[0].entries.size(), 3u);
  EXPECT_EQ(months[0].entries[0].start, (loader::TimeOfDay{7, 0}));
  EXPECT_EQ(months[0].entries[1].start, (loader::TimeOfDay{18, 0}));
  EXPECT_EQ(months[0].entries[2].date, (loader::Date{2026, 1, 15}));
}

TEST(RenderPresenceSummaryTest, NoEntriesNoMonths) {
  EXPECT_TRUE(GroupPresenceByMonth({}).empty());
}

}  // namespace
}  // namespace inzage::render
