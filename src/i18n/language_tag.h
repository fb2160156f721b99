#pragma once
// Whether a language tag a user wrote (a --lang argument, a locales/<tag>/
// folder, a charters/<doc>.<tag>.md file, a charterc.yaml entry) names a
// language: well-formed BCP 47 is not enough, since "german" is a
// well-formed (if unregistered) language subtag and would otherwise become
// out/german/ and hreflang="german".

#include <string>

namespace charterc {

struct LanguageTagCheck {
  bool known = false;      // a language ICU has a name for
  std::string canonical;   // when known: "en-GB" for "EN_gb"
  std::string suggestion;  // when not: the tag of the language this names ("german", "Deutsch" -> "de"), or empty
};

LanguageTagCheck CheckLanguageTag(const std::string& tag);

// "did you mean de?" or, with no suggestion, a line on how tags are written.
std::string LanguageTagHint(const LanguageTagCheck& check);

}  // namespace charterc
