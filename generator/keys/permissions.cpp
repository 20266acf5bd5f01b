#include "keys/permissions.h"

#include <sys/stat.h>

#include <cstdio>

namespace inzage::keys {
namespace {

std::optional<std::string> CheckOne(const std::filesystem::path& path,
                                    const std::string& shown,
                                    const std::string& store) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    return std::nullopt;
  }
  if ((info.st_mode & 077) == 0) {
    return std::nullopt;
  }
  char mode[8];
  std::snprintf(mode, sizeof mode, "%04o", info.st_mode & 07777);
  return "'" + shown + "' can be read or changed by other users (mode " +
         mode + "); a key store must be private: run 'chmod -R go-rwx " +
         store + "'";
}

}  // namespace

std::optional<std::string> CheckPrivate(const std::filesystem::path& folder,
                                        const std::string& display) {
  if (auto problem = CheckOne(folder, display, display)) {
    return problem;
  }
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(folder, error);
       !error && it != std::filesystem::recursive_directory_iterator();
       it.increment(error)) {
    const auto relative = std::filesystem::relative(it->path(), folder);
    if (relative == "README.md") {
      continue;  // the tracked explanation, not a secret
    }
    const std::string shown = display + "/" + relative.string();
    if (auto problem = CheckOne(it->path(), shown, display)) {
      return problem;
    }
  }
  return std::nullopt;
}

}  // namespace inzage::keys
