#pragma once

#include <optional>
#include <string>

#include "loader/client_parts.h"

namespace inzage::loader {

// Looks up the file `name` in the client folder `folder_relative` (e.g.
// "dossier/item-001") for an attachment. The name must be a plain file
// name: no '/' and no "..". Reports a bad name, a symbolic link out of the
// export and a file that is not a regular file at `mark`.
std::optional<Attachment> ResolveAttachment(const ClientFolder& folder,
                                            const std::string& folder_relative,
                                            const std::string& name,
                                            const YAML::Mark& mark,
                                            YamlSource& source);

}  // namespace inzage::loader
