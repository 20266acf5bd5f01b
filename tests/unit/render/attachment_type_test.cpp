#include "render/attachment_type.h"

#include <gtest/gtest.h>

namespace inzage::render {
namespace {

TEST(RenderAttachmentTypeTest, KnownExtensions) {
  EXPECT_EQ(MimeTypeForFileName("zorgplan.pdf"), "application/pdf");
  EXPECT_EQ(MimeTypeForFileName("foto.JPG"), "image/jpeg");
  EXPECT_EQ(MimeTypeForFileName("foto.jpeg"), "image/jpeg");
  EXPECT_EQ(MimeTypeForFileName("wond.png"), "image/png");
  EXPECT_EQ(MimeTypeForFileName("instructie-verbandwissel.txt"), "text/plain");
  EXPECT_EQ(MimeTypeForFileName("brief.docx"),
            "application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(MimeTypeForFileName("uren.xlsx"),
            "application/"
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

TEST(RenderAttachmentTypeTest, OtherNamesAreOctetStream) {
  EXPECT_EQ(MimeTypeForFileName("LEESMIJ"), "application/octet-stream");
  EXPECT_EQ(MimeTypeForFileName("archief.tar.xz"), "application/octet-stream");
  EXPECT_EQ(MimeTypeForFileName("punt."), "application/octet-stream");
}

TEST(RenderAttachmentTypeTest, ActiveContentIsOctetStream) {
  EXPECT_EQ(MimeTypeForFileName("pagina.html"), "application/octet-stream");
  EXPECT_EQ(MimeTypeForFileName("tekening.svg"), "application/octet-stream");
}

}  // namespace
}  // namespace inzage::render
