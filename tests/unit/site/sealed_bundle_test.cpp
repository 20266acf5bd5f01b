#include "site/sealed_bundle.h"

#include <gtest/gtest.h>

namespace inzage::site {
namespace {

class SealedBundleTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::InitSodium()); }
  crypto::SecretBytes key_ = crypto::SecretBytes::Random(32);
  std::string ad_ = ClientBundleAd("0123456789abcdef0123456789abcdef");
  std::string json_ = R"({"format":1,"name":"Zoë Kuipers-Aït"})";
};

TEST_F(SealedBundleTest, OpensWhatItSealed) {
  const auto file = SealBundle(key_, ad_, json_);
  EXPECT_EQ(std::string(file.begin(), file.begin() + 4), "IZB\x01");
  auto opened = OpenBundle(key_, ad_, file);
  ASSERT_TRUE(opened.has_value());
  EXPECT_EQ(*opened, json_);
}

TEST_F(SealedBundleTest, SameInputSameBytes) {
  EXPECT_EQ(SealBundle(key_, ad_, json_), SealBundle(key_, ad_, json_));
}

TEST_F(SealedBundleTest, RejectsOtherClientsFolder) {
  const auto file = SealBundle(key_, ad_, json_);
  const auto other = ClientBundleAd("ffffffffffffffffffffffffffffffff");
  EXPECT_FALSE(OpenBundle(key_, other, file).has_value());
}

TEST_F(SealedBundleTest, RejectsChangedByte) {
  auto file = SealBundle(key_, ad_, json_);
  file[40] ^= 0x01;
  EXPECT_FALSE(OpenBundle(key_, ad_, file).has_value());
}

TEST_F(SealedBundleTest, RejectsWrongMagic) {
  auto file = SealBundle(key_, ad_, json_);
  file[3] = 0x02;
  EXPECT_FALSE(OpenBundle(key_, ad_, file).has_value());
}

TEST_F(SealedBundleTest, ContainsNoPlainText) {
  const auto file = SealBundle(key_, ad_, json_);
  const std::string bytes(file.begin(), file.end());
  EXPECT_EQ(bytes.find("Kuipers"), std::string::npos);
}

}  // namespace
}  // namespace inzage::site
