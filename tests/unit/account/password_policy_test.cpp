#include "account/password_policy.h"

#include <gtest/gtest.h>

#include "crypto/secret_bytes.h"

namespace inzage::account {
namespace {

TEST(PasswordPolicy, GoodPasswordPasses) {
  EXPECT_TRUE(CheckPassword("Voorbeeld1!").empty());
}

TEST(PasswordPolicy, ReportsEveryFailedRule) {
  const auto failed = CheckPassword("ab cd");
  const std::vector<PasswordRule> expected = {
      PasswordRule::kMinLength, PasswordRule::kDigit, PasswordRule::kUpper,
      PasswordRule::kSign, PasswordRule::kAllowedChars};
  EXPECT_EQ(failed, expected);
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  // Seven characters, nine bytes: still too short, and é is not allowed.
  const auto failed = CheckPassword("Ab1!éé1");
  ASSERT_EQ(failed.size(), 2u);
  EXPECT_EQ(failed[0], PasswordRule::kMinLength);
  EXPECT_EQ(failed[1], PasswordRule::kAllowedChars);
}

TEST(PasswordPolicy, GeneratedPasswordsPass) {
  ASSERT_TRUE(crypto::InitSodium());
  for (int i = 0; i < 200; ++i) {
    const std::string password = GeneratePassword();
    EXPECT_EQ(password.size(), 16u);
    EXPECT_TRUE(CheckPassword(password).empty()) << password;
    EXPECT_EQ(password.find_first_of("0O1lI"), std::string::npos) << password;
  }
}

}  // namespace
}  // namespace inzage::account
