#include "render/link_policy.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace inzage::render {
namespace {

TEST(RenderLinkPolicyTest, ClassifiesSchemes) {
  const std::vector<std::pair<std::string, LinkKind>> cases = {
      {"https://example.com", LinkKind::kExternal},
      {"HTTP://example.com", LinkKind::kExternal},
      {"//example.com/pad", LinkKind::kExternal},
      {"\\\\example.com", LinkKind::kExternal},
      {"mailto:zorg@example.nl", LinkKind::kContact},
      {"tel:+31570000117", LinkKind::kContact},
      {"#/c/0123/reports", LinkKind::kLocal},
      {"documenten/plan.pdf", LinkKind::kLocal},
      {"/pad", LinkKind::kLocal},
      {"", LinkKind::kLocal},
      {"pad:met/dubbele-punt", LinkKind::kUnsafe},
      {"javascript:alert(1)", LinkKind::kUnsafe},
      {"JaVaScRiPt:alert(1)", LinkKind::kUnsafe},
      {" \x01javascript:alert(1)", LinkKind::kUnsafe},
      {"java\tscript:alert(1)", LinkKind::kUnsafe},
      {"java\nscript:alert(1)", LinkKind::kUnsafe},
      {"vbscript:msgbox(1)", LinkKind::kUnsafe},
      {"data:text/html;base64,AAAA", LinkKind::kUnsafe},
      {"data:image/png;base64,AAAA", LinkKind::kUnsafe},
      {"file:///etc/passwd", LinkKind::kUnsafe},
  };

  for (const auto& [url, kind] : cases) {
    EXPECT_EQ(ClassifyLink(url), kind) << "'" << url << "'";
  }
}

TEST(RenderLinkPolicyTest, PercentEncodedSchemeIsLocal) {
  // A browser does not decode the scheme, so this is a relative path.
  EXPECT_EQ(ClassifyLink("javascript%3Aalert(1)"), LinkKind::kLocal);
}

}  // namespace
}  // namespace inzage::render
