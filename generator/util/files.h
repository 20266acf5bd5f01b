#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace inzage {

// Reads a whole file. On failure returns nullopt and sets `error` to a
// message that names the file and the system's reason.
std::optional<std::string> ReadFile(const std::filesystem::path& path,
                                    std::string& error);

// Writes a file through a temporary file in the same folder and a rename,
// so that a reader sees the old or the new content, never a part. The file
// gets `mode` before any byte is written. Returns an error message, or an
// empty string on success.
std::string WriteFileAtomic(const std::filesystem::path& path,
                            std::span<const std::uint8_t> data,
                            mode_t mode = 0644);
std::string WriteFileAtomic(const std::filesystem::path& path,
                            std::string_view text, mode_t mode = 0644);

}  // namespace inzage
