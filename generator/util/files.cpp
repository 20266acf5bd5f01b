#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

namespace inzage {
namespace {

std::string Reason(const std::filesystem::path& path, const char* action) {
  return "cannot " + std::string(action) + " '" + path.string() +
         "': " + std::strerror(errno);
}

}  // namespace

std::optional<std::string> ReadFile(const std::filesystem::path& path,
                                    std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = Reason(path, "read");
    return std::nullopt;
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    error = Reason(path, "read");
    return std::nullopt;
  }
  return content.str();
}

std::string WriteFileAtomic(const std::filesystem::path& path,
                            std::span<const std::uint8_t> data, mode_t mode) {
  std::random_device random;
  const std::filesystem::path temporary =
      path.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
      std::to_string(random());

  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
  if (fd < 0) {
    return Reason(path, "write");
  }
  ::fchmod(fd, mode);  // the umask may have cleared bits that `mode` wants

  std::size_t written = 0;
  while (written < data.size()) {
    const ssize_t count =
        ::write(fd, data.data() + written, data.size() - written);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count < 0) {
      std::string error = Reason(path, "write");
      ::close(fd);
      ::unlink(temporary.c_str());
      return error;
    }
    written += static_cast<std::size_t>(count);
  }

  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string error = Reason(path, "write");
    ::unlink(temporary.c_str());
    return error;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    std::string error = Reason(path, "replace");
    ::unlink(temporary.c_str());
    return error;
  }
  return "";
}

std::string WriteFileAtomic(const std::filesystem::path& path,
                            std::string_view text, mode_t mode) {
  return WriteFileAtomic(
      path,
      std::span<const std::uint8_t>(
          reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
      mode);
}

}  // namespace inzage
