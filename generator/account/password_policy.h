#pragma once

#include <string>
#include <string_view>
#include <vector>

// The password rules of every Inzage site, in one place: the CLI, the
// browser (through tests that share one table of cases) and the user
// commands all check against these.
namespace inzage::account {

// One rule of the policy. The ids are stable: locale files and the
// browser name the rules by them.
enum class PasswordRule {
  kMinLength,     // at least 8 characters
  kDigit,         // at least one digit
  kUpper,         // at least one upper-case letter A-Z
  kLower,         // at least one lower-case letter a-z
  kSign,          // at least one of ! ? @ % $
  kAllowedChars,  // only ASCII letters, digits and those five signs
};

inline constexpr std::size_t kMinPasswordLength = 8;
inline constexpr std::string_view kPasswordSigns = "!?@%$";

// Returns every rule the password breaks, in the order above; empty when
// it passes. Length counts characters (UTF-8 code points), not bytes.
std::vector<PasswordRule> CheckPassword(std::string_view password);

// The stable id of a rule, e.g. "min_length".
std::string_view RuleId(PasswordRule rule);

// A plain English sentence for a rule, for the CLI.
std::string_view RuleDescription(PasswordRule rule);

// A random password that passes the policy, made of characters that cannot
// be mistaken for one another on paper (no 0/O, 1/l/I). 16 characters
// from 61 give about 94 bits, far beyond guessing at any Argon2id cost.
std::string GeneratePassword();

}  // namespace inzage::account
