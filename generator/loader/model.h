#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The export of a provider's care system, as loaded from content/.
// Field names follow the export contract in docs/export.md.
namespace inzage::loader {

// A calendar date (ISO 8601 YYYY-MM-DD in the export).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  std::string Iso() const;  // "2026-03-02"
  auto operator<=>(const Date&) const = default;
};

// A time of day (HH:MM in the export).
struct TimeOfDay {
  int hour = 0;
  int minute = 0;

  std::string Iso() const;  // "08:05"
  int Minutes() const { return hour * 60 + minute; }
  auto operator<=>(const TimeOfDay&) const = default;
};

// A local date and time (YYYY-MM-DDTHH:MM[:SS] in the export).
struct DateTime {
  Date date;
  TimeOfDay time;
  int second = 0;  // 0-59, which orders reports within the same minute

  // "2026-03-02T08:05", or "2026-03-02T08:05:30" when second is not 0.
  std::string Iso() const;
  auto operator<=>(const DateTime&) const = default;
};

// An amount with two decimals, kept exactly as hundredths ("12.50" -> 1250).
struct Decimal {
  std::int64_t hundredths = 0;

  std::string Plain() const;  // "12.50", "-3.00"
  auto operator<=>(const Decimal&) const = default;
};

// The place in an export file that a value came from, for messages.
struct SourceRef {
  std::string file;  // path as shown to the user, e.g. "content/site.yaml"
  int line = 0;
  int column = 0;
};

// Optional tabs of the client dossier. Algemeen, Zorgafspraken and
// Rapportage are always shown.
struct TabSwitches {
  bool contacts = true;
  bool medication = true;
  bool presence = true;
  bool dossier = true;
  bool invoices = false;
};

// Per-client overrides of the site's tab switches; unset keeps the site's.
struct TabOverrides {
  std::optional<bool> contacts;
  std::optional<bool> medication;
  std::optional<bool> presence;
  std::optional<bool> dossier;
  std::optional<bool> invoices;
};

// Argon2id cost of a login, stored with the site.
struct LoginCost {
  std::uint64_t ops = 6;
  std::uint64_t mem_mib = 64;
};

struct MailSettings {
  std::string from;      // RFC 5322 address, e.g. "Zorg <noreply@zorg.example>"
  std::string site_url;  // the public address of the site, used in mails
};

// site.yaml.
struct Site {
  std::string provider;
  std::string language = "nl";  // "nl" or "en"
  TabSwitches tabs;
  LoginCost login;
  std::string drop_url;  // where the browser sends drops; empty: download
  MailSettings mail;
  SourceRef source;
};

// A page of the bulletin board: board/index.md or board/<slug>.md.
struct BoardPage {
  std::string slug;  // "index" for the landing page
  std::string title;
  int order = 0;
  std::string body_markdown;
  SourceRef source;
};

struct NotifySettings {
  bool messages = false;
  bool reports_and_dossier = false;
};

// users/<username>.yaml.
struct User {
  std::string username;  // normalised: trimmed, ASCII lower case
  std::string name;
  std::string email;
  std::vector<std::string> clients;  // client ids
  NotifySettings notify;
  SourceRef source;
};

struct Contact {
  std::string name;
  std::string relation;
  std::string phone;
  std::string email;
  std::string address;
  std::string notes;
};

struct GeneralAgreement {
  std::string title;
  std::string description_markdown;
};

struct PeriodicAgreement {
  std::string title;
  std::string schedule;  // free text, e.g. "ma-vr 08:00-08:45"
  int minutes = 0;
  std::string caregiver;
  std::optional<Date> start;
  std::optional<Date> end;
};

struct Medication {
  std::string name;
  std::string dose;
  std::string schedule;
  std::optional<Date> start;
  std::optional<Date> end;
  std::string prescriber;
  std::string notes;
};

// clients/<id>/reports/<file>.md.
struct Report {
  std::string file_name;  // e.g. "2026-11-30-0800.md"
  DateTime date;
  std::string author;
  std::string category;
  std::string body_markdown;
};

// One entry of clients/<id>/presence.yaml.
struct PresenceEntry {
  Date date;
  TimeOfDay start;
  TimeOfDay end;
  std::string caregiver;
  std::string activity;
};

// A file that belongs to a dossier item or an invoice. The bytes are not
// loaded; the writer streams them from `path`.
struct Attachment {
  std::string name;  // file name as in the export
  std::string path;  // path on disk
  std::uint64_t size = 0;
};

// clients/<id>/dossier/<item>/item.yaml.
struct DossierItem {
  std::string key;  // the folder name <item>
  std::string title;
  Date date;
  std::string author;
  std::string description_markdown;
  std::vector<Attachment> files;
  bool sign_request = false;
};

// One line of an invoice's specification. Every field is optional in the
// export, so a line can also be a heading or a remark.
struct InvoiceLine {
  std::optional<Date> date;
  std::string description;
  std::string code;
  std::optional<Decimal> quantity;
  std::string unit;
  std::optional<Decimal> rate;
  std::optional<Decimal> amount;
};

// clients/<id>/invoices/<number>.yaml.
struct Invoice {
  std::string number;
  Date date;
  std::string period;  // "YYYY-MM", or empty
  std::optional<Date> due;
  Decimal amount;
  std::optional<Attachment> pdf;
  std::vector<InvoiceLine> lines;
};

// clients/<id>/messages/<file>.yaml: a message from the provider.
struct Message {
  std::string file_name;
  DateTime date;
  std::string from;
  bool to_all = false;
  std::vector<std::string> to;  // usernames when not to_all
  std::string subject;
  std::string body_markdown;
  std::string thread;
};

// Everything under clients/<id>/.
struct Client {
  std::string id;  // folder name, e.g. "c-1001"
  std::string name;
  std::optional<Date> birth_date;
  std::string address;
  std::string phone;
  std::string financing;
  std::string personal_caregiver;
  std::vector<std::pair<std::string, std::string>> general;  // export order
  TabOverrides tab_overrides;

  std::vector<Contact> contacts;
  std::vector<GeneralAgreement> general_agreements;
  std::vector<PeriodicAgreement> periodic_agreements;
  std::vector<Medication> medication;
  std::vector<Report> reports;  // newest first
  std::vector<PresenceEntry> presence;  // oldest first
  std::vector<DossierItem> dossier;  // newest first
  std::vector<Invoice> invoices;  // newest first
  std::vector<Message> messages;  // newest first
  SourceRef source;

  // The tabs this client shows, from the site's switches and the overrides.
  TabSwitches Tabs(const TabSwitches& site) const;
};

}  // namespace inzage::loader
