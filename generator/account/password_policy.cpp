#include "account/password_policy.h"

#include <sodium.h>

#include <array>

namespace inzage::account {
namespace {

struct RuleText {
  PasswordRule rule;
  std::string_view id;
  std::string_view description;
};

constexpr std::array<RuleText, 6> kRules = {{
    {PasswordRule::kMinLength, "min_length", "at least 8 characters"},
    {PasswordRule::kDigit, "digit", "at least one digit"},
    {PasswordRule::kUpper, "upper", "at least one upper-case letter"},
    {PasswordRule::kLower, "lower", "at least one lower-case letter"},
    {PasswordRule::kSign, "sign", "at least one of ! ? @ % $"},
    {PasswordRule::kAllowedChars, "allowed_chars",
     "only letters A-Z and a-z, digits and ! ? @ % $ (no spaces, accents "
     "or other signs)"},
}};

bool IsSign(char c) { return kPasswordSigns.find(c) != std::string_view::npos; }

std::size_t CountCodePoints(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    // Every byte but a UTF-8 continuation byte starts a code point.
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++count;
    }
  }
  return count;
}

}  // namespace

std::vector<PasswordRule> CheckPassword(std::string_view password) {
  bool digit = false, upper = false, lower = false, sign = false;
  bool only_allowed = true;
  for (char c : password) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c >= 'A' && c <= 'Z') {
      upper = true;
    } else if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (IsSign(c)) {
      sign = true;
    } else {
      only_allowed = false;
    }
  }

  std::vector<PasswordRule> failed;
  if (CountCodePoints(password) < kMinPasswordLength) {
    failed.push_back(PasswordRule::kMinLength);
  }
  if (!digit) {
    failed.push_back(PasswordRule::kDigit);
  }
  if (!upper) {
    failed.push_back(PasswordRule::kUpper);
  }
  if (!lower) {
    failed.push_back(PasswordRule::kLower);
  }
  if (!sign) {
    failed.push_back(PasswordRule::kSign);
  }
  if (!only_allowed) {
    failed.push_back(PasswordRule::kAllowedChars);
  }
  return failed;
}

std::string_view RuleId(PasswordRule rule) {
  return kRules[static_cast<std::size_t>(rule)].id;
}

std::string_view RuleDescription(PasswordRule rule) {
  return kRules[static_cast<std::size_t>(rule)].description;
}

std::string GeneratePassword() {
  constexpr std::string_view kAlphabet =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!?@%$";
  constexpr std::size_t kLength = 16;
  // Drawing again until every rule passes keeps the choice uniform over the
  // passwords that pass; about one draw in four fails, mostly for want of a
  // sign.
  while (true) {
    std::string password;
    for (std::size_t i = 0; i < kLength; ++i) {
      password += kAlphabet[randombytes_uniform(kAlphabet.size())];
    }
    if (CheckPassword(password).empty()) {
      return password;
    }
  }
}

}  // namespace inzage::account
