#include "render/presence_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

namespace inzage::render {

std::string PresenceMonth::Key() const {
  return fmt::format("{:04}-{:02}", year, month);
}

int PresenceMinutes(const loader::PresenceEntry& entry) {
  constexpr int kMinutesPerDay = 24 * 60;
  const int minutes = entry.end.Minutes() - entry.start.Minutes();
  return minutes < 0 ? minutes + kMinutesPerDay : minutes;
}

std::vector<PresenceMonth> GroupPresenceByMonth(
    const std::vector<loader::PresenceEntry>& entries) {
  // Keyed by (year, month) so that iterating in reverse gives newest first.
  std::map<std::pair<int, int>, PresenceMonth> by_month;
  for (const loader::PresenceEntry& entry : entries) {
    PresenceMonth& month = by_month[{entry.date.year, entry.date.month}];
    month.year = entry.date.year;
    month.month = entry.date.month;
    month.entries.push_back(entry);
    month.total_minutes += PresenceMinutes(entry);
  }

  std::vector<PresenceMonth> months;
  for (auto it = by_month.rbegin(); it != by_month.rend(); ++it) {
    PresenceMonth month = std::move(it->second);
    std::stable_sort(
        month.entries.begin(), month.entries.end(),
        [](const loader::PresenceEntry& a, const loader::PresenceEntry& b) {
          return std::pair(a.date, a.start) < std::pair(b.date, b.start);
        });
    months.push_back(std::move(month));
  }
  return months;
}

}  // namespace inzage::render
