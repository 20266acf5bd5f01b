#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "util/diagnostics.h"
#include "util/result.h"

namespace inzage::site {

// A folder and the way messages show it ("content", "/srv/zorg/content").
struct Place {
  std::filesystem::path path;
  std::string display;
};

struct BuildOptions {
  Place content;
  Place keys;
  Place out;
  std::filesystem::path theme;
  int jobs = 0;  // worker threads; 0 means one per core
};

// The counts the build prints when it ends.
struct BuildSummary {
  int clients = 0;           // clients in the export
  int clients_built = 0;
  int clients_kept = 0;      // failed, previous bundle kept
  int clients_missing = 0;   // failed, nothing to keep
  int pages = 0;
  int attachments = 0;
  int attachments_reused = 0;
  int users = 0;             // user files published
  std::uint64_t bytes = 0;   // bytes of the files written for clients
  double seconds = 0;
};

// Called with a line of progress ("client c-1001 built").
using ProgressFn = std::function<void(const std::string&)>;

// Builds the site from the export and the key store, and publishes it
// atomically. Returns the summary when a site was published (clients may
// have been skipped; the diagnostics name them), or an Error when nothing
// was published and the previous site stays.
Result<BuildSummary> BuildSite(const BuildOptions& options,
                               Diagnostics& diagnostics,
                               const ProgressFn& progress);

}  // namespace inzage::site
