#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace inzage::keys {

// Checks that no one but the owner can read or write the key store folder
// or any file in it. Returns a message that names the first offending path
// and the command that fixes it, or nullopt when the store is private.
std::optional<std::string> CheckPrivate(const std::filesystem::path& folder,
                                        const std::string& display);

}  // namespace inzage::keys
