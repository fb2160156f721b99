#pragma once
// Shows a fact's value in a language: "14 days", "14 jours", "2 working
// days", "£0.20", "90%". ICU does all number, unit and currency formatting;
// "working day" has no CLDR unit, so it comes from a plural UI message.

#include <string>

#include "i18n/ui_strings.h"
#include "model/fact.h"

namespace charterc {

std::string FormatFact(const Fact& fact, const UiStrings& strings);

}  // namespace charterc
