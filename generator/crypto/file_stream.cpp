#include "crypto/file_stream.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

namespace inzage::crypto {
namespace {

using Stream = crypto_secretstream_xchacha20poly1305_state;
constexpr std::size_t kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

struct DigestDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

std::string SystemError(const std::filesystem::path& path,
                        const char* action) {
  return "cannot " + std::string(action) + " '" + path.string() +
         "': " + std::strerror(errno);
}

std::string FinishDigest(EVP_MD_CTX* digest) {
  std::uint8_t hash[EVP_MAX_MD_SIZE];
  unsigned int hash_size = 0;
  EVP_DigestFinal_ex(digest, hash, &hash_size);
  return ToHex({hash, hash_size});
}

}  // namespace

std::optional<PlainFileInfo> HashFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::unique_ptr<EVP_MD_CTX, DigestDeleter> digest(EVP_MD_CTX_new());
  EVP_DigestInit_ex(digest.get(), EVP_sha256(), nullptr);

  PlainFileInfo info;
  Bytes buffer(kStreamChunkSize);
  while (in) {
    in.read(reinterpret_cast<char*>(buffer.data()), buffer.size());
    const auto count = static_cast<std::size_t>(in.gcount());
    EVP_DigestUpdate(digest.get(), buffer.data(), count);
    info.size += count;
  }
  if (in.bad()) {
    return std::nullopt;
  }
  info.sha256_hex = FinishDigest(digest.get());
  return info;
}

EncryptFileResult EncryptFile(const std::filesystem::path& source,
                              const std::filesystem::path& target,
                              std::string_view header_magic,
                              const SecretBytes& key) {
  std::ifstream in(source, std::ios::binary);
  if (!in) {
    return {std::nullopt, SystemError(source, "read")};
  }
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  if (!out) {
    return {std::nullopt, SystemError(target, "write")};
  }

  Stream state;
  std::uint8_t header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
  out.write(header_magic.data(), header_magic.size());
  out.write(reinterpret_cast<const char*>(header), sizeof header);

  std::unique_ptr<EVP_MD_CTX, DigestDeleter> digest(EVP_MD_CTX_new());
  EVP_DigestInit_ex(digest.get(), EVP_sha256(), nullptr);

  Bytes plain(kStreamChunkSize);
  Bytes sealed(kStreamChunkSize + kChunkOverhead);
  PlainFileInfo info;
  bool last = false;
  while (!last) {
    in.read(reinterpret_cast<char*>(plain.data()), plain.size());
    const auto count = static_cast<std::size_t>(in.gcount());
    if (in.bad()) {
      return {std::nullopt, SystemError(source, "read")};
    }
    // A full chunk at the end of the file is followed by an empty final one.
    last = in.eof();
    const unsigned char tag =
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
             : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;

    unsigned long long sealed_size = 0;
    crypto_secretstream_xchacha20poly1305_push(&state, sealed.data(),
                                               &sealed_size, plain.data(),
                                               count, nullptr, 0, tag);
    out.write(reinterpret_cast<const char*>(sealed.data()), sealed_size);
    EVP_DigestUpdate(digest.get(), plain.data(), count);
    info.size += count;
  }

  info.sha256_hex = FinishDigest(digest.get());

  out.close();
  if (!out) {
    return {std::nullopt, SystemError(target, "write")};
  }
  return {info, ""};
}

std::optional<Bytes> DecryptStream(std::span<const std::uint8_t> sealed,
                                   std::string_view header_magic,
                                   const SecretBytes& key) {
  const std::size_t header_size =
      header_magic.size() + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
  if (sealed.size() < header_size ||
      std::memcmp(sealed.data(), header_magic.data(), header_magic.size()) !=
          0) {
    return std::nullopt;
  }

  Stream state;
  if (crypto_secretstream_xchacha20poly1305_init_pull(
          &state, sealed.data() + header_magic.size(), key.data()) != 0) {
    return std::nullopt;
  }

  Bytes plain;
  std::size_t offset = header_size;
  Bytes chunk(kStreamChunkSize);
  while (offset < sealed.size()) {
    const std::size_t size =
        std::min(sealed.size() - offset, kStreamChunkSize + kChunkOverhead);
    unsigned long long chunk_size = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &state, chunk.data(), &chunk_size, &tag, sealed.data() + offset,
            size, nullptr, 0) != 0) {
      return std::nullopt;
    }
    plain.insert(plain.end(), chunk.begin(), chunk.begin() + chunk_size);
    offset += size;
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      return offset == sealed.size() ? std::optional(plain) : std::nullopt;
    }
  }
  return std::nullopt;  // cut short: no final chunk
}

}  // namespace inzage::crypto
