#pragma once

#include <string>
#include <string_view>

namespace inzage::render {

// Renders export Markdown (GitHub Flavored: tables, strikethrough, autolinks)
// to an HTML fragment that is safe to place in a page. Raw HTML is dropped,
// a link whose scheme is not http, https, mailto or tel becomes its text, an
// image becomes its alt text (the site loads nothing from elsewhere), and a
// link to another host gets rel="noopener noreferrer".
//
// Headings move down, keeping their relative levels, until the document's
// highest heading is no higher than <h`top_heading_level`>, so that a body
// fits under the page's own headings. Levels past h6 stay h6. With the
// default 1, headings stay as written. Safe to call from several threads.
std::string RenderMarkdown(std::string_view markdown,
                           int top_heading_level = 1);

}  // namespace inzage::render
