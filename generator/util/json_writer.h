#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace inzage {

// Builds compact JSON text. The caller keeps the nesting right; the writer
// places commas and escapes strings (RFC 8259), including U+2028 and
// U+2029 so the text is also safe inside JavaScript.
class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Number(std::int64_t value);
  JsonWriter& Bool(bool value);

  const std::string& text() const { return text_; }
  std::string Take() { return std::move(text_); }

 private:
  void BeforeValue();
  void AppendEscaped(std::string_view value);

  std::string text_;
  std::vector<bool> has_members_;  // per open object or array
  bool after_key_ = false;
};

}  // namespace inzage
