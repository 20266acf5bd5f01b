#include "crypto/file_stream.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "crypto/key_pairs.h"

namespace inzage::crypto {
namespace {

namespace fs = std::filesystem;

class FileStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(InitSodium());
    folder_ = fs::temp_directory_path() /
              ("inzage-stream-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
               "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  Bytes RoundTrip(std::size_t size) {
    Bytes plain(size);
    for (std::size_t i = 0; i < size; ++i) {
      plain[i] = static_cast<std::uint8_t>(i * 7);
    }
    std::ofstream(folder_ / "plain", std::ios::binary)
        .write(reinterpret_cast<const char*>(plain.data()), size);
    auto result = EncryptFile(folder_ / "plain", folder_ / "sealed", "IZA\x01",
                              key_);
    EXPECT_TRUE(result.info.has_value()) << result.error;
    EXPECT_EQ(result.info->size, size);
    std::ifstream in(folder_ / "sealed", std::ios::binary);
    sealed_.assign(std::istreambuf_iterator<char>(in), {});
    auto opened = DecryptStream(sealed_, "IZA\x01", key_);
    EXPECT_TRUE(opened.has_value());
    EXPECT_EQ(*opened, plain);
    return plain;
  }

  fs::path folder_;
  SecretBytes key_ = SecretBytes::Random(32);
  Bytes sealed_;
};

TEST_F(FileStreamTest, EmptyFile) { RoundTrip(0); }

TEST_F(FileStreamTest, ExactlyOneChunk) {
  RoundTrip(kStreamChunkSize);
  // One full chunk, then an empty final chunk.
  EXPECT_EQ(sealed_.size(), 4 + 24 + kStreamChunkSize + 2 * 17);
}

TEST_F(FileStreamTest, SeveralChunks) { RoundTrip(3 * kStreamChunkSize + 5); }

TEST_F(FileStreamTest, RejectsTruncatedStream) {
  RoundTrip(2 * kStreamChunkSize + 10);
  sealed_.resize(4 + 24 + kStreamChunkSize + 17);
  EXPECT_FALSE(DecryptStream(sealed_, "IZA\x01", key_).has_value());
}

TEST_F(FileStreamTest, RejectsChangedByte) {
  RoundTrip(1000);
  sealed_[500] ^= 1;
  EXPECT_FALSE(DecryptStream(sealed_, "IZA\x01", key_).has_value());
}

TEST_F(FileStreamTest, RejectsAppendedBytes) {
  RoundTrip(1000);
  sealed_.push_back(0);
  EXPECT_FALSE(DecryptStream(sealed_, "IZA\x01", key_).has_value());
}

TEST_F(FileStreamTest, HashMatchesEncryption) {
  RoundTrip(70000);
  auto info = HashFile(folder_ / "plain");
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->size, 70000u);
  EXPECT_EQ(info->sha256_hex.size(), 64u);
}

}  // namespace
}  // namespace inzage::crypto
