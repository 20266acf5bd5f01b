#include <string>

#include "render/client_tabs.h"

namespace inzage::render {
namespace {

// Returns "tel:" followed by the digits of `phone` and a leading '+', or ""
// when `phone` has no digit. For example, "0570 000 117" gives
// "tel:0570000117".
std::string PhoneHref(const std::string& phone) {
  std::string number;
  for (char c : phone) {
    if ((c >= '0' && c <= '9') || (c == '+' && number.empty())) {
      number += c;
    }
  }
  const bool has_digit = number.find_first_not_of('+') != std::string::npos;
  return has_digit ? "tel:" + number : "";
}

TemplateData ContactData(const loader::Contact& contact) {
  TemplateData data;
  data.set("name", contact.name);
  SetText(data, "relation", contact.relation);
  SetText(data, "phone", contact.phone);
  SetText(data, "phone_href", PhoneHref(contact.phone));
  SetText(data, "email", contact.email);
  SetText(data, "email_href",
          contact.email.empty() ? "" : "mailto:" + contact.email);
  SetText(data, "address", contact.address);
  SetText(data, "notes", contact.notes);
  return data;
}

}  // namespace

void RenderContactsTab(ClientPageWriter& writer, const loader::Client& client) {
  TemplateData rows = NewList();
  for (std::size_t i = 0; i < client.contacts.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    TemplateData contact = ContactData(client.contacts[i]);

    TemplateData detail = contact;
    detail.set("back", writer.BackLink("contacts"));
    writer.AddPage("contacts/" + number, "contact", detail);

    contact.set("href", writer.Href("contacts", number));
    rows.push_back(contact);
  }

  TemplateData page;
  page.set("has_contacts", !client.contacts.empty());
  page.set("contacts", rows);
  writer.AddPage("contacts", "contacts", page);
}

}  // namespace inzage::render
