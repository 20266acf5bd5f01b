#include "site/site_assets.h"

#include <yaml-cpp/yaml.h>

namespace inzage::site {
namespace fs = std::filesystem;

namespace {

bool CopyTree(const fs::path& from, const fs::path& to,
              Diagnostics& diagnostics) {
  std::error_code error;
  fs::copy(from, to,
           fs::copy_options::recursive | fs::copy_options::overwrite_existing,
           error);
  if (error) {
    diagnostics.Error(from.string(), 0, 0,
                      "cannot copy into the site: " + error.message());
    return false;
  }
  return true;
}

// A vendor path must stay inside the theme and the site.
bool IsPlainRelative(const fs::path& path) {
  if (path.empty() || path.is_absolute()) {
    return false;
  }
  for (const auto& part : path) {
    if (part == "..") {
      return false;
    }
  }
  return true;
}

bool CopyVendorFiles(const fs::path& theme, const fs::path& release,
                     Diagnostics& diagnostics) {
  const fs::path manifest = theme / "theme.yaml";
  YAML::Node vendor;
  try {
    vendor = YAML::LoadFile(manifest.string())["vendor"];
  } catch (const YAML::Exception& exception) {
    diagnostics.Error(manifest.string(), exception.mark.line + 1,
                      exception.mark.column + 1,
                      "invalid theme manifest: " + exception.msg);
    return false;
  }

  bool ok = true;
  for (const auto& entry : vendor) {
    const fs::path from(entry["from"].as<std::string>(""));
    const fs::path to(entry["to"].as<std::string>(""));
    if (!IsPlainRelative(from) || !IsPlainRelative(to)) {
      diagnostics.Error(manifest.string(), entry.Mark().line + 1,
                        entry.Mark().column + 1,
                        "a vendor entry needs relative 'from' and 'to' paths");
      ok = false;
      continue;
    }
    std::error_code error;
    fs::create_directories((release / to).parent_path(), error);
    fs::copy_file(theme / from, release / to,
                  fs::copy_options::overwrite_existing, error);
    if (error) {
      diagnostics.Error((theme / from).string(), 0, 0,
                        "cannot copy the viewer's library (" +
                            error.message() + "); run 'scripts/setup'");
      ok = false;
    }
  }
  return ok;
}

}  // namespace

bool CopyViewer(const fs::path& theme, const fs::path& release,
                Diagnostics& diagnostics) {
  bool ok = CopyTree(theme / "viewer", release, diagnostics);
  std::error_code error;
  fs::create_directories(release / "locales", error);
  for (const auto& entry : fs::directory_iterator(theme / "locales", error)) {
    if (entry.path().extension() == ".json") {
      ok = CopyTree(entry.path(), release / "locales" / entry.path().filename(),
                    diagnostics) &&
           ok;
    }
  }
  return CopyVendorFiles(theme, release, diagnostics) && ok;
}

}  // namespace inzage::site
