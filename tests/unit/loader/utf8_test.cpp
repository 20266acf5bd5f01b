#include "loader/utf8.h"

#include <gtest/gtest.h>

namespace inzage::loader {
namespace {

TEST(LoaderUtf8, FindsMalformedUtf8Position) {
  EXPECT_FALSE(FindMalformedUtf8("Zoë Łucja Ömer\n"));
  EXPECT_EQ(FindMalformedUtf8("ab\nZoë \xE9t\n"), std::pair(2, 5));
  EXPECT_EQ(FindMalformedUtf8("\xC0\xAF"), std::pair(1, 1));  // overlong '/'
  EXPECT_EQ(FindMalformedUtf8("a\xED\xA0\x80"), std::pair(1, 2));  // surrogate
  EXPECT_EQ(FindMalformedUtf8("ab\xE2\x82"), std::pair(1, 3));     // cut short
}

TEST(LoaderUtf8, LineAndColumnCountsCharacters) {
  EXPECT_EQ(LineAndColumn("abc", 0), std::pair(1, 1));
  EXPECT_EQ(LineAndColumn("abc", 2), std::pair(1, 3));
  EXPECT_EQ(LineAndColumn("ab\ncd", 3), std::pair(2, 1));
  EXPECT_EQ(LineAndColumn("x\nZoë!", 6), std::pair(2, 4));  // '!' after 'ë'
}

}  // namespace
}  // namespace inzage::loader
