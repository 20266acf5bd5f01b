#include "crypto/secret_bytes.h"

#include <sodium.h>

#include <cstring>
#include <mutex>
#include <new>
#include <utility>

namespace inzage::crypto {

bool InitSodium() {
  static std::once_flag once;
  static bool ready = false;
  std::call_once(once, [] { ready = sodium_init() >= 0; });
  return ready;
}

SecretBytes::SecretBytes(std::size_t size) : size_(size) {
  if (size == 0) {
    return;
  }
  // sodium_malloc needs libsodium initialised; a secret may be the first
  // use of libsodium, for example in a static or a test fixture.
  if (!InitSodium()) {
    throw std::bad_alloc();
  }
  data_ = static_cast<std::uint8_t*>(sodium_malloc(size));
  if (data_ == nullptr) {
    throw std::bad_alloc();
  }
  std::memset(data_, 0, size);
}

SecretBytes SecretBytes::Copy(std::span<const std::uint8_t> bytes) {
  SecretBytes secret(bytes.size());
  if (!bytes.empty()) {
    std::memcpy(secret.data_, bytes.data(), bytes.size());
  }
  return secret;
}

SecretBytes SecretBytes::FromText(std::string_view text) {
  return Copy({reinterpret_cast<const std::uint8_t*>(text.data()),
               text.size()});
}

SecretBytes SecretBytes::Random(std::size_t size) {
  SecretBytes secret(size);
  randombytes_buf(secret.data_, size);
  return secret;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
  if (this != &other) {
    sodium_free(data_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

// sodium_free wipes the memory before releasing it.
SecretBytes::~SecretBytes() { sodium_free(data_); }

}  // namespace inzage::crypto
