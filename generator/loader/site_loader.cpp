#include "loader/site_loader.h"

#include "loader/field_reader.h"
#include "loader/quote.h"
#include "loader/yaml_reader.h"

namespace inzage::loader {
namespace {

constexpr std::int64_t kMinLoginOps = 1;
constexpr std::int64_t kMinLoginMemMib = 8;

// A phone's browser must finish a login. The viewer runs Argon2id in
// WebAssembly, several times slower than native code, and phones have
// little memory. docs/export.md gives the measurement behind these limits.
constexpr std::int64_t kMaxLoginOps = 20;
constexpr std::int64_t kMaxLoginMemMib = 1024;

void ReadTabs(const YAML::Node& node, YamlSource& source, TabSwitches& tabs) {
  FieldReader fields(
      node, "tab switches",
      {"contacts", "medication", "presence", "dossier", "invoices"}, source);
  fields.Read("contacts", tabs.contacts);
  fields.Read("medication", tabs.medication);
  fields.Read("presence", tabs.presence);
  fields.Read("dossier", tabs.dossier);
  fields.Read("invoices", tabs.invoices);
}

void ReadLogin(const YAML::Node& node, YamlSource& source, LoginCost& login) {
  FieldReader fields(node, "login cost settings", {"ops", "mem_mib"}, source);
  if (auto ops = fields.ReadInteger("ops", kMinLoginOps, kMaxLoginOps)) {
    login.ops = static_cast<std::uint64_t>(*ops);
  }
  if (auto mem =
          fields.ReadInteger("mem_mib", kMinLoginMemMib, kMaxLoginMemMib)) {
    login.mem_mib = static_cast<std::uint64_t>(*mem);
  }
}

void ReadMail(const YAML::Node& node, YamlSource& source, MailSettings& mail) {
  FieldReader fields(node, "mail settings", {"from", "site_url"}, source);
  fields.Read("from", mail.from);
  fields.Read("site_url", mail.site_url);
}

void ReadSite(const YAML::Node& root, YamlSource& source, Site& site) {
  FieldReader fields(
      root, "site settings",
      {"provider", "language", "tabs", "login", "drop_url", "mail"}, source);
  fields.Read("provider", site.provider, Presence::kRequired);

  fields.Read("language", site.language);
  if (site.language != "nl" && site.language != "en") {
    source.Error(
        fields.Value("language").Mark(),
        "invalid language " + Quote(site.language) + ", expected 'nl' or 'en'");
  }

  ReadTabs(fields.Value("tabs"), source, site.tabs);
  ReadLogin(fields.Value("login"), source, site.login);
  fields.Read("drop_url", site.drop_url);
  ReadMail(fields.Value("mail"), source, site.mail);
}

}  // namespace

std::optional<Site> LoadSite(const ExportTree& tree, Diagnostics& diagnostics) {
  std::string display = tree.Display("site.yaml");
  std::filesystem::path path = tree.Path("site.yaml");
  if (!PathExists(path)) {
    diagnostics.Error(display, 0, 0, "missing required file");
    return std::nullopt;
  }

  Diagnostics local;
  YamlSource source(display, local);
  std::optional<YAML::Node> root = ReadYamlFile(tree, path, source);
  Site site;
  site.source = {display, 1, 1};
  if (root) {
    ReadSite(*root, source, site);
  }

  diagnostics.Append(local);
  if (local.HasErrors()) {
    return std::nullopt;
  }
  return site;
}

}  // namespace inzage::loader
