#include "site/release.h"

#include <gtest/gtest.h>

#include <fstream>

namespace inzage::site {
namespace {

namespace fs = std::filesystem;

class ReleaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("inzage-release-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
  }
  std::string Read(const fs::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  fs::path root_;
};

TEST_F(ReleaseTest, PublishSwitchesLink) {
  const fs::path out = root_ / "output";
  {
    auto first = Release::Begin(out, "output");
    ASSERT_TRUE(first.ok());
    Write(first->folder() / "site.json", "one");
    ASSERT_TRUE(first->Publish().ok());
  }
  auto second = Release::Begin(out, "output");
  ASSERT_TRUE(second.ok());
  ASSERT_TRUE(second->previous().has_value());
  Write(second->folder() / "site.json", "two");
  EXPECT_EQ(Read(out / "site.json"), "one");
  ASSERT_TRUE(second->Publish().ok());
  EXPECT_TRUE(fs::is_symlink(out));
  EXPECT_EQ(Read(out / "site.json"), "two");
}

TEST_F(ReleaseTest, UnpublishedReleaseIsDiscarded) {
  const fs::path out = root_ / "output";
  fs::path folder;
  {
    auto release = Release::Begin(out, "output");
    ASSERT_TRUE(release.ok());
    folder = release->folder();
    Write(folder / "site.json", "half");
  }
  EXPECT_FALSE(fs::exists(folder));
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(ReleaseTest, SecondBuildAtOnceIsRefused) {
  const fs::path out = root_ / "output";
  auto first = Release::Begin(out, "output");
  ASSERT_TRUE(first.ok());
  auto second = Release::Begin(out, "output");
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().status, ExitStatus::kEnvironment);
  EXPECT_NE(second.error().message.find("another build"), std::string::npos);
}

TEST_F(ReleaseTest, FolderOfOtherFilesIsRefused) {
  const fs::path out = root_ / "output";
  fs::create_directories(out);
  Write(out / "notes.txt", "keep me");
  auto release = Release::Begin(out, "output");
  ASSERT_FALSE(release.ok());
  EXPECT_EQ(release.error().status, ExitStatus::kUsage);
  EXPECT_EQ(Read(out / "notes.txt"), "keep me");
}

TEST_F(ReleaseTest, FileIsRefused) {
  const fs::path out = root_ / "output";
  Write(out, "precious");
  auto release = Release::Begin(out, "output");
  ASSERT_FALSE(release.ok());
  EXPECT_EQ(Read(out), "precious");
}

TEST_F(ReleaseTest, ForeignLinkIsRefused) {
  const fs::path out = root_ / "output";
  fs::create_directories(root_ / "elsewhere");
  fs::create_directory_symlink(root_ / "elsewhere", out);
  EXPECT_FALSE(Release::Begin(out, "output").ok());
}

TEST_F(ReleaseTest, InterruptedReleaseIsRemoved) {
  const fs::path out = root_ / "output";
  {
    auto first = Release::Begin(out, "output");
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->Publish().ok());
  }
  const fs::path stray = root_ / "output.releases" / "99999999T000000Z-1-0";
  fs::create_directories(stray);
  auto second = Release::Begin(out, "output");
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(fs::exists(stray));
}

TEST_F(ReleaseTest, EarlierSiteFolderIsMovedAside) {
  const fs::path out = root_ / "output";
  fs::create_directories(out);
  Write(out / "site.json", "{}");
  auto release = Release::Begin(out, "output");
  ASSERT_TRUE(release.ok());
  ASSERT_TRUE(release->previous().has_value());
  Write(release->folder() / "new.txt", "new");
  ASSERT_TRUE(release->Publish().ok());
  EXPECT_FALSE(fs::exists(out / "site.json"));
  EXPECT_TRUE(fs::is_symlink(out));
  EXPECT_EQ(Read(out / "new.txt"), "new");
}

TEST_F(ReleaseTest, KeepsOnlyCurrentAndPrevious) {
  const fs::path out = root_ / "output";
  for (int i = 0; i < 4; ++i) {
    auto release = Release::Begin(out, "output");
    ASSERT_TRUE(release.ok());
    Write(release->folder() / "n", std::to_string(i));
    ASSERT_TRUE(release->Publish().ok());
  }
  int folders = 0;
  for (const auto& entry : fs::directory_iterator(root_ / "output.releases")) {
    folders += entry.is_directory() ? 1 : 0;
  }
  EXPECT_LE(folders, 2);
  EXPECT_EQ(Read(out / "n"), "3");
}

}  // namespace
}  // namespace inzage::site
