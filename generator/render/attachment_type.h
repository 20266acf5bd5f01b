#pragma once

#include <string>
#include <string_view>

namespace inzage::render {

// Returns the MIME type for a file name's extension, compared without
// regard to case: "application/pdf" for "zorgplan.PDF". Unknown extensions,
// and types a browser would run as a page (HTML, SVG), get
// "application/octet-stream", so the viewer offers them as a download.
std::string MimeTypeForFileName(std::string_view file_name);

}  // namespace inzage::render
