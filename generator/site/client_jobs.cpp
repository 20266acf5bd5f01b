#include "site/client_jobs.h"

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "crypto/opaque_names.h"
#include "render/page_renderer.h"
#include "render/theme.h"
#include "site/client_writer.h"

namespace inzage::site {
namespace {

// The result of one client's job, merged in export order afterwards so
// that messages do not depend on thread timing.
struct ClientOutcome {
  enum class State { kBuilt, kKept, kMissing } state = State::kMissing;
  std::string name;
  ClientWriteStats stats;
  Diagnostics diagnostics;
};

ClientOutcome BuildOneClient(const BuildOptions& options,
                             const loader::LoadedExport& loaded,
                             const render::Theme& theme,
                             const ClientTarget& target) {
  ClientOutcome outcome;
  auto client = loader::LoadClient(options.content.path,
                                   options.content.display, target.client_id);
  outcome.diagnostics.Append(client.diagnostics);
  if (client.client) {
    const auto tabs = client.client->Tabs(loaded.site->tabs);
    const auto pages =
        render::RenderClientPages(theme, *client.client, tabs, target.path_id);
    auto stats = WriteClient(target, client.client->name, pages,
                             outcome.diagnostics);
    if (stats) {
      outcome.state = ClientOutcome::State::kBuilt;
      outcome.name = client.client->name;
      outcome.stats = *stats;
      return outcome;
    }
  }

  std::error_code error;
  std::filesystem::remove_all(target.release / "c" / target.path_id, error);
  auto name = PreviousClientName(target);
  if (name && KeepPreviousClient(target)) {
    outcome.state = ClientOutcome::State::kKept;
    outcome.name = *name;
    outcome.diagnostics.Note(
        options.content.display + "/clients/" + target.client_id,
        "client '" + target.client_id +
            "' was skipped; its site from the previous build stays");
  } else {
    outcome.diagnostics.Note(
        options.content.display + "/clients/" + target.client_id,
        "client '" + target.client_id +
            "' was skipped and has no earlier build; its users do not see "
            "it until it builds");
  }
  return outcome;
}

}  // namespace

Result<PublishedClients> BuildClients(const BuildOptions& options,
                                      const loader::LoadedExport& loaded,
                                      keys::KeyStore& store,
                                      const Release& release,
                                      BuildSummary& summary,
                                      Diagnostics& diagnostics,
                                      const ProgressFn& progress) {
  const auto& ids = loaded.client_ids;
  std::vector<ClientTarget> targets;
  for (const auto& id : ids) {
    auto key = store.EnsureClientKey(id);
    if (!key) {
      return key.error();
    }
    targets.push_back({id,
                       crypto::ClientPathId(store.provider().names_key, id),
                       *key, release.folder(), release.previous()});
  }

  std::vector<ClientOutcome> outcomes(ids.size());
  std::atomic<std::size_t> next{0};
  std::mutex progress_mutex;
  auto work = [&] {
    Diagnostics theme_diagnostics;
    auto theme = render::Theme::Load(options.theme, loaded.site->language,
                                     theme_diagnostics);
    for (std::size_t i = next++; i < ids.size(); i = next++) {
      if (!theme) {
        outcomes[i].diagnostics.Append(theme_diagnostics);
        continue;
      }
      outcomes[i] = BuildOneClient(options, loaded, *theme, targets[i]);
      std::lock_guard lock(progress_mutex);
      progress("client '" + ids[i] + "' " +
               (outcomes[i].state == ClientOutcome::State::kBuilt
                    ? "built"
                    : "skipped"));
    }
  };

  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min<std::size_t>(
      options.jobs > 0 ? options.jobs : cores, std::max<std::size_t>(1, ids.size()));
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < workers; ++i) {
    threads.emplace_back(work);
  }
  work();
  for (auto& thread : threads) {
    thread.join();
  }

  PublishedClients published;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto& outcome = outcomes[i];
    diagnostics.Append(outcome.diagnostics);
    switch (outcome.state) {
      case ClientOutcome::State::kBuilt:
        ++summary.clients_built;
        summary.pages += outcome.stats.pages;
        summary.attachments += outcome.stats.attachments;
        summary.attachments_reused += outcome.stats.attachments_reused;
        summary.bytes += outcome.stats.bytes;
        break;
      case ClientOutcome::State::kKept:
        ++summary.clients_kept;
        break;
      case ClientOutcome::State::kMissing:
        ++summary.clients_missing;
        continue;
    }
    published[ids[i]] = {targets[i].path_id, outcome.name};
  }
  return published;
}

}  // namespace inzage::site
