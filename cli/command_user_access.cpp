#include <algorithm>
#include <cstdio>
#include <ostream>

#include "account/access_plan.h"
#include "commands.h"
#include "user_support.h"

namespace inzage::cli {
namespace {

// The user and client arguments of 'user grant' and 'user revoke', checked
// against the key store and the export.
struct GrantTarget {
  keys::UserRecord record;
  std::string client_id;
  bool in_export_list = false;  // the export's users/<name>.yaml lists it
};

Result<GrantTarget> FindGrantTarget(const ParsedArgs& args,
                                    const std::string& command,
                                    const keys::KeyStore& store,
                                    std::ostream& err) {
  auto username = UserNameArgument(args, command, 2);
  if (!username) {
    return username.error();
  }
  auto record = LoadExistingUser(store, *username);
  if (!record) {
    return record.error();
  }
  auto loaded = LoadExportSettings(args, err);
  if (!loaded) {
    return loaded.error();
  }
  const std::string& client = args.positional[1];
  const auto& ids = loaded->client_ids;
  if (std::find(ids.begin(), ids.end(), client) == ids.end()) {
    return Error{ExitStatus::kInput,
                 "unknown client '" + client + "'; the export has no '" +
                     ContentPlace(args).display + "/clients/" + client + "'"};
  }

  GrantTarget target{std::move(*record), client, false};
  for (const auto& user : loaded->users) {
    if (user.username == *username) {
      target.in_export_list =
          std::count(user.clients.begin(), user.clients.end(), client) > 0;
    }
  }
  return target;
}

int SaveAndReport(const keys::KeyStore& store, const keys::UserRecord& record,
                  const std::string& message, const ParsedArgs& args,
                  std::ostream& out, std::ostream& err) {
  if (auto saved = store.SaveUser(record); !saved) {
    return Fail(saved.error(), err);
  }
  if (VerbosityOf(args) != Verbosity::kQuiet) {
    out << message << "; run 'inzage build' to publish the change\n";
  }
  return 0;
}

int RunUserGrant(const ParsedArgs& args, std::ostream& out,
                 std::ostream& err) {
  auto store = OpenKeyStore(args);
  if (!store) {
    return Fail(store.error(), err);
  }
  auto target = FindGrantTarget(args, "user grant", *store, err);
  if (!target) {
    return Fail(target.error(), err);
  }
  auto& record = target->record;
  record.revoked.erase(target->client_id);
  if (!target->in_export_list) {
    record.granted.insert(target->client_id);
  }
  return SaveAndReport(*store, record,
                       "user '" + record.username + "' may read client '" +
                           target->client_id + "'",
                       args, out, err);
}

int RunUserRevoke(const ParsedArgs& args, std::ostream& out,
                  std::ostream& err) {
  auto store = OpenKeyStore(args);
  if (!store) {
    return Fail(store.error(), err);
  }
  auto target = FindGrantTarget(args, "user revoke", *store, err);
  if (!target) {
    return Fail(target.error(), err);
  }
  auto& record = target->record;
  const bool had_access = (target->in_export_list ||
                           record.granted.count(target->client_id) > 0) &&
                          record.revoked.count(target->client_id) == 0;
  if (!had_access) {
    return Fail({ExitStatus::kNoOrPartial,
                 "user '" + record.username + "' has no access to client '" +
                     target->client_id + "'"},
                err);
  }
  record.granted.erase(target->client_id);
  if (target->in_export_list) {
    record.revoked.insert(target->client_id);
  }
  return SaveAndReport(*store, record,
                       "user '" + record.username +
                           "' may no longer read client '" +
                           target->client_id +
                           "'; the client gets a new content key",
                       args, out, err);
}

int RunUserDisable(const ParsedArgs& args, std::ostream& out,
                   std::ostream& err) {
  auto username = UserNameArgument(args, "user disable", 1);
  if (!username) {
    return Fail(username.error(), err);
  }
  auto store = OpenKeyStore(args);
  if (!store) {
    return Fail(store.error(), err);
  }
  auto record = LoadExistingUser(*store, *username);
  if (!record) {
    return Fail(record.error(), err);
  }
  if (record->disabled) {
    return Fail({ExitStatus::kNoOrPartial,
                 "user '" + *username + "' is disabled already"},
                err);
  }
  record->disabled = true;
  return SaveAndReport(*store, *record,
                       "user '" + *username +
                           "' is disabled; the user's clients get new content "
                           "keys, and 'inzage user reset' enables the user "
                           "again",
                       args, out, err);
}

std::string StatusOf(const keys::UserRecord& record) {
  if (record.disabled) {
    return "disabled";
  }
  return record.must_change_password ? "must change password" : "active";
}

int RunUserList(const ParsedArgs& args, std::ostream& out,
                std::ostream& err) {
  if (!args.positional.empty()) {
    return Fail({ExitStatus::kUsage, "'user list' takes no arguments, found '" +
                                         args.positional[0] + "'"},
                err);
  }
  auto store = OpenKeyStore(args);
  if (!store) {
    return Fail(store.error(), err);
  }
  auto loaded = LoadExportSettings(args, err);
  if (!loaded) {
    return Fail(loaded.error(), err);
  }
  Diagnostics ignored;
  auto plan = account::PlanAccess(*loaded, *store, ignored);
  if (!plan) {
    return Fail(plan.error(), err);
  }

  char line[256];
  std::snprintf(line, sizeof line, "%-24s %-24s %-22s %s\n", "USER",
                "CLIENTS", "STATUS", "PASSWORD CHANGED");
  out << line;
  for (const auto& name : store->UserNames()) {
    auto record = store->LoadUser(name);
    if (!record) {
      return Fail(record.error(), err);
    }
    std::string clients;
    if (auto found = plan->clients_of_user.find(name);
        found != plan->clients_of_user.end()) {
      for (const auto& id : found->second) {
        clients += (clients.empty() ? "" : ",") + id;
      }
    }
    const bool in_export = std::any_of(
        loaded->users.begin(), loaded->users.end(),
        [&](const loader::User& user) { return user.username == name; });
    std::snprintf(line, sizeof line, "%-24s %-24s %-22s %s\n", name.c_str(),
                  clients.empty() ? "-" : clients.c_str(),
                  in_export ? StatusOf(*record).c_str() : "not in export",
                  record->password_changed.c_str());
    out << line;
  }
  return 0;
}

std::vector<OptionSpec> StoreAndExportOptions() {
  std::vector<OptionSpec> options = {FolderOptions()[0], FolderOptions()[1]};
  const auto& output = OutputOptions();
  options.insert(options.end(), output.begin(), output.end());
  return options;
}

}  // namespace

Command UserGrantCommand() {
  return {"user grant", "NAME CLIENT", "Let a user read a client's dossier",
          "Adds CLIENT (a folder name under <content>/clients/) to the\n"
          "clients of user NAME, on top of the export's users/NAME.yaml, and\n"
          "undoes an earlier 'user revoke'.\n",
          StoreAndExportOptions(), RunUserGrant};
}

Command UserRevokeCommand() {
  return {"user revoke", "NAME CLIENT",
          "Take a client's dossier away from a user",
          "From the next build on, user NAME cannot read CLIENT, even if the\n"
          "export's users/NAME.yaml lists it. The build gives the client a\n"
          "new content key, so that copies of the user's old keys do not\n"
          "open the new site.\n",
          StoreAndExportOptions(), RunUserRevoke};
}

Command UserDisableCommand() {
  return {"user disable", "NAME", "Stop a user from logging in",
          "From the next build on, the user's file is gone from the site and\n"
          "every client the user could read gets a new content key.\n"
          "'inzage user reset NAME' enables the user again with a new\n"
          "password.\n",
          StoreAndExportOptions(), RunUserDisable};
}

Command UserListCommand() {
  return {"user list", "",
          "List the users, their clients, status and last password change",
          "", StoreAndExportOptions(), RunUserList};
}

}  // namespace inzage::cli
