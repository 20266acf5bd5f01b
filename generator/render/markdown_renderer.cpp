#include "render/markdown_renderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

#include "render/link_policy.h"
#include "util/cmark_lock.h"

namespace inzage::render {
namespace {

// The tagfilter extension only acts when raw HTML is allowed, which it never
// is here. It is attached anyway so that raw HTML stays filtered if the
// unsafe option is ever turned on.
constexpr const char* kExtensionNames[] = {"table", "strikethrough", "autolink",
                                           "tagfilter"};

// Validating UTF-8 replaces invalid bytes with U+FFFD, so the output is
// always valid UTF-8 for the JSON bundle. CMARK_OPT_UNSAFE is never set.
constexpr int kParseOptions = CMARK_OPT_VALIDATE_UTF8;
constexpr int kRenderOptions = CMARK_OPT_DEFAULT;

std::once_flag extensions_registered;

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IteratorDeleter {
  void operator()(cmark_iter* iterator) const { cmark_iter_free(iterator); }
};

using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IteratorPtr = std::unique_ptr<cmark_iter, IteratorDeleter>;

// Creates a parser with the GFM extensions attached. The extension registry
// is global in cmark-gfm and its registration is not thread-safe, hence
// std::call_once.
ParserPtr NewParser() {
  std::call_once(extensions_registered,
                 cmark_gfm_core_extensions_ensure_registered);

  ParserPtr parser(cmark_parser_new(kParseOptions));
  for (const char* name : kExtensionNames) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  return parser;
}

// Moves the children of `node` in its place and frees `node`. A child that
// the parent cannot contain is dropped with `node`.
void Unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) {
    if (!cmark_node_insert_before(node, child)) {
      break;
    }
  }
  cmark_node_free(node);
}

// Nodes of a parsed document that need rewriting, collected first because
// changing the tree during iteration would confuse the iterator.
struct Rewrites {
  std::vector<cmark_node*> raw_html;
  std::vector<cmark_node*> unwrap;  // unsafe links and images
  std::vector<cmark_node*> headings;
  int highest_heading = 6;
};

Rewrites CollectRewrites(cmark_node* document) {
  Rewrites rewrites;
  IteratorPtr iterator(cmark_iter_new(document));
  while (cmark_iter_next(iterator.get()) != CMARK_EVENT_DONE) {
    if (cmark_iter_get_event_type(iterator.get()) != CMARK_EVENT_ENTER) {
      continue;
    }

    cmark_node* node = cmark_iter_get_node(iterator.get());
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        rewrites.raw_html.push_back(node);
        break;
      case CMARK_NODE_IMAGE:
        rewrites.unwrap.push_back(node);
        break;
      case CMARK_NODE_LINK:
        if (ClassifyLink(cmark_node_get_url(node)) == LinkKind::kUnsafe) {
          rewrites.unwrap.push_back(node);
        }
        break;
      case CMARK_NODE_HEADING:
        rewrites.headings.push_back(node);
        rewrites.highest_heading = std::min(rewrites.highest_heading,
                                            cmark_node_get_heading_level(node));
        break;
      default:
        break;
    }
  }
  return rewrites;
}

// Every rewrite moves children out before it frees a node, so a collected
// node nested in another stays valid.
void ApplyRewrites(const Rewrites& rewrites, int top_heading_level) {
  for (cmark_node* node : rewrites.raw_html) {
    cmark_node_free(node);
  }
  for (cmark_node* node : rewrites.unwrap) {
    Unwrap(node);
  }

  const int shift = std::max(
      0, std::clamp(top_heading_level, 1, 6) - rewrites.highest_heading);
  for (cmark_node* heading : rewrites.headings) {
    const int level = cmark_node_get_heading_level(heading) + shift;
    cmark_node_set_heading_level(heading, std::clamp(level, 1, 6));
  }
}

// Adds rel="noopener noreferrer" to each <a> whose href leads to another
// host. cmark writes a link as <a href="…"> and has no way to add
// attributes. Every "<a href=\"" in its output starts a link, because text
// is escaped and raw HTML nodes are removed before rendering.
std::string AddRelToExternalLinks(const std::string& html) {
  constexpr std::string_view kLinkStart = "<a href=\"";
  std::string result;
  result.reserve(html.size());
  std::size_t copied = 0;
  for (std::size_t start = html.find(kLinkStart); start != std::string::npos;
       start = html.find(kLinkStart, copied)) {
    const std::size_t href_start = start + kLinkStart.size();
    const std::size_t href_end = html.find('"', href_start);
    if (href_end == std::string::npos) {
      break;
    }

    result.append(html, copied, href_end + 1 - copied);
    const std::string_view href(html.data() + href_start,
                                href_end - href_start);
    if (ClassifyLink(href) == LinkKind::kExternal) {
      result += " rel=\"noopener noreferrer\"";
    }
    copied = href_end + 1;
  }
  result.append(html, copied);
  return result;
}

// A parsed document and its parser, whose extension list the HTML renderer
// needs. The document is freed first.
struct ParsedDocument {
  ParserPtr parser;
  NodePtr document;
};

// Parses `markdown` with the GFM extensions, under the process-wide cmark
// lock.
ParsedDocument Parse(std::string_view markdown) {
  std::lock_guard lock(CmarkParseMutex());

  ParsedDocument parsed;
  parsed.parser = NewParser();
  cmark_parser_feed(parsed.parser.get(), markdown.data(), markdown.size());
  parsed.document.reset(cmark_parser_finish(parsed.parser.get()));
  return parsed;
}

}  // namespace

std::string RenderMarkdown(std::string_view markdown, int top_heading_level) {
  const ParsedDocument parsed = Parse(markdown);
  if (!parsed.document) {
    return "";
  }

  ApplyRewrites(CollectRewrites(parsed.document.get()), top_heading_level);

  char* html = cmark_render_html(
      parsed.document.get(), kRenderOptions,
      cmark_parser_get_syntax_extensions(parsed.parser.get()));
  if (!html) {
    return "";
  }
  const std::string result(html);
  cmark_get_default_mem_allocator()->free(html);
  return AddRelToExternalLinks(result);
}

}  // namespace inzage::render
