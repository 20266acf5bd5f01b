#include "loader/raw_html.h"

#include <cmark-gfm.h>
#include <fmt/format.h>

#include <memory>

#include "loader/quote.h"
#include "loader/utf8.h"
#include "util/cmark_lock.h"

namespace inzage::loader {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IteratorDeleter {
  void operator()(cmark_iter* iterator) const { cmark_iter_free(iterator); }
};

// Returns the column in characters of the 1-based byte column
// `byte_column` on line `line` of `text`.
int CharacterColumn(std::string_view text, int line, int byte_column) {
  std::size_t start = 0;
  for (int i = 1; i < line && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    start = start == std::string_view::npos ? start : start + 1;
  }
  if (start == std::string_view::npos || byte_column < 1) {
    return byte_column;
  }
  std::string_view rest = text.substr(start);
  return LineAndColumn(rest, static_cast<std::size_t>(byte_column - 1)).second;
}

// Returns the first line of an HTML node's text, without the indentation
// that an HTML block keeps.
std::string FirstLine(const char* literal) {
  std::string_view text = literal ? literal : "";
  text = text.substr(0, text.find('\n'));
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

std::string DescribeRawHtml(const RawHtml& html, std::string_view where) {
  std::string message = "raw HTML " + Quote(html.html) + std::string(where) +
                        " is not shown on the site";
  if (html.count > 1) {
    message += fmt::format(" ({} places in this text)", html.count);
  }
  return message;
}

}  // namespace

// Parses without the GFM extensions: raw HTML is found all the same, and a
// table row is read as a paragraph. The parse holds the process-wide cmark
// lock, because the renderer's parses change a global table that this
// parse reads.
std::optional<RawHtml> FindRawHtml(std::string_view markdown) {
  std::unique_ptr<cmark_node, NodeDeleter> document;
  {
    std::lock_guard lock(CmarkParseMutex());
    document.reset(cmark_parse_document(markdown.data(), markdown.size(),
                                        CMARK_OPT_DEFAULT));
  }
  if (!document) {
    return std::nullopt;
  }

  std::optional<RawHtml> first;
  int count = 0;
  std::unique_ptr<cmark_iter, IteratorDeleter> iterator(
      cmark_iter_new(document.get()));
  while (cmark_iter_next(iterator.get()) != CMARK_EVENT_DONE) {
    // HTML nodes are leaves, which the iterator enters once and never
    // exits.
    cmark_node* node = cmark_iter_get_node(iterator.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_HTML_INLINE) {
      continue;
    }

    ++count;
    if (!first) {
      int line = cmark_node_get_start_line(node);
      first = RawHtml{
          line,
          CharacterColumn(markdown, line, cmark_node_get_start_column(node)),
          FirstLine(cmark_node_get_literal(node)), 0};
    }
  }

  if (first) {
    first->count = count;
  }
  return first;
}

void WarnAboutRawHtml(std::string_view markdown, const std::string& file,
                      int first_line, Diagnostics& diagnostics) {
  if (std::optional<RawHtml> html = FindRawHtml(markdown)) {
    diagnostics.Warning(file, first_line + html->line - 1, html->column,
                        DescribeRawHtml(*html, ""));
  }
}

void WarnAboutRawHtml(FieldReader& fields, std::string_view key,
                      std::string_view markdown) {
  if (std::optional<RawHtml> html = FindRawHtml(markdown)) {
    fields.source().Warning(fields.Value(key).Mark(),
                            DescribeRawHtml(*html, " in " + Quote(key)));
  }
}

}  // namespace inzage::loader
