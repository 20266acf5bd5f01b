#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace inzage::crypto {

// Initialises libsodium once per process. Returns false when it cannot run
// (no usable random source); callers then report an environment error.
bool InitSodium();

// A fixed-size buffer for keys and passwords. The memory comes from
// sodium_malloc (guard pages, no swap where the system allows) and is wiped
// when the buffer is destroyed. Move-only, so a secret has one owner.
class SecretBytes {
 public:
  SecretBytes() = default;
  explicit SecretBytes(std::size_t size);
  static SecretBytes Copy(std::span<const std::uint8_t> bytes);
  static SecretBytes FromText(std::string_view text);
  static SecretBytes Random(std::size_t size);

  SecretBytes(SecretBytes&& other) noexcept;
  SecretBytes& operator=(SecretBytes&& other) noexcept;
  SecretBytes(const SecretBytes&) = delete;
  SecretBytes& operator=(const SecretBytes&) = delete;
  ~SecretBytes();

  std::uint8_t* data() { return data_; }
  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::span<const std::uint8_t> span() const { return {data_, size_}; }
  std::string_view view() const {
    return {reinterpret_cast<const char*>(data_), size_};
  }

 private:
  std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace inzage::crypto
