#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "util/result.h"

// Publishing a site atomically. Each build writes a new folder under
// <out>.releases/, and <out> is a symbolic link that a rename switches to
// the new folder in one step: a reader sees the old site or the new one,
// never a mix, and a failed build leaves the old one in place.
namespace inzage::site {

class Release {
 public:
  // Takes the build lock and creates the folder for a new release.
  static Result<Release> Begin(const std::filesystem::path& out,
                               const std::string& display);

  Release(Release&& other) noexcept;
  Release& operator=(Release&&) = delete;
  ~Release();  // discards the new folder unless it was published

  // The folder being written.
  const std::filesystem::path& folder() const { return folder_; }
  // The folder of the site published now, if there is one.
  const std::optional<std::filesystem::path>& previous() const {
    return previous_;
  }

  // Points <out> at the new folder and removes releases older than the
  // previous one, which stays for a reader still loading it.
  Result<bool> Publish();

 private:
  Release() = default;
  void PruneOldReleases();

  std::filesystem::path out_;
  std::string display_;
  std::filesystem::path releases_;
  std::filesystem::path folder_;
  std::optional<std::filesystem::path> previous_;
  int lock_fd_ = -1;
  bool published_ = false;
};

// Hard-links `from` to `to`, or copies it where a link cannot be made.
// Returns false when neither works.
bool LinkOrCopy(const std::filesystem::path& from,
                const std::filesystem::path& to);

}  // namespace inzage::site
