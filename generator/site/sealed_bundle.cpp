#include "site/sealed_bundle.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

#include "crypto/aead.h"

namespace inzage::site {
namespace {

// Bundles are small (pages of one client); an inflated size past this limit
// means a damaged or hostile file.
constexpr uLong kMaxInflatedSize = 512ul << 20;

crypto::Bytes Compress(std::string_view text) {
  uLongf size = compressBound(text.size());
  crypto::Bytes packed(size);
  compress2(packed.data(), &size,
            reinterpret_cast<const Bytef*>(text.data()), text.size(),
            Z_BEST_COMPRESSION);
  packed.resize(size);
  return packed;
}

std::optional<std::string> Inflate(std::span<const std::uint8_t> packed) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) {
    return std::nullopt;
  }
  stream.next_in = const_cast<Bytef*>(packed.data());
  stream.avail_in = static_cast<uInt>(packed.size());

  std::string text;
  char buffer[65536];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    text.append(buffer, sizeof buffer - stream.avail_out);
    if (text.size() > kMaxInflatedSize) {
      status = Z_DATA_ERROR;
    }
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) {
    return std::nullopt;
  }
  return text;
}

crypto::Bytes AdBytes(std::string_view ad) {
  return crypto::Bytes(ad.begin(), ad.end());
}

}  // namespace

std::string ClientBundleAd(std::string_view client_path_id) {
  return "inzage:bundle:1:" + std::string(client_path_id);
}

crypto::Bytes SealBundle(const crypto::SecretBytes& key, std::string_view ad,
                         std::string_view json) {
  const crypto::Bytes packed = Compress(json);
  crypto::Bytes sealed = crypto::SealDerivedNonce(key, AdBytes(ad), packed);
  crypto::Bytes file(kBundleMagic.size() + sealed.size());
  auto end = std::copy(kBundleMagic.begin(), kBundleMagic.end(), file.begin());
  std::copy(sealed.begin(), sealed.end(), end);
  return file;
}

std::optional<std::string> OpenBundle(const crypto::SecretBytes& key,
                                      std::string_view ad,
                                      std::span<const std::uint8_t> file) {
  if (file.size() < kBundleMagic.size() ||
      std::memcmp(file.data(), kBundleMagic.data(), kBundleMagic.size()) !=
          0) {
    return std::nullopt;
  }
  auto packed =
      crypto::Open(key, AdBytes(ad), file.subspan(kBundleMagic.size()));
  if (!packed) {
    return std::nullopt;
  }
  return Inflate(*packed);
}

}  // namespace inzage::site
