#pragma once

#include <filesystem>

#include "util/diagnostics.h"

namespace inzage::site {

// Copies the theme's viewer (viewer/**), its locale files (locales/*.json
// to locales/) and the vendor files that theme.yaml lists (libsodium.js)
// into the release. Returns false, with errors in `diagnostics`, when a
// file is missing or cannot be copied.
bool CopyViewer(const std::filesystem::path& theme,
                const std::filesystem::path& release,
                Diagnostics& diagnostics);

}  // namespace inzage::site
