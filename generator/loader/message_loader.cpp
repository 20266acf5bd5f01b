// clients/<id>/messages/*.yaml: messages from the provider to relatives.
#include <algorithm>

#include "loader/client_parts.h"
#include "loader/export_loader.h"
#include "loader/quote.h"
#include "loader/raw_html.h"

namespace inzage::loader {
namespace {

constexpr std::string_view kToExpected = "'all' or a list of user names";

void ReadRecipients(FieldReader& fields, Message& message) {
  YamlSource& source = fields.source();
  YAML::Node to = fields.Value("to", Presence::kRequired);
  if (to.IsScalar()) {
    if (to.Scalar() == "all") {
      message.to_all = true;
    } else {
      source.Error(to.Mark(), "invalid value " + Quote(to.Scalar()) +
                                  " for 'to', expected " +
                                  std::string(kToExpected));
    }
    return;
  }
  if (to.IsNull()) {
    return;
  }
  if (!to.IsSequence()) {
    source.Error(to.Mark(), "expected " + std::string(kToExpected) +
                                " for 'to', found " +
                                std::string(DescribeKind(to)));
    return;
  }

  for (const YAML::Node& item : to) {
    if (!item.IsScalar()) {
      source.Error(
          MarkOf(item, to.Mark()),
          "expected a user name, found " + std::string(DescribeKind(item)));
      continue;
    }

    std::optional<std::string> username = NormaliseUsername(item.Scalar());
    if (!username) {
      source.Error(MarkOf(item, to.Mark()),
                   "invalid user name " + Quote(item.Scalar()) +
                       ", expected 1 to 64 of a-z 0-9 . _ - starting with "
                       "a letter or digit");
      continue;
    }
    if (std::find(message.to.begin(), message.to.end(), *username) ==
        message.to.end()) {
      message.to.push_back(*username);
    }
  }
  if (to.size() == 0) {
    source.Warning(to.Mark(), "message has no recipients");
  }
}

std::optional<Message> LoadMessage(const ClientFolder& folder,
                                   const FolderEntry& entry,
                                   Diagnostics& diagnostics) {
  YamlSource source(folder.Display("messages/" + entry.name), diagnostics);
  std::optional<YAML::Node> root =
      ReadYamlFile(folder.tree(), entry.path, source);
  if (!root) {
    return std::nullopt;
  }

  Message message;
  message.file_name = entry.name;
  FieldReader fields(*root, "message details",
                     {"date", "from", "to", "subject", "body", "thread"},
                     source);
  fields.Read("date", message.date, Presence::kRequired);
  fields.Read("from", message.from, Presence::kRequired);
  ReadRecipients(fields, message);
  fields.Read("subject", message.subject, Presence::kRequired);
  fields.Read("body", message.body_markdown, Presence::kRequired);
  WarnAboutRawHtml(fields, "body", message.body_markdown);
  fields.Read("thread", message.thread);
  return message;
}

bool IsNewerMessage(const Message& a, const Message& b) {
  if (a.date != b.date) {
    return a.date > b.date;
  }
  return a.file_name < b.file_name;
}

}  // namespace

void LoadMessages(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics) {
  for (const FolderEntry& entry :
       ListOptionalFolder(folder, "messages", diagnostics)) {
    if (entry.is_folder || !HasSuffix(entry.name, ".yaml")) {
      WarnIgnored(entry, folder.Display("messages/" + entry.name),
                  "message files (*.yaml)", diagnostics);
      continue;
    }
    if (std::optional<Message> message =
            LoadMessage(folder, entry, diagnostics)) {
      client.messages.push_back(std::move(*message));
    }
  }

  std::sort(client.messages.begin(), client.messages.end(), IsNewerMessage);
}

}  // namespace inzage::loader
