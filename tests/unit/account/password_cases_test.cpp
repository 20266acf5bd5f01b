// Runs the shared table of passwords and verdicts, which the browser test
// runs too, so the CLI and the browser can never disagree.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include "account/password_policy.h"

namespace inzage::account {
namespace {

TEST(PasswordCases, SharedTableMatchesPolicy) {
  const std::string path = std::string(INZAGE_TEST_DATA) + "/password_cases.json";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot read " << path;
  std::stringstream text;
  text << in.rdbuf();
  const YAML::Node cases = YAML::Load(text.str());
  ASSERT_GT(cases.size(), 20u);

  for (const auto& item : cases) {
    const auto name = item["name"].as<std::string>();
    const auto password = item["password"].as<std::string>();
    std::vector<std::string> expected;
    for (const auto& rule : item["fails"]) {
      expected.push_back(rule.as<std::string>());
    }
    std::vector<std::string> actual;
    for (const auto rule : CheckPassword(password)) {
      actual.emplace_back(RuleId(rule));
    }
    EXPECT_EQ(actual, expected) << "case '" << name << "'";
  }
}

}  // namespace
}  // namespace inzage::account
