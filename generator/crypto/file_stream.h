#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "crypto/encoding.h"
#include "crypto/secret_bytes.h"

// Attachments as crypto_secretstream_xchacha20poly1305 streams, in chunks of
// 64 KiB, so that a large file never has to be in memory at once.
namespace inzage::crypto {

inline constexpr std::size_t kStreamChunkSize = 65536;

// Size and SHA-256 of a plain file, filled in while it is encrypted.
struct PlainFileInfo {
  std::uint64_t size = 0;
  std::string sha256_hex;
};

// Reads a file and returns its size and SHA-256, or nullopt when it cannot
// be read.
std::optional<PlainFileInfo> HashFile(const std::filesystem::path& path);

// Writes `header_magic` then the encrypted stream of `source` to `target`.
// Returns the plain file's size and hash, or an error message naming the
// file that failed.
struct EncryptFileResult {
  std::optional<PlainFileInfo> info;
  std::string error;
};
EncryptFileResult EncryptFile(const std::filesystem::path& source,
                              const std::filesystem::path& target,
                              std::string_view header_magic,
                              const SecretBytes& key);

// Decrypts a stream written by EncryptFile. Returns nullopt when the magic,
// the key or any byte is wrong, or when the stream is cut short or extended.
std::optional<Bytes> DecryptStream(std::span<const std::uint8_t> sealed,
                                   std::string_view header_magic,
                                   const SecretBytes& key);

}  // namespace inzage::crypto
