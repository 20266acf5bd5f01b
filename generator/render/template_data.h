#pragma once

#include <kainjow/mustache.hpp>
#include <optional>
#include <string>

#include "loader/model.h"
#include "render/locale.h"

// Helpers that build the mustache data of a page.
namespace inzage::render {

using TemplateData = kainjow::mustache::data;

// Returns an empty mustache list.
TemplateData NewList();

// Sets `key` to `value`, or to false when `value` is empty. kainjow treats
// an empty string as true, and false lets {{#key}}…{{/key}} skip a field
// without a value. A key is always set because mustache looks up a missing
// key in the enclosing contexts: a list item without "amount" would show
// the page's amount.
void SetText(TemplateData& object, const std::string& key,
             const std::string& value);

// Sets `key` to {text: "2 maart 1941", iso: "1941-03-02"}, for
// <time datetime="{{iso}}">{{text}}</time>, or to false for an absent date.
void SetDate(TemplateData& object, const std::string& key, const Locale& locale,
             const std::optional<loader::Date>& date);

// Sets `key` to {text: "2 maart 1941, 08:05", iso: "1941-03-02T08:05"}. The
// text leaves out seconds, the iso form has them when they are not 0.
void SetDateTime(TemplateData& object, const std::string& key,
                 const Locale& locale, const loader::DateTime& when);

}  // namespace inzage::render
