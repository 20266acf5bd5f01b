#pragma once

#include <vector>

#include "loader/export_files.h"
#include "loader/model.h"
#include "util/diagnostics.h"

namespace inzage::loader {

// Reads board/index.md, which is required, and every other board/<slug>.md.
// Pages with errors are left out. The result starts with the index page,
// then follows `order`, then the title.
std::vector<BoardPage> LoadBoard(const ExportTree& tree,
                                 Diagnostics& diagnostics);

}  // namespace inzage::loader
