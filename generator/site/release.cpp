#include "site/release.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <atomic>
#include <ctime>
#include <utility>
#include <vector>

namespace inzage::site {
namespace fs = std::filesystem;

namespace {

Error EnvironmentError(std::string message) {
  return {ExitStatus::kEnvironment, std::move(message)};
}

std::string NewReleaseName() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  // Two builds in one second by one process (tests do that) still differ.
  static std::atomic<unsigned> sequence{0};
  return std::string(stamp) + "-" + std::to_string(::getpid()) + "-" +
         std::to_string(sequence++);
}

// The site is public ciphertext that a web server running as another user
// must read, whatever the umask of the build was.
void MakeReadable(const fs::path& releases, const fs::path& folder) {
  constexpr auto kFolder = fs::perms::owner_all | fs::perms::group_read |
                           fs::perms::group_exec | fs::perms::others_read |
                           fs::perms::others_exec;
  constexpr auto kFile = fs::perms::owner_read | fs::perms::owner_write |
                         fs::perms::group_read | fs::perms::others_read;
  std::error_code error;
  fs::permissions(releases, kFolder, error);
  fs::permissions(folder, kFolder, error);
  for (auto it = fs::recursive_directory_iterator(folder, error);
       !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    std::error_code ignored;
    fs::permissions(it->path(), it->is_directory() ? kFolder : kFile, ignored);
  }
}

}  // namespace

// Refuses an <out> that a build must not replace: a file, a link that no
// build made, or a folder with something else than a site in it.
std::optional<Error> CheckReplaceable(const fs::path& out,
                                      const fs::path& releases,
                                      const std::string& display) {
  std::error_code error;
  const auto status = fs::symlink_status(out, error);
  if (error || status.type() == fs::file_type::not_found) {
    return std::nullopt;
  }
  const Error refused{ExitStatus::kUsage,
                      "'" + display + "' is not an Inzage site, so a build "
                      "will not replace it; choose a new or empty folder "
                      "for --out"};
  if (status.type() == fs::file_type::symlink) {
    const fs::path target = fs::weakly_canonical(out, error);
    const fs::path parent = fs::weakly_canonical(releases, error);
    if (error || target.parent_path() != parent) {
      return refused;
    }
    return std::nullopt;
  }
  if (status.type() != fs::file_type::directory) {
    return refused;
  }
  if (fs::is_empty(out, error) || fs::exists(out / "site.json", error)) {
    return std::nullopt;
  }
  return refused;
}

// Removes release folders newer than the published one: builds that were
// interrupted or failed before they published.
void RemoveUnpublished(const fs::path& releases,
                       const std::optional<fs::path>& published) {
  std::error_code error;
  const std::string newest =
      published ? published->filename().string() : std::string();
  for (const auto& entry : fs::directory_iterator(releases, error)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && name > newest &&
        name.rfind("earlier-", 0) != 0) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

Result<Release> Release::Begin(const fs::path& out,
                               const std::string& display) {
  Release release;
  release.out_ = out;
  release.display_ = display;
  release.releases_ = out.string() + ".releases";

  if (auto refused = CheckReplaceable(out, release.releases_, display)) {
    return *refused;
  }
  std::error_code error;
  fs::create_directories(release.releases_, error);
  if (error) {
    return EnvironmentError("cannot create '" + display +
                            ".releases': " + error.message());
  }

  const fs::path lock = release.releases_ / ".lock";
  release.lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (release.lock_fd_ < 0 || ::flock(release.lock_fd_, LOCK_EX | LOCK_NB)) {
    return EnvironmentError("another build is writing '" + display +
                            "' now; wait for it to finish");
  }

  if (fs::is_symlink(out, error)) {
    release.previous_ = fs::canonical(out, error);
    if (error) {
      release.previous_.reset();
    }
  } else if (fs::is_directory(out, error)) {
    release.previous_ = out;
  }

  if (release.previous_ && fs::is_symlink(out, error)) {
    RemoveUnpublished(release.releases_, release.previous_);
  }
  release.folder_ = release.releases_ / NewReleaseName();
  fs::create_directories(release.folder_, error);
  if (error) {
    return EnvironmentError("cannot create '" + release.folder_.string() +
                            "': " + error.message());
  }
  return release;
}

Release::Release(Release&& other) noexcept
    : out_(std::move(other.out_)),
      display_(std::move(other.display_)),
      releases_(std::move(other.releases_)),
      folder_(std::move(other.folder_)),
      previous_(std::move(other.previous_)),
      lock_fd_(std::exchange(other.lock_fd_, -1)),
      published_(std::exchange(other.published_, true)) {}

Release::~Release() {
  if (!published_ && !folder_.empty()) {
    std::error_code error;
    fs::remove_all(folder_, error);
  }
  if (lock_fd_ >= 0) {
    ::close(lock_fd_);
  }
}

Result<bool> Release::Publish() {
  std::error_code error;
  MakeReadable(releases_, folder_);

  // An <out> that is a plain folder (from before releases, or made by hand)
  // moves into the releases first. Only this one step is not atomic.
  if (!fs::is_symlink(out_, error) && fs::is_directory(out_, error)) {
    const fs::path moved = releases_ / ("earlier-" + NewReleaseName());
    fs::rename(out_, moved, error);
    if (error) {
      return EnvironmentError("cannot move '" + display_ +
                              "' aside: " + error.message());
    }
    previous_ = moved;
  }

  const fs::path link = out_.string() + ".new-link";
  fs::remove(link, error);
  const fs::path target =
      fs::path(releases_.filename()) / folder_.filename();
  fs::create_directory_symlink(target, link, error);
  if (!error) {
    fs::rename(link, out_, error);
  }
  if (error) {
    return EnvironmentError("cannot publish '" + display_ +
                            "': " + error.message());
  }
  published_ = true;
  PruneOldReleases();
  return true;
}

void Release::PruneOldReleases() {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(releases_, error)) {
    const fs::path path = entry.path();
    if (path.filename() == ".lock" || path == folder_ ||
        (previous_ && fs::equivalent(path, *previous_, error))) {
      continue;
    }
    fs::remove_all(path, error);
  }
}

bool LinkOrCopy(const fs::path& from, const fs::path& to) {
  std::error_code error;
  fs::create_directories(to.parent_path(), error);
  fs::create_hard_link(from, to, error);
  if (!error) {
    return true;
  }
  error.clear();
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, error);
  return !error;
}

}  // namespace inzage::site
