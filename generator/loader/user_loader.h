#pragma once

#include <string>
#include <vector>

#include "loader/export_files.h"
#include "loader/model.h"
#include "util/diagnostics.h"

namespace inzage::loader {

// Reads every users/<username>.yaml, sorted by user name. `client_ids` are
// the client folders of the export, sorted: a user who names another client
// is an error. Users with errors are left out.
std::vector<User> LoadUsers(const ExportTree& tree,
                            const std::vector<std::string>& client_ids,
                            Diagnostics& diagnostics);

}  // namespace inzage::loader
