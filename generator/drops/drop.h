#pragma once

#include <optional>
#include <span>
#include <string>

#include "crypto/encoding.h"
#include "crypto/key_pairs.h"
#include "keys/key_store.h"
#include "util/result.h"

// Drops: what a user sends back to the provider, as a file signed with the
// user's Ed25519 key and sealed to the provider's X25519 drop key. The
// layout is in docs/format.md, section "Drops".
namespace inzage::drops {

inline constexpr std::string_view kDropMagic{"IZD\x01", 4};
// Signatures cover this prefix and the payload bytes, so that a signature
// made for anything else never passes as a drop.
inline constexpr std::string_view kSignaturePrefix = "inzage:drop:1\n";

// Drops are small: a password change is under 1 KiB. Larger files are
// rejected before they are opened.
inline constexpr std::size_t kMaxDropSize = 256 * 1024;

// A drop whose seal and signature were verified.
struct VerifiedDrop {
  std::string user;
  std::string kind;  // "password", and later "message", "reply", ...
  std::string id;    // 32 hex, unique per drop
  std::string time;  // ISO 8601 UTC, as the browser wrote it
  std::string payload_json;  // the signed payload, as signed
};

// Opens a drop file, checks the seal, the user's signature and the common
// payload fields, and rejects a drop whose id the user's record lists as
// applied. The Error states in plain words why a drop was rejected, with
// status kNoOrPartial for a drop that does not verify.
Result<VerifiedDrop> OpenDrop(std::span<const std::uint8_t> file,
                              const keys::KeyStore& store);

// Signs and seals a payload, as the browser does. The CLI uses it for
// statements signed on the command line, and the tests to make drops.
crypto::Bytes SealDrop(const std::string& user,
                       const std::string& payload_json,
                       const crypto::SignKeyPair& user_key,
                       const crypto::PublicKey& provider_drop_key);

// A fresh drop id: 16 random bytes as hex.
std::string NewDropId();

}  // namespace inzage::drops
