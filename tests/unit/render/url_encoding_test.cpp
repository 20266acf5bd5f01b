#include "render/url_encoding.h"

#include <gtest/gtest.h>

namespace inzage::render {
namespace {

TEST(RenderUrlEncodingTest, SegmentEncodesSlashAndHash) {
  EXPECT_EQ(PercentEncodeSegment("F/2026/0042"), "F%2F2026%2F0042");
  EXPECT_EQ(PercentEncodeSegment("a#b c"), "a%23b%20c");
}

TEST(RenderUrlEncodingTest, SegmentKeepsUnreserved) {
  EXPECT_EQ(PercentEncodeSegment("2026-11-zorgplan_v1.2~"),
            "2026-11-zorgplan_v1.2~");
}

TEST(RenderUrlEncodingTest, SegmentEncodesUtf8Bytes) {
  EXPECT_EQ(PercentEncodeSegment("é"), "%C3%A9");
}

}  // namespace
}  // namespace inzage::render
