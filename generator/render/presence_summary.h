#pragma once

#include <string>
#include <vector>

#include "loader/model.h"

namespace inzage::render {

// The delivered care of one calendar month.
struct PresenceMonth {
  int year = 0;
  int month = 0;                               // 1 to 12
  std::vector<loader::PresenceEntry> entries;  // by date, then start time
  int total_minutes = 0;

  std::string Key() const;  // "2026-11", the route below presence/
};

// Returns the minutes from an entry's start to its end. An end before the
// start is taken as the next day, for care that runs past midnight.
int PresenceMinutes(const loader::PresenceEntry& entry);

// Groups presence entries by calendar month, newest month first.
std::vector<PresenceMonth> GroupPresenceByMonth(
    const std::vector<loader::PresenceEntry>& entries);

}  // namespace inzage::render
