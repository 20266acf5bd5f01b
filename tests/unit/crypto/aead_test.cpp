#include "crypto/aead.h"

#include <gtest/gtest.h>

namespace inzage::crypto {
namespace {

class AeadTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(InitSodium()); }
  SecretBytes key_ = SecretBytes::Random(kAeadKeySize);
  Bytes ad_{'a', 'd'};
  Bytes plain_{'d', 'o', 's', 's', 'i', 'e', 'r'};
};

TEST_F(AeadTest, OpensWhatItSealed) {
  auto opened = Open(key_, ad_, SealRandomNonce(key_, ad_, plain_));
  ASSERT_TRUE(opened.has_value());
  EXPECT_EQ(*opened, plain_);
}

TEST_F(AeadTest, RandomNonceDiffersEachTime) {
  EXPECT_NE(SealRandomNonce(key_, ad_, plain_),
            SealRandomNonce(key_, ad_, plain_));
}

TEST_F(AeadTest, DerivedNonceRepeatsForSameInput) {
  EXPECT_EQ(SealDerivedNonce(key_, ad_, plain_),
            SealDerivedNonce(key_, ad_, plain_));
}

TEST_F(AeadTest, DerivedNonceChangesWithPlaintext) {
  Bytes other = plain_;
  other.back() ^= 1;
  const Bytes a = SealDerivedNonce(key_, ad_, plain_);
  const Bytes b = SealDerivedNonce(key_, ad_, other);
  EXPECT_FALSE(std::equal(a.begin(), a.begin() + kAeadNonceSize, b.begin()));
}

TEST_F(AeadTest, RejectsChangedByte) {
  Bytes sealed = SealDerivedNonce(key_, ad_, plain_);
  sealed[kAeadNonceSize + 2] ^= 0x40;
  EXPECT_FALSE(Open(key_, ad_, sealed).has_value());
}

TEST_F(AeadTest, RejectsOtherAd) {
  const Bytes sealed = SealDerivedNonce(key_, ad_, plain_);
  EXPECT_FALSE(Open(key_, Bytes{'x'}, sealed).has_value());
}

TEST_F(AeadTest, RejectsOtherKey) {
  const Bytes sealed = SealDerivedNonce(key_, ad_, plain_);
  EXPECT_FALSE(Open(SecretBytes::Random(32), ad_, sealed).has_value());
}

TEST_F(AeadTest, RejectsTruncatedInput) {
  EXPECT_FALSE(Open(key_, ad_, Bytes(20, 0)).has_value());
}

}  // namespace
}  // namespace inzage::crypto
