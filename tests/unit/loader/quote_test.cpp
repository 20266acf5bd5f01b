#include "loader/quote.h"

#include <gtest/gtest.h>

namespace inzage::loader {
namespace {

TEST(LoaderQuote, QuotesPlainText) {
  EXPECT_EQ(Quote("Zoë de Vries"), "'Zoë de Vries'");
  EXPECT_EQ(Quote(""), "''");
}

TEST(LoaderQuote, EscapesControlCharacters) {
  EXPECT_EQ(EscapeForMessage("a\x1b[31mb"), "a\\x1b[31mb");
  EXPECT_EQ(EscapeForMessage("a\nb\tc\x7f"), "a\\x0ab\\x09c\\x7f");
  EXPECT_EQ(EscapeForMessage("a\xC2\x9B"
                             "1m"),
            "a\\xc2\\x9b1m");  // U+009B
  EXPECT_EQ(EscapeForMessage(std::string_view("a\0b", 3)), "a\\x00b");
}

TEST(LoaderQuote, EscapesMalformedUtf8) {
  EXPECT_EQ(EscapeForMessage("Zo\xEB"), "Zo\\xeb");
  EXPECT_EQ(EscapeForMessage("\xC0\xAF"), "\\xc0\\xaf");
}

TEST(LoaderQuote, CutsLongTextAtCharacter) {
  std::string text = std::string(59, 'a') + "ëëë";
  EXPECT_EQ(Quote(text), "'" + std::string(59, 'a') + "…'");
  EXPECT_EQ(Quote(std::string(61, 'b')), "'" + std::string(60, 'b') + "…'");
}

}  // namespace
}  // namespace inzage::loader
