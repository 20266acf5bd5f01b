#pragma once

#include <string>

namespace inzage {

// The current time as ISO 8601 in UTC, e.g. "2026-12-04T16:05:00Z".
std::string NowIso();

// The time `seconds` from now (negative: ago) in the same form.
std::string IsoTimeFromNow(long seconds);

}  // namespace inzage
