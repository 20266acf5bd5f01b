#include "keys/key_store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace inzage::keys {
namespace {

namespace fs = std::filesystem;

class KeyStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("inzage-keys-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  fs::path folder_;
};

TEST_F(KeyStoreTest, CreateThenOpenGivesSameKeys) {
  auto created = KeyStore::Create(folder_, "keys", false);
  ASSERT_TRUE(created.ok()) << created.error().message;
  auto opened = KeyStore::Open(folder_, "keys");
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->provider().site_id, created->provider().site_id);
  EXPECT_EQ(opened->provider().drop.public_key,
            created->provider().drop.public_key);
  EXPECT_EQ(opened->provider().sign.public_key,
            created->provider().sign.public_key);
}

TEST_F(KeyStoreTest, FilesArePrivate) {
  ASSERT_TRUE(KeyStore::Create(folder_, "keys", false).ok());
  struct stat info {};
  ASSERT_EQ(::stat((folder_ / "provider.yaml").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  ASSERT_EQ(::stat(folder_.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0700u);
}

TEST_F(KeyStoreTest, RefusesReadableStore) {
  ASSERT_TRUE(KeyStore::Create(folder_, "keys", false).ok());
  ::chmod((folder_ / "clients.yaml").c_str(), 0640);
  auto opened = KeyStore::Open(folder_, "keys");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().status, ExitStatus::kEnvironment);
  EXPECT_NE(opened.error().message.find("chmod -R go-rwx keys"),
            std::string::npos);
}

TEST_F(KeyStoreTest, RefusesOverwriteWithoutForce) {
  ASSERT_TRUE(KeyStore::Create(folder_, "keys", false).ok());
  EXPECT_FALSE(KeyStore::Create(folder_, "keys", false).ok());
  EXPECT_TRUE(KeyStore::Create(folder_, "keys", true).ok());
}

TEST_F(KeyStoreTest, ClientKeyIsCreatedOnceAndKept) {
  auto store = KeyStore::Create(folder_, "keys", false);
  ASSERT_TRUE(store.ok());
  auto key = store->EnsureClientKey("c-1001");
  ASSERT_TRUE(key.ok());
  const crypto::Bytes first((*key)->span().begin(), (*key)->span().end());
  auto reopened = KeyStore::Open(folder_, "keys");
  ASSERT_TRUE(reopened.ok());
  const auto* kept = reopened->FindClientKey("c-1001");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(crypto::Bytes(kept->span().begin(), kept->span().end()), first);
}

TEST_F(KeyStoreTest, DamagedProviderFileIsNamed) {
  ASSERT_TRUE(KeyStore::Create(folder_, "keys", false).ok());
  ::truncate((folder_ / "provider.yaml").c_str(), 40);
  auto opened = KeyStore::Open(folder_, "keys");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.error().message.find("'keys/provider.yaml' is damaged"),
            std::string::npos);
}

TEST_F(KeyStoreTest, MissingStoreSaysHowToCreate) {
  auto opened = KeyStore::Open(folder_, "keys");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.error().message.find("inzage keys init"),
            std::string::npos);
}

}  // namespace
}  // namespace inzage::keys
