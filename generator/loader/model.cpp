#include "loader/model.h"

#include <fmt/format.h>

#include <cstdint>

namespace inzage::loader {

std::string Date::Iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::string TimeOfDay::Iso() const {
  return fmt::format("{:02}:{:02}", hour, minute);
}

std::string DateTime::Iso() const {
  std::string text = date.Iso() + "T" + time.Iso();
  if (second != 0) {
    text += fmt::format(":{:02}", second);
  }
  return text;
}

std::string Decimal::Plain() const {
  // The magnitude is unsigned so that the most negative value has one too.
  std::uint64_t magnitude = hundredths < 0
                                ? 0 - static_cast<std::uint64_t>(hundredths)
                                : static_cast<std::uint64_t>(hundredths);
  return fmt::format("{}{}.{:02}", hundredths < 0 ? "-" : "", magnitude / 100,
                     magnitude % 100);
}

TabSwitches Client::Tabs(const TabSwitches& site) const {
  TabSwitches tabs = site;
  tabs.contacts = tab_overrides.contacts.value_or(site.contacts);
  tabs.medication = tab_overrides.medication.value_or(site.medication);
  tabs.presence = tab_overrides.presence.value_or(site.presence);
  tabs.dossier = tab_overrides.dossier.value_or(site.dossier);
  tabs.invoices = tab_overrides.invoices.value_or(site.invoices);
  return tabs;
}

}  // namespace inzage::loader
