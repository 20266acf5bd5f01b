#include "loader/attachments.h"

#include <system_error>

#include "loader/quote.h"

namespace inzage::loader {
namespace {

// Reports a symbolic link out of the export on the way to the attachment
// `name`, whose name in messages is `display`. Returns false when there is
// one.
bool CheckAttachmentLink(const ExportTree& tree,
                         const std::filesystem::path& path,
                         const std::string& name, const std::string& display,
                         const YAML::Mark& mark, YamlSource& source) {
  std::optional<LinkOut> link = tree.FindLinkOut(path);
  if (!link) {
    return true;
  }

  std::string target = Quote(link->target);
  if (link->error) {
    source.Error(mark, "failed to resolve symbolic link " + link->display +
                           " to " + target + ": " + Reason(link->error));
  } else if (link->display == display) {
    source.Error(mark, "file " + Quote(name) + " is a symbolic link to " +
                           target +
                           ", links out of the export are not allowed");
  } else {
    source.Error(mark, "file " + Quote(name) + " is in " + link->display +
                           ", a symbolic link to " + target +
                           ", links out of the export are not allowed");
  }
  return false;
}

}  // namespace

std::optional<Attachment> ResolveAttachment(const ClientFolder& folder,
                                            const std::string& folder_relative,
                                            const std::string& name,
                                            const YAML::Mark& mark,
                                            YamlSource& source) {
  bool plain = !name.empty() && name.find('/') == std::string::npos &&
               name.find("..") == std::string::npos &&
               name.find('\0') == std::string::npos;
  if (!plain) {
    source.Error(mark, "invalid file name " + Quote(name) +
                           ", expected a name without '/' or '..'");
    return std::nullopt;
  }

  std::string relative = folder_relative + "/" + name;
  std::filesystem::path path = folder.Path(relative);
  std::string display_folder = folder.Display(folder_relative);
  if (!CheckAttachmentLink(folder.tree(), path, name, folder.Display(relative),
                           mark, source)) {
    return std::nullopt;
  }

  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory) {
    source.Error(mark, "failed to open file " + Quote(name) + " in " +
                           display_folder + ": " + Reason(error));
    return std::nullopt;
  }
  if (!std::filesystem::exists(status)) {
    source.Error(mark,
                 "file " + Quote(name) + " not found in " + display_folder);
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(status)) {
    source.Error(
        mark, Quote(name) + " in " + display_folder + " is not a regular file");
    return std::nullopt;
  }

  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) {
    source.Error(mark, "failed to read the size of " + Quote(name) + ": " +
                           Reason(error));
    return std::nullopt;
  }
  return Attachment{name, path.string(), static_cast<std::uint64_t>(size)};
}

}  // namespace inzage::loader
