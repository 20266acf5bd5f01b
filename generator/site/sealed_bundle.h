#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "crypto/encoding.h"
#include "crypto/secret_bytes.h"

// The sealed bundle files of a site (s/board.bin, c/<client>/bundle.bin):
// magic "IZB\x01", then nonce and XChaCha20-Poly1305 ciphertext of the
// zlib-compressed JSON. docs/format.md has the byte layout.
namespace inzage::site {

inline constexpr std::string_view kBundleMagic{"IZB\x01", 4};

// Associated data of a client's bundle, which binds it to its folder.
std::string ClientBundleAd(std::string_view client_path_id);
inline constexpr std::string_view kBoardAd = "inzage:board:1";

// Compresses and seals `json`. The same key, AD and JSON give the same
// bytes, so an unchanged bundle keeps its ciphertext between builds.
crypto::Bytes SealBundle(const crypto::SecretBytes& key, std::string_view ad,
                         std::string_view json);

// Opens a sealed bundle and returns its JSON text, or nullopt when the file
// is not a bundle, the key or AD is wrong, or a byte was changed.
std::optional<std::string> OpenBundle(const crypto::SecretBytes& key,
                                      std::string_view ad,
                                      std::span<const std::uint8_t> file);

}  // namespace inzage::site
