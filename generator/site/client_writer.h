#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "crypto/secret_bytes.h"
#include "render/page_renderer.h"
#include "util/diagnostics.h"

namespace inzage::site {

// The destination of one client's files and the release they may reuse.
struct ClientTarget {
  std::string client_id;
  std::string path_id;  // 32 hex, the folder under c/
  const crypto::SecretBytes* content_key = nullptr;
  std::filesystem::path release;  // the release being written
  std::optional<std::filesystem::path> previous;  // the published release
};

// Counts for the build summary.
struct ClientWriteStats {
  int pages = 0;
  int attachments = 0;
  int attachments_reused = 0;
  std::uint64_t bytes = 0;
};

// Writes c/<path id>/bundle.bin and the client's attachments into the
// release. An attachment whose id is unchanged is linked from the previous
// release instead of encrypted again. Problems go to `diagnostics`; returns
// nullopt when the client could not be written.
std::optional<ClientWriteStats> WriteClient(
    const ClientTarget& target, const std::string& client_name,
    const render::ClientPages& pages, Diagnostics& diagnostics);

// Links the previous release's files of a client into the new release, for
// a client that could not be built this time. Returns false when there is
// no previous bundle.
bool KeepPreviousClient(const ClientTarget& target);

// Reads the client's display name from its bundle in the previous release.
std::optional<std::string> PreviousClientName(const ClientTarget& target);

}  // namespace inzage::site
