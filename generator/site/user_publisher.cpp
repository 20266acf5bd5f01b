// PublishUsers and SaveUserFingerprints, declared in client_jobs.h.
#include "site/client_jobs.h"
#include "site/user_writer.h"

namespace inzage::site {
namespace fs = std::filesystem;

namespace {

std::vector<GrantedClient> GrantsOf(const std::set<std::string>& client_ids,
                                    const keys::KeyStore& store,
                                    const PublishedClients& clients) {
  std::vector<GrantedClient> granted;
  for (const auto& id : client_ids) {
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
  if (!release.previous() || fingerprint != user.published_fingerprint) {
    return false;
  }
  const fs::path path = UserFilePath(user);
  std::error_code error;
  return fs::exists(*release.previous() / path, error) &&
         LinkOrCopy(*release.previous() / path, release.folder() / path);
}

}  // namespace

Result<PublishedUsers> PublishUsers(const loader::LoadedExport& loaded,
                                    const account::AccessPlan& access,
                                    const keys::KeyStore& store,
                                    const Release& release,
                                    const PublishedClients& clients) {
  PublishedUsers result;
  for (const auto& user : loaded.users) {
    auto record = access.records.find(user.username);
    if (record == access.records.end()) {
      continue;  // disabled, or not in the key store
    }
    const std::string grants = GrantsJson(
        user.username, user.name, store.provider().site_key,
        GrantsOf(access.clients_of_user.at(user.username), store, clients));
    const std::string fingerprint =
        UserFileFingerprint(record->second, grants);
    ++result.published;
    if (KeepPreviousUserFile(release, record->second, fingerprint)) {
      continue;
    }
    if (auto problem = WriteUserFile(release.folder(), record->second, grants);
        !problem.empty()) {
      return Error{ExitStatus::kEnvironment, problem};
    }
    result.fingerprints[user.username] = fingerprint;
  }
  return result;
}

Result<bool> SaveUserFingerprints(const keys::KeyStore& store,
                                  const PublishedUsers& users) {
  // The record is read again, so that a change made by another command
  // while the build ran is not overwritten with an old copy.
  for (const auto& [username, fingerprint] : users.fingerprints) {
    auto record = store.LoadUser(username);
    if (!record) {
      return record.error();
    }
    record->published_fingerprint = fingerprint;
    if (auto saved = store.SaveUser(*record); !saved) {
      return saved.error();
    }
  }
  return true;
}

}  // namespace inzage::site
