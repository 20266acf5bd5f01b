#pragma once

#include <filesystem>
#include <functional>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "render/locale.h"
#include "util/diagnostics.h"

namespace inzage::render {

// A theme folder: the page templates in templates/<name>.mustache, the
// partials they include in templates/partials/<name>.mustache and the
// interface strings of one language in locales/<language>.json.
class Theme {
 public:
  // Reads and parses every template and the locale once. Returns nothing,
  // and adds errors naming the file, when a template is invalid, a template
  // that the renderer needs is missing, a {{> name}} tag names no partial,
  // a partial includes itself, or the locale cannot be loaded.
  static std::optional<Theme> Load(const std::filesystem::path& theme_dir,
                                   const std::string& language,
                                   Diagnostics& diagnostics);

  const Locale& locale() const { return *locale_; }

  // Renders the page template `name` with `data`. Besides the keys of
  // `data`, a template sees the locale's strings as {{t.<dotted key>}} and
  // the partials as {{> <name>}}, so `data` must not use the key "t" or a
  // partial's name. Returns "" for an unknown name, which tests catch.
  // Thread-safe.
  std::string Render(std::string_view name,
                     const kainjow::mustache::data& data) const;

 private:
  using Template = kainjow::mustache::mustache;

  Theme() = default;

  std::map<std::string, Template, std::less<>> templates_;
  // The locale strings under "t" and the template sources as partials,
  // shared by every render and by copies of the theme.
  std::shared_ptr<const kainjow::mustache::data> shared_data_;
  std::optional<Locale> locale_;
};

}  // namespace inzage::render
