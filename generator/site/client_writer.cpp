#include "site/client_writer.h"

#include <yaml-cpp/yaml.h>

#include "crypto/file_stream.h"
#include "crypto/opaque_names.h"
#include "site/release.h"
#include "site/sealed_bundle.h"
#include "util/files.h"
#include "util/json_writer.h"

namespace inzage::site {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kAttachmentMagic{"IZA\x01", 4};

// The manifest entry of one attachment, once its file is in the release.
struct WrittenAttachment {
  const render::AttachmentRef* ref = nullptr;
  std::string id;
  std::string sha256_hex;
  std::uint64_t size = 0;
  std::string key_base64;
};

fs::path ClientFolder(const fs::path& release, const std::string& path_id) {
  return release / "c" / path_id;
}

// The size an encrypted attachment has for a plain file of `size` bytes.
std::uint64_t SealedSize(std::uint64_t size) {
  const std::uint64_t chunks = size / crypto::kStreamChunkSize + 1;
  return kAttachmentMagic.size() + 24 + size + chunks * 17;
}

std::optional<WrittenAttachment> WriteAttachment(
    const ClientTarget& target, const render::AttachmentRef& ref,
    ClientWriteStats& stats, Diagnostics& diagnostics) {
  auto plain = crypto::HashFile(ref.path);
  if (!plain) {
    diagnostics.Error(ref.path, 0, 0, "cannot read the attachment");
    return std::nullopt;
  }

  WrittenAttachment written{&ref, "", plain->sha256_hex, plain->size, ""};
  written.id = crypto::AttachmentId(*target.content_key, ref.ref,
                                    plain->sha256_hex);
  const auto key = crypto::AttachmentKey(*target.content_key, written.id);
  written.key_base64 = crypto::ToBase64(key.span());

  const fs::path name = fs::path("a") / (written.id + ".bin");
  const fs::path to = ClientFolder(target.release, target.path_id) / name;
  std::error_code error;
  if (target.previous) {
    const fs::path from =
        ClientFolder(*target.previous, target.path_id) / name;
    if (fs::file_size(from, error) == SealedSize(plain->size) && !error &&
        LinkOrCopy(from, to)) {
      ++stats.attachments_reused;
      stats.bytes += SealedSize(plain->size);
      return written;
    }
  }

  fs::create_directories(to.parent_path(), error);
  auto result = crypto::EncryptFile(ref.path, to, kAttachmentMagic, key);
  if (!result.info) {
    diagnostics.Error(ref.path, 0, 0, result.error);
    return std::nullopt;
  }
  if (result.info->sha256_hex != plain->sha256_hex) {
    diagnostics.Error(ref.path, 0, 0,
                      "the file changed while it was being encrypted");
    return std::nullopt;
  }
  stats.bytes += SealedSize(plain->size);
  return written;
}

std::string BundleJson(const ClientTarget& target,
                       const std::string& client_name,
                       const render::ClientPages& pages,
                       const std::vector<WrittenAttachment>& attachments) {
  JsonWriter json;
  json.BeginObject();
  json.Key("format").Number(1);
  json.Key("client").String(target.path_id);
  json.Key("name").String(client_name);

  json.Key("tabs").BeginArray();
  for (const auto& tab : pages.tabs) {
    json.BeginObject().Key("id").String(tab.id);
    json.Key("title").String(tab.title).EndObject();
  }
  json.EndArray();

  json.Key("pages").BeginObject();
  for (const auto& [route, html] : pages.pages) {
    json.Key(route).String(html);
  }
  json.EndObject();

  json.Key("attachments").BeginArray();
  for (const auto& attachment : attachments) {
    json.BeginObject();
    json.Key("ref").String(attachment.ref->ref);
    json.Key("id").String(attachment.id);
    json.Key("name").String(attachment.ref->name);
    json.Key("type").String(attachment.ref->type);
    json.Key("size").Number(static_cast<std::int64_t>(attachment.size));
    json.Key("sha256").String(attachment.sha256_hex);
    json.Key("key").String(attachment.key_base64);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  return json.Take();
}

}  // namespace

std::optional<ClientWriteStats> WriteClient(
    const ClientTarget& target, const std::string& client_name,
    const render::ClientPages& pages, Diagnostics& diagnostics) {
  ClientWriteStats stats;
  std::vector<WrittenAttachment> attachments;
  for (const auto& ref : pages.attachments) {
    auto written = WriteAttachment(target, ref, stats, diagnostics);
    if (!written) {
      return std::nullopt;
    }
    attachments.push_back(std::move(*written));
  }
  stats.attachments = static_cast<int>(attachments.size());
  stats.pages = static_cast<int>(pages.pages.size());

  const std::string json =
      BundleJson(target, client_name, pages, attachments);
  const crypto::Bytes bundle = SealBundle(
      *target.content_key, ClientBundleAd(target.path_id), json);
  const fs::path file =
      ClientFolder(target.release, target.path_id) / "bundle.bin";
  std::error_code error;
  fs::create_directories(file.parent_path(), error);
  if (auto problem = WriteFileAtomic(file, bundle); !problem.empty()) {
    diagnostics.Error("", 0, 0, problem);
    return std::nullopt;
  }
  stats.bytes += bundle.size();
  return stats;
}

bool KeepPreviousClient(const ClientTarget& target) {
  if (!target.previous) {
    return false;
  }
  const fs::path from = ClientFolder(*target.previous, target.path_id);
  std::error_code error;
  if (!fs::exists(from / "bundle.bin", error)) {
    return false;
  }
  const fs::path to = ClientFolder(target.release, target.path_id);
  for (auto it = fs::recursive_directory_iterator(from, error);
       !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_regular_file()) {
      if (!LinkOrCopy(it->path(), to / fs::relative(it->path(), from))) {
        return false;
      }
    }
  }
  return !error;
}

std::optional<std::string> PreviousClientName(const ClientTarget& target) {
  if (!target.previous) {
    return std::nullopt;
  }
  std::string error;
  auto file = ReadFile(
      ClientFolder(*target.previous, target.path_id) / "bundle.bin", error);
  if (!file) {
    return std::nullopt;
  }
  auto json = OpenBundle(*target.content_key, ClientBundleAd(target.path_id),
                         crypto::AsBytes(*file));
  if (!json) {
    return std::nullopt;
  }
  try {
    // JSON is YAML, so yaml-cpp reads the bundle the browser reads.
    return YAML::Load(*json)["name"].as<std::string>();
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

}  // namespace inzage::site
