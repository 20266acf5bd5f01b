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

std::optional<Error> CheckLoginCost(const AccessPlan& plan,
                                    const loader::Site& site,
                                    const std::string& keys_display) {
  const std::uint64_t mem_bytes = site.login.mem_mib << 20;
  std::vector<std::string> stale;
  for (const auto& [name, record] : plan.records) {
    if (record.login_ops != site.login.ops ||
        record.login_mem_bytes != mem_bytes) {
      stale.push_back(name);
    }
  }
  if (stale.empty()) {
    return std::nullopt;
  }
  const auto& first = plan.records.at(stale.front());
  return Error{
      ExitStatus::kInput,
      site.source.file + ": nothing was built: the login cost (ops " +
          std::to_string(site.login.ops) + ", " +
          std::to_string(site.login.mem_mib) + " MiB) differs from the one " +
          std::to_string(stale.size()) + " user(s) set their password with, "
          "such as '" + stale.front() + "' (ops " +
          std::to_string(first.login_ops) + ", " +
          std::to_string(first.login_mem_bytes >> 20) + " MiB in " +
          keys_display + "), so they could not log in; restore the old cost, "
          "or give every such user a new password with 'inzage user reset'"};
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
