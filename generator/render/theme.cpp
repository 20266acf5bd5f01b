#include "render/theme.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <system_error>
#include <vector>

namespace inzage::render {
namespace {

// Page templates that RenderClientPages and RenderBoard render by name.
constexpr std::string_view kRequiredTemplates[] = {
    "general",  "contacts", "contact",        "agreements", "medication",
    "reports",  "presence", "presence_month", "dossier",    "dossier_item",
    "invoices", "invoice",  "board_page"};

constexpr std::string_view kTemplateExtension = ".mustache";

// The key under which templates see the locale strings: {{t.tab.general}}.
constexpr std::string_view kStringsKey = "t";

using NameSet = std::set<std::string, std::less<>>;

struct TemplateSource {
  std::string name;
  std::filesystem::path file;
  std::string text;
  std::vector<std::string> partials;  // names in {{> name}} tags
};

bool IsValidLanguage(const std::string& language) {
  static const std::regex kLanguageCode("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  return std::regex_match(language, kLanguageCode);
}

std::optional<std::string> ReadText(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) {
    return std::nullopt;
  }
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

// Converts a byte offset in `text` to a 1-based line and column.
std::pair<int, int> LineAndColumn(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start) + 1};
}

// Returns the names of the {{> name}} tags in `text`, in order.
std::vector<std::string> FindPartialTags(const std::string& text) {
  static const std::regex kPartialTag(R"(\{\{>\s*([^\s}]+)\s*\}\})");
  std::vector<std::string> names;
  for (auto match = std::sregex_iterator(text.begin(), text.end(), kPartialTag);
       match != std::sregex_iterator(); ++match) {
    names.push_back((*match)[1].str());
  }
  return names;
}

// Reads every *.mustache in `folder`, sorted by name. A missing folder
// yields no templates.
std::vector<TemplateSource> ReadTemplates(const std::filesystem::path& folder,
                                          Diagnostics& diagnostics) {
  std::vector<TemplateSource> sources;
  if (!std::filesystem::is_directory(folder)) {
    return sources;
  }

  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::filesystem::path& file = entry.path();
    if (!entry.is_regular_file() || file.extension() != kTemplateExtension) {
      continue;
    }
    if (std::optional<std::string> text = ReadText(file)) {
      std::vector<std::string> partials = FindPartialTags(*text);
      sources.push_back(
          {file.stem().string(), file, std::move(*text), std::move(partials)});
    } else {
      diagnostics.Error(file.string(), 0, 0,
                        "failed to read the template file");
    }
  }
  if (error) {
    diagnostics.Error(folder.string(), 0, 0,
                      "cannot read the template folder: " + error.message());
  }

  std::sort(sources.begin(), sources.end(),
            [](const TemplateSource& a, const TemplateSource& b) {
              return a.name < b.name;
            });
  return sources;
}

// Parses `source`, or reports kainjow's error, whose messages end in
// " at <offset>", as "file:line:column: invalid template: <message>".
std::optional<kainjow::mustache::mustache> ParseTemplate(
    const TemplateSource& source, Diagnostics& diagnostics) {
  kainjow::mustache::mustache parsed(source.text);
  if (parsed.is_valid()) {
    return parsed;
  }

  static const std::regex kAtOffset("^(.*) at ([0-9]+)$");
  std::string detail = parsed.error_message();
  int line = 0;
  int column = 0;
  std::smatch match;
  const std::string message = parsed.error_message();
  if (std::regex_match(message, match, kAtOffset)) {
    detail = match[1].str();
    std::tie(line, column) =
        LineAndColumn(source.text, std::stoul(match[2].str()));
  }
  if (!detail.empty()) {
    detail[0] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(detail[0])));
  }
  diagnostics.Error(source.file.string(), line, column,
                    "invalid template: " + detail);
  return std::nullopt;
}

// Reports every {{> name}} in `source` that names no partial, because
// kainjow would render it as nothing.
void CheckPartialsExist(const TemplateSource& source,
                        const NameSet& partial_names,
                        Diagnostics& diagnostics) {
  for (const std::string& partial : source.partials) {
    if (!partial_names.contains(partial)) {
      diagnostics.Error(source.file.string(), 0, 0,
                        "unknown partial '" + partial +
                            "': expected templates/partials/" + partial +
                            std::string(kTemplateExtension));
    }
  }
}

// Returns whether following partial tags from `name` leads back to a
// partial on `path`, which would make kainjow recurse without end.
bool IncludesItself(const std::string& name,
                    const std::map<std::string, const TemplateSource*>& by_name,
                    std::vector<std::string>& path) {
  if (std::find(path.begin(), path.end(), name) != path.end()) {
    return true;
  }
  const auto found = by_name.find(name);
  if (found == by_name.end()) {
    return false;
  }

  path.push_back(name);
  for (const std::string& partial : found->second->partials) {
    if (IncludesItself(partial, by_name, path)) {
      return true;
    }
  }
  path.pop_back();
  return false;
}

void CheckPartialCycles(const std::vector<TemplateSource>& partials,
                        Diagnostics& diagnostics) {
  std::map<std::string, const TemplateSource*> by_name;
  for (const TemplateSource& partial : partials) {
    by_name[partial.name] = &partial;
  }
  for (const TemplateSource& partial : partials) {
    std::vector<std::string> path;
    if (IncludesItself(partial.name, by_name, path)) {
      diagnostics.Error(partial.file.string(), 0, 0,
                        "partial '" + partial.name +
                            "' includes itself through its partial tags");
    }
  }
}

// Builds {"t": {nested locale strings}, "<partial>": "<source>", ...}.
kainjow::mustache::data BuildSharedData(
    const Locale& locale, const std::vector<TemplateSource>& partials) {
  kainjow::mustache::data strings;
  for (const auto& [key, value] : locale.strings()) {
    kainjow::mustache::data* node = &strings;
    std::string_view rest = key;
    for (std::size_t dot = rest.find('.');
         dot != std::string_view::npos && node->is_object();
         dot = rest.find('.')) {
      node = &(*node)[std::string(rest.substr(0, dot))];
      rest.remove_prefix(dot + 1);
    }
    if (node->is_object()) {
      node->set(std::string(rest), value);
    }
  }

  kainjow::mustache::data root;
  root.set(std::string(kStringsKey), strings);
  for (const TemplateSource& partial : partials) {
    root.set(partial.name, partial.text);
  }
  return root;
}

}  // namespace

std::optional<Theme> Theme::Load(const std::filesystem::path& theme_dir,
                                 const std::string& language,
                                 Diagnostics& diagnostics) {
  if (!std::filesystem::is_directory(theme_dir)) {
    diagnostics.Error(theme_dir.string(), 0, 0, "theme folder not found");
    return std::nullopt;
  }
  if (!IsValidLanguage(language)) {
    diagnostics.Error(theme_dir.string(), 0, 0,
                      "invalid language '" + language +
                          "': expected a code such as 'nl' or 'en'");
    return std::nullopt;
  }

  const int errors_before = diagnostics.ErrorCount();
  const std::filesystem::path template_dir = theme_dir / "templates";
  const std::vector<TemplateSource> pages =
      ReadTemplates(template_dir, diagnostics);
  const std::vector<TemplateSource> partials =
      ReadTemplates(template_dir / "partials", diagnostics);
  NameSet partial_names;
  for (const TemplateSource& partial : partials) {
    partial_names.insert(partial.name);
    if (partial.name == kStringsKey) {
      diagnostics.Error(partial.file.string(), 0, 0,
                        "invalid partial name 't': the name is reserved for "
                        "the locale strings, so rename the file");
    }
  }

  Theme theme;
  for (const TemplateSource& source : pages) {
    if (auto parsed = ParseTemplate(source, diagnostics)) {
      theme.templates_.emplace(source.name, std::move(*parsed));
    }
    CheckPartialsExist(source, partial_names, diagnostics);
  }
  for (const TemplateSource& source : partials) {
    ParseTemplate(source, diagnostics);
    CheckPartialsExist(source, partial_names, diagnostics);
  }
  CheckPartialCycles(partials, diagnostics);

  NameSet page_names;
  for (const TemplateSource& page : pages) {
    page_names.insert(page.name);
  }
  for (std::string_view required : kRequiredTemplates) {
    if (!page_names.contains(required)) {
      diagnostics.Error(template_dir.string(), 0, 0,
                        "missing template '" + std::string(required) +
                            std::string(kTemplateExtension) + "'");
    }
  }

  theme.locale_ =
      Locale::Load(theme_dir / "locales" / (language + ".json"), diagnostics);
  if (!theme.locale_ || diagnostics.ErrorCount() > errors_before) {
    return std::nullopt;
  }

  theme.shared_data_ = std::make_shared<const kainjow::mustache::data>(
      BuildSharedData(*theme.locale_, partials));
  return theme;
}

std::string Theme::Render(std::string_view name,
                          const kainjow::mustache::data& data) const {
  const auto found = templates_.find(name);
  if (found == templates_.end()) {
    return "";
  }

  // kainjow's render() is not const: it records errors in the template.
  // A copy per call keeps concurrent renders apart.
  Template page_template = found->second;
  kainjow::mustache::context<std::string> context(shared_data_.get());
  context.push(&data);
  try {
    std::string html = page_template.render(context);
    return page_template.is_valid() ? html : "";
  } catch (const std::exception&) {
    // NOTE: Load parsed every template and partial, so this is reached only
    // by std::bad_alloc or a bug in kainjow.
    return "";
  }
}

}  // namespace inzage::render
