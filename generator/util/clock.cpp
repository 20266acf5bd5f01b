#include "util/clock.h"

#include <ctime>

namespace inzage {

std::string NowIso() { return IsoTimeFromNow(0); }

std::string IsoTimeFromNow(long seconds) {
  const std::time_t now = std::time(nullptr) + seconds;
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace inzage
