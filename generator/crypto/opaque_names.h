#pragma once

#include <string>
#include <string_view>

#include "crypto/secret_bytes.h"

// Names and keys on the public site that reveal nothing: keyed BLAKE2b
// hashes, so no one without the keys can link a path to a client number,
// and unchanged input keeps its name and key from one build to the next.
namespace inzage::crypto {

// The 32-hex folder name of a client under c/.
std::string ClientPathId(const SecretBytes& names_key,
                         std::string_view client_id);

// The 32-hex file name of an attachment under c/<client>/a/, keyed with
// the client's content key. It changes when the file's content or the
// content key changes.
std::string AttachmentId(const SecretBytes& content_key, std::string_view ref,
                         std::string_view sha256_hex);

// The secretstream key of an attachment, derived from the content key and
// the attachment id. Readers take it from the bundle's manifest.
SecretBytes AttachmentKey(const SecretBytes& content_key,
                          std::string_view attachment_id);

}  // namespace inzage::crypto
