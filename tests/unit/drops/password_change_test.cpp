#include "drops/password_change.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "account/user_accounts.h"
#include "crypto/keyring.h"
#include "drops/drop.h"
#include "util/clock.h"
#include "util/json_writer.h"

namespace inzage::drops {
namespace {

namespace fs = std::filesystem;

// A cheap cost keeps the tests fast; the derivation is the same at any cost.
constexpr crypto::LoginCost kCheap{1, 8u << 20};

class PasswordChangeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("inzage-drops-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    auto store = keys::KeyStore::Create(folder_, "keys", false);
    ASSERT_TRUE(store.ok());
    store_.emplace(std::move(*store));
    auto record = account::NewUserRecord(
        *store_, "noelle", crypto::SecretBytes::FromText("Begin123!"), kCheap);
    ASSERT_TRUE(record.ok());
    ASSERT_TRUE(store_->SaveUser(*record).ok());
    keyring_ = OpenWith("Begin123!", record->sealed_keyring);
    ASSERT_TRUE(keyring_.has_value());
  }
  void TearDown() override { fs::remove_all(folder_); }

  std::optional<crypto::Keyring> OpenWith(const std::string& password,
                                          const crypto::Bytes& sealed) {
    auto login = crypto::DeriveLoginKeys(store_->provider().site_id, "noelle",
                                         password, kCheap);
    return crypto::OpenKeyring(sealed, *login);
  }

  // A password drop as the browser makes it, for the new password.
  crypto::Bytes PasswordDrop(const std::string& time,
                             const std::string& kind = "password") {
    auto login = crypto::DeriveLoginKeys(store_->provider().site_id, "noelle",
                                         "Nieuw123!", kCheap);
    keyring_->must_change_password = false;
    JsonWriter payload;
    payload.BeginObject().Key("format").Number(1).Key("kind").String(kind);
    payload.Key("id").String(NewDropId()).Key("time").String(time);
    payload.Key("user").String("noelle");
    payload.Key("locator").String(login->LocatorHex());
    payload.Key("keyring").String(
        crypto::ToBase64(crypto::SealKeyring(*keyring_, *login)));
    payload.EndObject();
    return SealDrop("noelle", payload.text(), keyring_->sign,
                    store_->provider().drop.public_key);
  }

  fs::path folder_;
  std::optional<keys::KeyStore> store_;
  std::optional<crypto::Keyring> keyring_;
};

TEST_F(PasswordChangeTest, NewPasswordOpensKeyring) {
  auto drop = OpenDrop(PasswordDrop(NowIso()), *store_);
  ASSERT_TRUE(drop.ok()) << drop.error().message;
  auto record = ApplyPasswordChange(*drop, *store_);
  ASSERT_TRUE(record.ok()) << record.error().message;

  auto saved = store_->LoadUser("noelle");
  ASSERT_TRUE(saved.ok());
  EXPECT_FALSE(saved->must_change_password);
  auto opened = OpenWith("Nieuw123!", saved->sealed_keyring);
  ASSERT_TRUE(opened.has_value());
  EXPECT_EQ(opened->sign.public_key, saved->sign_public);
  EXPECT_FALSE(OpenWith("Begin123!", saved->sealed_keyring).has_value());
}

TEST_F(PasswordChangeTest, ReplayIsRefused) {
  const auto file = PasswordDrop(NowIso());
  auto first = OpenDrop(file, *store_);
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(ApplyPasswordChange(*first, *store_).ok());
  auto again = OpenDrop(file, *store_);
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message.find("was applied before"),
            std::string::npos);
}

TEST_F(PasswordChangeTest, ChangedByteIsRefused) {
  auto file = PasswordDrop(NowIso());
  file[file.size() / 2] ^= 0x01;
  auto drop = OpenDrop(file, *store_);
  ASSERT_FALSE(drop.ok());
  EXPECT_EQ(drop.error().status, ExitStatus::kNoOrPartial);
}

TEST_F(PasswordChangeTest, OtherSignerIsRefused) {
  const auto stranger = crypto::SignKeyPair::Generate();
  const auto file = SealDrop("noelle", R"({"format":1})", stranger,
                             store_->provider().drop.public_key);
  auto drop = OpenDrop(file, *store_);
  ASSERT_FALSE(drop.ok());
  EXPECT_NE(drop.error().message.find("does not verify"), std::string::npos);
}

TEST_F(PasswordChangeTest, OtherSiteIsRefused) {
  const auto other_site = crypto::BoxKeyPair::Generate();
  const auto file = SealDrop("noelle", "{}", keyring_->sign,
                             other_site.public_key);
  auto drop = OpenDrop(file, *store_);
  ASSERT_FALSE(drop.ok());
  EXPECT_NE(drop.error().message.find("not sealed to this site"),
            std::string::npos);
}

TEST_F(PasswordChangeTest, OlderThanLastChangeIsRefused) {
  auto drop = OpenDrop(PasswordDrop("2020-01-01T00:00:00Z"), *store_);
  ASSERT_TRUE(drop.ok());
  auto record = ApplyPasswordChange(*drop, *store_);
  ASSERT_FALSE(record.ok());
  EXPECT_NE(record.error().message.find("older than the last change"),
            std::string::npos);
}

TEST_F(PasswordChangeTest, FarFutureIsRefused) {
  auto drop = OpenDrop(PasswordDrop(IsoTimeFromNow(3 * 86400)), *store_);
  ASSERT_TRUE(drop.ok());
  EXPECT_FALSE(ApplyPasswordChange(*drop, *store_).ok());
}

TEST_F(PasswordChangeTest, OtherKindIsRefused) {
  auto drop = OpenDrop(PasswordDrop(NowIso(), "message"), *store_);
  ASSERT_TRUE(drop.ok());
  auto record = ApplyPasswordChange(*drop, *store_);
  ASSERT_FALSE(record.ok());
  EXPECT_NE(record.error().message.find("not a password change"),
            std::string::npos);
}

TEST_F(PasswordChangeTest, NotADropIsRefused) {
  const crypto::Bytes junk = {'P', 'K', 3, 4};
  auto drop = OpenDrop(junk, *store_);
  ASSERT_FALSE(drop.ok());
  EXPECT_NE(drop.error().message.find("not an Inzage drop file"),
            std::string::npos);
}

}  // namespace
}  // namespace inzage::drops
