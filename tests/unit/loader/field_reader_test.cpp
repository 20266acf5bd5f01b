#include "loader/field_reader.h"

#include <gtest/gtest.h>

#include "temp_export.h"

namespace inzage::loader {
namespace {

using testing::Messages;

// Parses `text` as the file "x.yaml" and reads it with a FieldReader for
// the keys name, birth_date, minutes, amount and active.
struct Fixture {
  Diagnostics diagnostics;
  YamlSource source{"x.yaml", diagnostics};
  std::string name;
  std::optional<Date> birth_date;
  Decimal amount;
  bool active = false;

  explicit Fixture(const std::string& text) {
    std::optional<YAML::Node> root = ParseYaml(text, source);
    if (!root) {
      return;
    }
    FieldReader fields(*root, "test details",
                       {"name", "birth_date", "minutes", "amount", "active"},
                       source);
    fields.Read("name", name, Presence::kRequired);
    fields.Read("birth_date", birth_date);
    fields.ReadInteger("minutes", 0, 600);
    fields.Read("amount", amount);
    fields.Read("active", active);
  }
};

TEST(LoaderFieldReader, ReadsTypedFields) {
  Fixture fixture(
      "name: Anna\nbirth_date: 1941-02-03\nminutes: 45\namount: 12.5\n"
      "active: yes\n");
  EXPECT_EQ(Messages(fixture.diagnostics), "");
  EXPECT_EQ(fixture.name, "Anna");
  ASSERT_TRUE(fixture.birth_date);
  EXPECT_EQ(fixture.birth_date->Iso(), "1941-02-03");
  EXPECT_EQ(fixture.amount.hundredths, 1250);
  EXPECT_TRUE(fixture.active);
}

TEST(LoaderFieldReader, WarnsAboutUnknownKeyWithSuggestion) {
  Fixture fixture("name: Anna\n  \nbirthdate: 1941-02-03\nfoo: 1\n");
  EXPECT_EQ(Messages(fixture.diagnostics),
            "inzage: warning: x.yaml:3:1: unknown key 'birthdate', did you "
            "mean 'birth_date'?\n"
            "inzage: warning: x.yaml:4:1: unknown key 'foo'\n");
}

TEST(LoaderFieldReader, ReportsMissingRequiredKey) {
  Fixture fixture("birth_date: 1941-02-03\n");
  EXPECT_EQ(Messages(fixture.diagnostics),
            "inzage: error: x.yaml:1:1: missing required key 'name'\n");
}

TEST(LoaderFieldReader, ReportsEmptyRequiredValue) {
  Fixture fixture("name:\nminutes: 3\n");
  EXPECT_EQ(Messages(fixture.diagnostics),
            "inzage: error: x.yaml:1:1: missing value for 'name', expected a "
            "string\n");
}

TEST(LoaderFieldReader, ReportsWrongTypes) {
  Fixture fixture(
      "name: {first: Anna}\nbirth_date: [1941]\nactive: maybe\n"
      "minutes: 601\n");
  EXPECT_EQ(Messages(fixture.diagnostics),
            "inzage: error: x.yaml:1:7: expected a string for 'name', found a "
            "mapping\n"
            "inzage: error: x.yaml:2:13: expected a date as YYYY-MM-DD for "
            "'birth_date', found a list\n"
            "inzage: error: x.yaml:4:10: invalid value '601' for 'minutes', "
            "expected a whole number from 0 to 600\n"
            "inzage: error: x.yaml:3:9: invalid value 'maybe' for 'active', "
            "expected true or false\n");
}

TEST(LoaderFieldReader, ReportsInvalidDateAndAmount) {
  Fixture fixture("name: Anna\nbirth_date: 1941-02-30\namount: 12.345\n");
  EXPECT_EQ(Messages(fixture.diagnostics),
            "inzage: error: x.yaml:2:13: invalid date '1941-02-30', expected "
            "a date as YYYY-MM-DD\n"
            "inzage: error: x.yaml:3:9: invalid number '12.345', expected a "
            "number with at most two decimals, such as 12.50\n");
}

TEST(LoaderFieldReader, ReportsDuplicateKey) {
  Fixture fixture("name: Anna\nname: Bert\n");
  EXPECT_EQ(Messages(fixture.diagnostics),
            "inzage: error: x.yaml:2:1: duplicate key 'name', first given on "
            "line 1\n");
  EXPECT_EQ(fixture.name, "Anna");
}

TEST(LoaderFieldReader, ReportsListWhereMappingExpected) {
  Fixture fixture("- name: Anna\n");
  EXPECT_EQ(Messages(fixture.diagnostics),
            "inzage: error: x.yaml:1:1: expected a mapping of test details, "
            "found a list\n");
}

}  // namespace
}  // namespace inzage::loader
