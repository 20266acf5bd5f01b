// PublishUsers and SaveUserFingerprints, declared in client_jobs.h.
#include <set>

#include "site/client_jobs.h"
#include "site/user_writer.h"

namespace inzage::site {
namespace fs = std::filesystem;

namespace {

std::vector<GrantedClient> GrantsOf(const loader::User& user,
                                    const keys::KeyStore& store,
                                    const PublishedClients& clients) {
  std::vector<GrantedClient> granted;
  for (const auto& id : user.clients) {
    auto found = clients.find(id);
    if (found == clients.end()) {
      continue;  // skipped this build and never built before
    }
    granted.push_back({found->second.path_id, found->second.name,
                       store.FindClientKey(id)});
  }
  return granted;
}

// Keeps the previous file when nothing that goes into it changed, so that
// an unchanged user file keeps its bytes (the sealed grants are random).
bool KeepPreviousUserFile(const Release& release, const keys::UserRecord& user,
                          const std::string& fingerprint) {
  if (!release.previous() || fingerprint != user.published_grants_sha256) {
    return false;
  }
  const fs::path path = UserFilePath(user);
  std::error_code error;
  return fs::exists(*release.previous() / path, error) &&
         LinkOrCopy(*release.previous() / path, release.folder() / path);
}

}  // namespace

Result<PublishedUsers> PublishUsers(const loader::LoadedExport& loaded,
                                    const keys::KeyStore& store,
                                    const Release& release,
                                    const PublishedClients& clients,
                                    Diagnostics& diagnostics) {
  PublishedUsers result;
  std::set<std::string> in_export;
  for (const auto& user : loaded.users) {
    in_export.insert(user.username);
    if (!store.HasUser(user.username)) {
      diagnostics.Warning(user.source.file, 0, 0,
                          "user '" + user.username +
                              "' is not in the key store and cannot log in; "
                              "run 'inzage user add " + user.username + "'");
      continue;
    }
    auto record = store.LoadUser(user.username);
    if (!record) {
      return record.error();
    }
    if (record->disabled) {
      continue;
    }

    const std::string grants =
        GrantsJson(user.username, user.name, store.provider().site_key,
                   GrantsOf(user, store, clients));
    const std::string fingerprint = UserFileFingerprint(*record, grants);
    ++result.published;
    if (KeepPreviousUserFile(release, *record, fingerprint)) {
      continue;
    }
    if (auto problem = WriteUserFile(release.folder(), *record, grants);
        !problem.empty()) {
      return Error{ExitStatus::kEnvironment, problem};
    }
    record->published_grants_sha256 = fingerprint;
    result.changed.push_back(std::move(*record));
  }

  for (const auto& name : store.UserNames()) {
    if (!in_export.count(name)) {
      diagnostics.Warning(store.display() + "/users/" + name + ".yaml", 0, 0,
                          "user '" + name +
                              "' is in the key store but not in the export's "
                              "users/; the user cannot log in");
    }
  }
  return result;
}

Result<bool> SaveUserFingerprints(const keys::KeyStore& store,
                                  const PublishedUsers& users) {
  for (const auto& record : users.changed) {
    if (auto saved = store.SaveUser(record); !saved) {
      return saved.error();
    }
  }
  return true;
}

}  // namespace inzage::site
