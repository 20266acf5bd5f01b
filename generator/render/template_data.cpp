#include "render/template_data.h"

namespace inzage::render {

TemplateData NewList() {
  return TemplateData(TemplateData::type::list);
}

void SetText(TemplateData& object, const std::string& key,
             const std::string& value) {
  if (value.empty()) {
    object.set(key, false);
  } else {
    object.set(key, value);
  }
}

void SetDate(TemplateData& object, const std::string& key, const Locale& locale,
             const std::optional<loader::Date>& date) {
  if (!date) {
    object.set(key, false);
    return;
  }
  TemplateData value;
  value.set("text", locale.FormatDate(*date));
  value.set("iso", date->Iso());
  object.set(key, value);
}

void SetDateTime(TemplateData& object, const std::string& key,
                 const Locale& locale, const loader::DateTime& when) {
  TemplateData value;
  value.set("text", locale.FormatDateTime(when));
  value.set("iso", when.Iso());
  object.set(key, value);
}

}  // namespace inzage::render
