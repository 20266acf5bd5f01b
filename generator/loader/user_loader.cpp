#include "loader/user_loader.h"

#include <algorithm>
#include <map>

#include "loader/export_loader.h"
#include "loader/field_reader.h"
#include "loader/quote.h"
#include "loader/yaml_reader.h"

namespace inzage::loader {
namespace {

constexpr std::size_t kMaxUsernameLength = 64;

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool IsLowerAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

void ReadClients(FieldReader& fields, const std::vector<std::string>& known,
                 User& user) {
  YamlSource& source = fields.source();
  YAML::Node list = fields.Value("clients", Presence::kRequired);
  if (!ExpectList(list, "client ids", fields.KeyMark("clients"), source)) {
    return;
  }

  for (const YAML::Node& item : list) {
    if (!item.IsScalar()) {
      source.Error(
          MarkOf(item, fields.KeyMark("clients")),
          "expected a client id, found " + std::string(DescribeKind(item)));
      continue;
    }

    const std::string& id = item.Scalar();
    if (!std::binary_search(known.begin(), known.end(), id)) {
      source.Error(item.Mark(), "client " + Quote(id) +
                                    " not found, expected a folder " +
                                    Quote("clients/" + id) + " in the export");
    } else if (std::find(user.clients.begin(), user.clients.end(), id) !=
               user.clients.end()) {
      source.Warning(item.Mark(), "client " + Quote(id) + " is listed twice");
    } else {
      user.clients.push_back(id);
    }
  }
}

void ReadNotify(const YAML::Node& node, YamlSource& source,
                NotifySettings& notify) {
  FieldReader fields(node, "notification settings",
                     {"messages", "reports_and_dossier"}, source);
  fields.Read("messages", notify.messages);
  fields.Read("reports_and_dossier", notify.reports_and_dossier);
}

void ReadUser(const YAML::Node& root, YamlSource& source,
              const std::vector<std::string>& client_ids, User& user) {
  FieldReader fields(root, "user details",
                     {"name", "email", "clients", "notify"}, source);
  fields.Read("name", user.name, Presence::kRequired);
  fields.Read("email", user.email);
  ReadClients(fields, client_ids, user);
  ReadNotify(fields.Value("notify"), source, user.notify);

  bool wants_mail = user.notify.messages || user.notify.reports_and_dossier;
  if (wants_mail && user.email.empty() && fields.is_mapping()) {
    source.Warning(fields.KeyMark("notify"),
                   "notifications are switched on, but 'email' is empty");
  }
}

}  // namespace

std::optional<std::string> NormaliseUsername(std::string_view name) {
  while (!name.empty() && IsAsciiSpace(name.front())) {
    name.remove_prefix(1);
  }
  while (!name.empty() && IsAsciiSpace(name.back())) {
    name.remove_suffix(1);
  }
  if (name.empty() || name.size() > kMaxUsernameLength) {
    return std::nullopt;
  }

  std::string result(name);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    if (!IsLowerAlnum(c) && c != '.' && c != '_' && c != '-') {
      return std::nullopt;
    }
  }
  if (!IsLowerAlnum(result.front())) {
    return std::nullopt;
  }
  return result;
}

std::vector<User> LoadUsers(const ExportTree& tree,
                            const std::vector<std::string>& client_ids,
                            Diagnostics& diagnostics) {
  std::vector<User> users;
  if (!PathExists(tree.Path("users"))) {
    return users;
  }
  std::optional<std::vector<FolderEntry>> entries =
      ListFolder(tree, tree.Path("users"), tree.Display("users"), diagnostics);
  if (!entries) {
    return users;
  }

  std::map<std::string, std::string> file_of_user;
  for (const FolderEntry& entry : *entries) {
    std::string display = tree.Display("users/" + entry.name);
    if (entry.is_folder || !HasSuffix(entry.name, ".yaml")) {
      WarnIgnored(entry, display, "<username>.yaml files", diagnostics);
      continue;
    }

    std::string stem = entry.name.substr(0, entry.name.size() - 5);
    std::optional<std::string> username = NormaliseUsername(stem);
    if (!username) {
      diagnostics.Error(display, 0, 0,
                        "invalid user name " + Quote(stem) +
                            ", expected 1 to 64 of a-z 0-9 . _ - starting "
                            "with a letter or digit");
      continue;
    }
    auto [it, inserted] = file_of_user.emplace(*username, display);
    if (!inserted) {
      diagnostics.Error(display, 0, 0,
                        "duplicate user " + Quote(*username) +
                            ", also defined in " + it->second);
      continue;
    }

    Diagnostics local;
    YamlSource source(display, local);
    User user;
    user.username = *username;
    user.source = {display, 1, 1};
    if (std::optional<YAML::Node> root =
            ReadYamlFile(tree, entry.path, source)) {
      ReadUser(*root, source, client_ids, user);
    }

    diagnostics.Append(local);
    if (!local.HasErrors()) {
      users.push_back(std::move(user));
    }
  }

  std::sort(users.begin(), users.end(), [](const User& a, const User& b) {
    return a.username < b.username;
  });
  return users;
}

}  // namespace inzage::loader
