#pragma once

#include <optional>

#include "loader/export_files.h"
#include "loader/model.h"
#include "util/diagnostics.h"

namespace inzage::loader {

// Reads site.yaml. Returns nullopt when the file is missing or has errors.
std::optional<Site> LoadSite(const ExportTree& tree, Diagnostics& diagnostics);

}  // namespace inzage::loader
