#include "crypto/login_kdf.h"

#include <gtest/gtest.h>

#include "crypto/keyring.h"

namespace inzage::crypto {
namespace {

// A cheap cost keeps the tests fast; the derivation is the same at any cost.
constexpr LoginCost kCheap{1, 8u << 20};
const Bytes kSiteId(16, 0x42);

TEST(LoginKdf, SameInputSameKeys) {
  ASSERT_TRUE(InitSodium());
  auto a = DeriveLoginKeys(kSiteId, "noelle", "Geheim12!", kCheap);
  auto b = DeriveLoginKeys(kSiteId, "noelle", "Geheim12!", kCheap);
  ASSERT_TRUE(a.has_value());
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(a->locator, b->locator);
  EXPECT_EQ(a->LocatorHex().size(), 32u);
}

TEST(LoginKdf, PasswordChangesLocator) {
  auto a = DeriveLoginKeys(kSiteId, "noelle", "Geheim12!", kCheap);
  auto b = DeriveLoginKeys(kSiteId, "noelle", "Geheim12?", kCheap);
  EXPECT_NE(a->locator, b->locator);
}

TEST(LoginKdf, UserNameChangesLocator) {
  auto a = DeriveLoginKeys(kSiteId, "noelle", "Geheim12!", kCheap);
  auto b = DeriveLoginKeys(kSiteId, "noelle2", "Geheim12!", kCheap);
  EXPECT_NE(a->locator, b->locator);
}

TEST(LoginKdf, SiteIdChangesLocator) {
  auto a = DeriveLoginKeys(kSiteId, "noelle", "Geheim12!", kCheap);
  auto b = DeriveLoginKeys(Bytes(16, 0x43), "noelle", "Geheim12!", kCheap);
  EXPECT_NE(a->locator, b->locator);
}

TEST(Keyring, OpensWithRightPasswordOnly) {
  auto right = DeriveLoginKeys(kSiteId, "noelle", "Geheim12!", kCheap);
  auto wrong = DeriveLoginKeys(kSiteId, "noelle", "Geheim13!", kCheap);
  const Keyring keyring = Keyring::Generate(true);
  const Bytes sealed = SealKeyring(keyring, *right);

  auto opened = OpenKeyring(sealed, *right);
  ASSERT_TRUE(opened.has_value());
  EXPECT_TRUE(opened->must_change_password);
  EXPECT_EQ(opened->box.public_key, keyring.box.public_key);
  EXPECT_EQ(opened->sign.public_key, keyring.sign.public_key);
  EXPECT_FALSE(OpenKeyring(sealed, *wrong).has_value());
}

TEST(Keyring, SealedSizeMatchesFormat) {
  auto login = DeriveLoginKeys(kSiteId, "noelle", "Geheim12!", kCheap);
  // 24 nonce + 66 keyring + 16 tag, as docs/format.md states.
  EXPECT_EQ(SealKeyring(Keyring::Generate(false), *login).size(), 106u);
}

}  // namespace
}  // namespace inzage::crypto
