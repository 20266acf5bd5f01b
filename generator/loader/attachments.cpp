#include "loader/attachments.h"

#include <system_error>

namespace inzage::loader {

std::optional<Attachment> ResolveAttachment(const ClientFolder& folder,
                                            const std::string& folder_relative,
                                            const std::string& name,
                                            const YAML::Mark& mark,
                                            YamlSource& source) {
  bool plain = !name.empty() && name.find('/') == std::string::npos &&
               name.find("..") == std::string::npos &&
               name.find('\0') == std::string::npos;
  if (!plain) {
    source.Error(mark, "invalid file name '" + name +
                           "', expected a name without '/' or '..'");
    return std::nullopt;
  }

  std::filesystem::path path = folder.Path(folder_relative + "/" + name);
  std::string display_folder = folder.Display(folder_relative);
  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory) {
    source.Error(mark, "failed to open file '" + name + "' in " +
                           display_folder + ": " + Reason(error));
    return std::nullopt;
  }
  if (!std::filesystem::exists(status)) {
    source.Error(mark, "file '" + name + "' not found in " + display_folder);
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(status)) {
    source.Error(
        mark, "'" + name + "' in " + display_folder + " is not a regular file");
    return std::nullopt;
  }

  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) {
    source.Error(mark,
                 "failed to read the size of '" + name + "': " + Reason(error));
    return std::nullopt;
  }
  return Attachment{name, path.string(), static_cast<std::uint64_t>(size)};
}

}  // namespace inzage::loader
