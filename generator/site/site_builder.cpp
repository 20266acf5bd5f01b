#include "site/site_builder.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <map>

#include "account/access_plan.h"
#include "crypto/encoding.h"
#include "crypto/opaque_names.h"
#include "keys/key_store.h"
#include "loader/export_loader.h"
#include "render/page_renderer.h"
#include "render/theme.h"
#include "site/client_jobs.h"
#include "site/release.h"
#include "site/sealed_bundle.h"
#include "site/site_assets.h"
#include "site/user_writer.h"
#include "util/files.h"
#include "util/json_writer.h"

namespace inzage::site {
namespace fs = std::filesystem;

namespace {

Error InputError(std::string message) {
  return {ExitStatus::kInput, std::move(message)};
}

std::string SiteJson(const loader::Site& site,
                     const keys::ProviderKeys& keys) {
  JsonWriter json;
  json.BeginObject();
  json.Key("format").Number(1);
  json.Key("site_id").String(crypto::ToBase64(keys.site_id));
  json.Key("login").BeginObject();
  json.Key("alg").String("argon2id13");
  json.Key("ops").Number(static_cast<std::int64_t>(site.login.ops));
  json.Key("mem").Number(static_cast<std::int64_t>(site.login.mem_mib << 20));
  json.EndObject();
  json.Key("language").String(site.language);
  json.Key("provider").String(site.provider);
  json.Key("drop_public_key").String(crypto::ToBase64(keys.drop.public_key));
  json.Key("sign_public_key").String(crypto::ToBase64(keys.sign.public_key));
  json.EndObject();
  return json.Take();
}

std::string BoardJson(const std::vector<render::RenderedBoardPage>& pages) {
  JsonWriter json;
  json.BeginObject().Key("format").Number(1).Key("pages").BeginArray();
  for (const auto& page : pages) {
    json.BeginObject();
    json.Key("slug").String(page.slug);
    json.Key("title").String(page.title);
    json.Key("order").Number(page.order);
    json.Key("html").String(page.html);
    json.EndObject();
  }
  json.EndArray().EndObject();
  return json.Take();
}

bool WriteSiteFiles(const loader::LoadedExport& loaded,
                    const render::Theme& theme, const keys::KeyStore& store,
                    const Release& release, const BuildOptions& options,
                    Diagnostics& diagnostics) {
  const auto& keys = store.provider();
  if (auto problem = WriteFileAtomic(release.folder() / "site.json",
                                     SiteJson(*loaded.site, keys));
      !problem.empty()) {
    diagnostics.Error("", 0, 0, problem);
    return false;
  }

  const auto board = render::RenderBoard(theme, loaded.board);
  const auto sealed = SealBundle(keys.site_key, kBoardAd, BoardJson(board));
  std::error_code error;
  fs::create_directories(release.folder() / "s", error);
  if (auto problem = WriteFileAtomic(release.folder() / "s" / "board.bin",
                                     sealed);
      !problem.empty()) {
    diagnostics.Error("", 0, 0, problem);
    return false;
  }
  return CopyViewer(options.theme, release.folder(), diagnostics);
}

// Whether `inner` is `outer` or lies below it, after resolving links.
bool IsWithin(const fs::path& inner, const fs::path& outer) {
  std::error_code error;
  const fs::path a = fs::weakly_canonical(fs::absolute(inner), error);
  const fs::path b = fs::weakly_canonical(fs::absolute(outer), error);
  auto [end_b, end_a] = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
  return end_b == b.end();
}

// The site must not be written into the export or the key store, nor
// either of them into the site, where a build would replace them.
std::optional<Error> CheckSeparateFolders(const BuildOptions& options) {
  for (const Place* other : {&options.content, &options.keys}) {
    if (IsWithin(options.out.path, other->path) ||
        IsWithin(other->path, options.out.path)) {
      return Error{ExitStatus::kUsage,
                   "--out '" + options.out.display + "' overlaps '" +
                       other->display +
                       "'; the site needs a folder of its own"};
    }
  }
  return std::nullopt;
}

}  // namespace

Result<BuildSummary> BuildSite(const BuildOptions& options,
                               Diagnostics& diagnostics,
                               const ProgressFn& progress) {
  const auto started = std::chrono::steady_clock::now();
  if (auto overlap = CheckSeparateFolders(options)) {
    return *overlap;
  }
  auto store = keys::KeyStore::Open(options.keys.path, options.keys.display);
  if (!store) {
    return store.error();
  }

  auto loaded = loader::LoadExport(options.content.path,
                                   options.content.display);
  diagnostics.Append(loaded.diagnostics);
  if (!loaded.site) {
    return InputError("nothing was built: the export's site settings are "
                      "not usable");
  }
  const bool has_landing_page =
      !loaded.board.empty() && loaded.board.front().slug == "index";
  if (!has_landing_page) {
    return InputError("nothing was built: the bulletin board has no usable "
                      "landing page (board/index.md)");
  }
  if (loaded.client_ids.empty()) {
    return InputError("nothing was built: the export has no clients, and "
                      "publishing would empty the site");
  }

  auto theme = render::Theme::Load(options.theme, loaded.site->language,
                                   diagnostics);
  if (!theme) {
    return Error{ExitStatus::kEnvironment,
                 "nothing was built: the theme in '" +
                     options.theme.string() + "' is not usable"};
  }

  auto release = Release::Begin(options.out.path, options.out.display);
  if (!release) {
    return release.error();
  }

  auto access = account::PlanAccess(loaded, *store, diagnostics);
  if (!access) {
    return access.error();
  }
  if (auto stale = account::CheckLoginCost(*access, *loaded.site,
                                           store->display())) {
    return *stale;
  }
  if (auto rotated = account::RotateKeysOfLostReaders(
          *access, loaded.client_ids, *store, diagnostics);
      !rotated) {
    return rotated.error();
  }

  BuildSummary summary;
  summary.clients = static_cast<int>(loaded.client_ids.size());
  auto clients = BuildClients(options, loaded, *store, *release, summary,
                              diagnostics, progress);
  if (!clients) {
    return clients.error();
  }
  if (summary.clients > 0 && summary.clients_built == 0) {
    return InputError("nothing was built: no client could be built");
  }

  if (!WriteSiteFiles(loaded, *theme, *store, *release, options,
                      diagnostics)) {
    return Error{ExitStatus::kEnvironment,
                 "nothing was published: the site files could not be "
                 "written"};
  }

  auto users = PublishUsers(loaded, *access, *store, *release, *clients);
  if (!users) {
    return users.error();
  }
  summary.users = users->published;

  if (auto published = release->Publish(); !published) {
    return published.error();
  }
  if (auto saved = SaveUserFingerprints(*store, *users); !saved) {
    return saved.error();
  }
  if (auto saved = store->SaveClientReaders(access->readers_of_client);
      !saved) {
    return saved.error();
  }
  std::set<std::string> board_readers;
  for (const auto& [name, record] : access->records) {
    board_readers.insert(name);
  }
  if (auto saved = store->SaveSiteReaders(board_readers); !saved) {
    return saved.error();
  }

  summary.seconds = std::chrono::duration<double>(
                        std::chrono::steady_clock::now() - started)
                        .count();
  return summary;
}

}  // namespace inzage::site
