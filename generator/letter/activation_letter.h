#pragma once

#include <filesystem>
#include <string>

#include "util/result.h"

namespace inzage::letter {

// The text of an activation letter. The strings are UTF-8; any name or
// address works, because the letter embeds a Unicode font.
struct LetterText {
  std::string provider;
  std::string site_url;
  std::string language;  // "nl" or "en"
  std::string username;
  std::string display_name;
  std::string password;
};

// Writes a one-page A4 PDF, made with PoDoFo, that a provider prints and
// posts to a new user: the site address, the user name and the initial
// password, and what happens at the first login. The file is 0600 because
// it contains a password.
Result<bool> WriteActivationLetter(const std::filesystem::path& file,
                                   const LetterText& text);

}  // namespace inzage::letter
