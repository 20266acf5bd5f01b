#include "loader/suggest.h"

#include <gtest/gtest.h>

namespace inzage::loader {
namespace {

constexpr std::string_view kClientKeys[] = {
    "name",      "birth_date",         "address", "phone",
    "financing", "personal_caregiver", "general", "tabs"};

TEST(LoaderSuggest, FindsMissingUnderscore) {
  EXPECT_EQ(SuggestClosest("birthdate", kClientKeys), "birth_date");
}

TEST(LoaderSuggest, FindsSwappedLettersAndCase) {
  EXPECT_EQ(SuggestClosest("adress", kClientKeys), "address");
  EXPECT_EQ(SuggestClosest("naem", kClientKeys), "name");
  EXPECT_EQ(SuggestClosest("Phone", kClientKeys), "phone");
}

TEST(LoaderSuggest, FindsPrefix) {
  constexpr std::string_view kSiteKeys[] = {"provider", "language", "tabs"};
  EXPECT_EQ(SuggestClosest("lang", kSiteKeys), "language");
}

TEST(LoaderSuggest, SuggestsNothingForDistantWords) {
  EXPECT_FALSE(SuggestClosest("diagnosis", kClientKeys));
  EXPECT_FALSE(SuggestClosest("x", kClientKeys));
  EXPECT_EQ(DidYouMean("diagnosis", kClientKeys), "");
}

TEST(LoaderSuggest, DidYouMeanFormatsHint) {
  EXPECT_EQ(DidYouMean("birthdate", kClientKeys),
            ", did you mean 'birth_date'?");
}

}  // namespace
}  // namespace inzage::loader
