// The list files of a client: contacts, agreements, medication, presence.
#include <algorithm>
#include <tuple>

#include "loader/client_parts.h"
#include "loader/quote.h"
#include "loader/raw_html.h"
#include "loader/value_parsers.h"

namespace inzage::loader {
namespace {

// Reads an optional file whose top level is a list. Returns a null node
// when the file is absent, and nullopt after reporting a file that is
// unreadable or not a list.
std::optional<YAML::Node> ReadListFile(const ClientFolder& folder,
                                       std::string_view name,
                                       std::string_view what,
                                       YamlSource& source) {
  if (!PathExists(folder.Path(name))) {
    return YAML::Node();
  }
  std::optional<YAML::Node> root = ReadOptionalYaml(folder, name, source);
  if (!root || !ExpectList(*root, what, YAML::Mark::null_mark(), source)) {
    return std::nullopt;
  }
  return root;
}

void WarnIfEndBeforeStart(FieldReader& fields, const std::optional<Date>& start,
                          const std::optional<Date>& end) {
  if (start && end && *end < *start) {
    fields.source().Warning(fields.KeyMark("end"),
                            "end date " + Quote(end->Iso()) +
                                " is before start date " + Quote(start->Iso()));
  }
}

}  // namespace

void LoadContacts(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics) {
  YamlSource source(folder.Display("contacts.yaml"), diagnostics);
  std::optional<YAML::Node> list =
      ReadListFile(folder, "contacts.yaml", "contacts", source);
  if (!list) {
    return;
  }

  for (const YAML::Node& item : *list) {
    FieldReader fields(
        item, "contact details",
        {"name", "relation", "phone", "email", "address", "notes"}, source);
    Contact contact;
    fields.Read("name", contact.name, Presence::kRequired);
    fields.Read("relation", contact.relation);
    fields.Read("phone", contact.phone);
    fields.Read("email", contact.email);
    fields.Read("address", contact.address);
    fields.Read("notes", contact.notes);
    client.contacts.push_back(std::move(contact));
  }
}

void LoadAgreements(const ClientFolder& folder, Client& client,
                    Diagnostics& diagnostics) {
  YamlSource source(folder.Display("agreements.yaml"), diagnostics);
  std::optional<YAML::Node> root =
      ReadOptionalYaml(folder, "agreements.yaml", source);
  if (!root) {
    return;
  }

  FieldReader file(*root, "care agreements", {"general", "periodic"}, source);
  YAML::Node general = file.Value("general");
  if (ExpectList(general, "general agreements", file.KeyMark("general"),
                 source)) {
    for (const YAML::Node& item : general) {
      FieldReader fields(item, "agreement details", {"title", "description"},
                         source);
      GeneralAgreement agreement;
      fields.Read("title", agreement.title, Presence::kRequired);
      fields.Read("description", agreement.description_markdown);
      WarnAboutRawHtml(fields, "description", agreement.description_markdown);
      client.general_agreements.push_back(std::move(agreement));
    }
  }

  YAML::Node periodic = file.Value("periodic");
  if (!ExpectList(periodic, "periodic agreements", file.KeyMark("periodic"),
                  source)) {
    return;
  }
  for (const YAML::Node& item : periodic) {
    FieldReader fields(
        item, "agreement details",
        {"title", "schedule", "minutes", "caregiver", "start", "end"}, source);
    PeriodicAgreement agreement;
    fields.Read("title", agreement.title, Presence::kRequired);
    fields.Read("schedule", agreement.schedule);
    agreement.minutes = static_cast<int>(
        fields.ReadInteger("minutes", 0, 24 * 60 * 7).value_or(0));
    fields.Read("caregiver", agreement.caregiver);
    fields.Read("start", agreement.start);
    fields.Read("end", agreement.end);
    WarnIfEndBeforeStart(fields, agreement.start, agreement.end);
    client.periodic_agreements.push_back(std::move(agreement));
  }
}

void LoadMedication(const ClientFolder& folder, Client& client,
                    Diagnostics& diagnostics) {
  YamlSource source(folder.Display("medication.yaml"), diagnostics);
  std::optional<YAML::Node> list =
      ReadListFile(folder, "medication.yaml", "medication", source);
  if (!list) {
    return;
  }

  for (const YAML::Node& item : *list) {
    FieldReader fields(
        item, "medication details",
        {"name", "dose", "schedule", "start", "end", "prescriber", "notes"},
        source);
    Medication medication;
    fields.Read("name", medication.name, Presence::kRequired);
    fields.Read("dose", medication.dose);
    fields.Read("schedule", medication.schedule);
    fields.Read("start", medication.start);
    fields.Read("end", medication.end);
    fields.Read("prescriber", medication.prescriber);
    fields.Read("notes", medication.notes);
    WarnIfEndBeforeStart(fields, medication.start, medication.end);
    client.medication.push_back(std::move(medication));
  }
}

void LoadPresence(const ClientFolder& folder, Client& client,
                  Diagnostics& diagnostics) {
  YamlSource source(folder.Display("presence.yaml"), diagnostics);
  std::optional<YAML::Node> list =
      ReadListFile(folder, "presence.yaml", "presence entries", source);
  if (!list) {
    return;
  }

  for (const YAML::Node& item : *list) {
    FieldReader fields(item, "presence details",
                       {"date", "start", "end", "caregiver", "activity"},
                       source);
    PresenceEntry entry;
    fields.Read("date", entry.date, Presence::kRequired);
    fields.Read("start", entry.start, Presence::kRequired);
    fields.Read("end", entry.end, Presence::kRequired);
    fields.Read("caregiver", entry.caregiver);
    fields.Read("activity", entry.activity);
    // Only valid times are compared, because Read reported invalid ones.
    std::optional<TimeOfDay> start =
        ParseTimeOfDay(fields.Value("start").Scalar());
    std::optional<TimeOfDay> end = ParseTimeOfDay(fields.Value("end").Scalar());
    // An end before the start is a night shift that ends the next day.
    if (start && end && *end == *start) {
      source.Error(fields.Value("end").Mark(),
                   "end " + Quote(end->Iso()) + " equals start " +
                       Quote(start->Iso()) +
                       ", expected another time (an earlier end means the "
                       "next day)");
    }
    client.presence.push_back(std::move(entry));
  }

  std::stable_sort(client.presence.begin(), client.presence.end(),
                   [](const PresenceEntry& a, const PresenceEntry& b) {
                     return std::tie(a.date, a.start) <
                            std::tie(b.date, b.start);
                   });
}

}  // namespace inzage::loader
