#include "util/json_writer.h"

#include <gtest/gtest.h>

namespace inzage {
namespace {

TEST(JsonWriter, ObjectsArraysAndCommas) {
  JsonWriter json;
  json.BeginObject().Key("a").Number(1).Key("b").BeginArray();
  json.String("x").Bool(true).BeginObject().EndObject().EndArray();
  json.EndObject();
  EXPECT_EQ(json.text(), R"({"a":1,"b":["x",true,{}]})");
}

TEST(JsonWriter, EscapesControlAndQuotes) {
  JsonWriter json;
  json.String("a\"b\\c\nd\x01");
  EXPECT_EQ(json.text(), R"("a\"b\\c\nd\u0001")");
}

TEST(JsonWriter, EscapesLineSeparators) {
  JsonWriter json;
  json.String("x\u2028y\u2029z");
  EXPECT_EQ(json.text(), R"("x\u2028y\u2029z")");
}

TEST(JsonWriter, KeepsUtf8Text) {
  JsonWriter json;
  json.String("Zoë Łucja Yılmaz");
  EXPECT_EQ(json.text(), "\"Zoë Łucja Yılmaz\"");
}

}  // namespace
}  // namespace inzage
