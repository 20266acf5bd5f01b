#include "render/attachment_type.h"

#include <array>
#include <utility>

namespace inzage::render {
namespace {

constexpr std::string_view kDefaultType = "application/octet-stream";

constexpr std::array<std::pair<std::string_view, std::string_view>, 18>
    kTypesByExtension = {{
        {"pdf", "application/pdf"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"webp", "image/webp"},
        {"txt", "text/plain"},
        {"csv", "text/csv"},
        {"rtf", "application/rtf"},
        {"doc", "application/msword"},
        {"docx",
         "application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"xls", "application/vnd.ms-excel"},
        {"xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"ppt", "application/vnd.ms-powerpoint"},
        {"pptx",
         "application/"
         "vnd.openxmlformats-officedocument.presentationml.presentation"},
        {"odt", "application/vnd.oasis.opendocument.text"},
        {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
        {"zip", "application/zip"},
    }};

std::string LowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return lower;
}

}  // namespace

std::string MimeTypeForFileName(std::string_view file_name) {
  const std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) {
    return std::string(kDefaultType);
  }

  const std::string extension = LowerAscii(file_name.substr(dot + 1));
  for (const auto& [known_extension, type] : kTypesByExtension) {
    if (extension == known_extension) {
      return std::string(type);
    }
  }
  return std::string(kDefaultType);
}

}  // namespace inzage::render
