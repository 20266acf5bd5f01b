#include "account/access_plan.h"

#include <algorithm>

namespace inzage::account {
namespace {

std::set<std::string> EffectiveClients(const loader::User& user,
                                       const keys::UserRecord& record) {
  std::set<std::string> clients(user.clients.begin(), user.clients.end());
  clients.insert(record.granted.begin(), record.granted.end());
  for (const auto& id : record.revoked) {
    clients.erase(id);
  }
  return clients;
}

}  // namespace

Result<AccessPlan> PlanAccess(const loader::LoadedExport& loaded,
                              const keys::KeyStore& store,
                              Diagnostics& diagnostics) {
  AccessPlan plan;
  const std::set<std::string> client_ids(loaded.client_ids.begin(),
                                         loaded.client_ids.end());
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

    auto clients = EffectiveClients(user, *record);
    for (auto it = clients.begin(); it != clients.end();) {
      if (client_ids.count(*it) == 0) {
        diagnostics.Warning(store.display() + "/users/" + user.username +
                                ".yaml",
                            0, 0,
                            "user '" + user.username + "' is granted client '" +
                                *it + "', which the export does not have");
        it = clients.erase(it);
      } else {
        plan.readers_of_client[*it].insert(user.username);
        ++it;
      }
    }
    plan.clients_of_user[user.username] = std::move(clients);
    plan.records.emplace(user.username, std::move(*record));
  }

  for (const auto& name : store.UserNames()) {
    if (in_export.count(name) == 0) {
      diagnostics.Warning(store.display() + "/users/" + name + ".yaml", 0, 0,
                          "user '" + name +
                              "' is in the key store but has no usable file "
                              "in the export's users/, so the user cannot log "
                              "in");
    }
  }
  return plan;
}

Result<int> RotateKeysOfLostReaders(const AccessPlan& plan,
                                    const std::vector<std::string>& client_ids,
                                    keys::KeyStore& store,
                                    Diagnostics& diagnostics) {
  int rotated = 0;
  const auto& site_readers = store.provider().site_readers;
  const bool board_reader_lost = std::any_of(
      site_readers.begin(), site_readers.end(),
      [&](const std::string& name) { return plan.records.count(name) == 0; });
  if (board_reader_lost) {
    if (auto saved = store.RotateSiteKey(); !saved) {
      return saved.error();
    }
    ++rotated;
    diagnostics.Note("", "new site key for the bulletin board, because a "
                         "user who could read it may no longer log in");
  }

  for (const auto& id : client_ids) {
    const auto found = plan.readers_of_client.find(id);
    const std::set<std::string> none;
    const auto& readers =
        found == plan.readers_of_client.end() ? none : found->second;
    std::vector<std::string> lost;
    for (const auto& name : store.ClientReaders(id)) {
      if (readers.count(name) == 0) {
        lost.push_back(name);
      }
    }
    if (lost.empty() || store.FindClientKey(id) == nullptr) {
      continue;
    }
    if (auto key = store.RotateClientKey(id); !key) {
      return key.error();
    }
    ++rotated;
    std::string names;
    for (const auto& name : lost) {
      names += (names.empty() ? "'" : ", '") + name + "'";
    }
    diagnostics.Note("", "new content key for client '" + id + "', because " +
                             names + " may no longer read it");
  }
  return rotated;
}

}  // namespace inzage::account
