#include "render/render_context.h"

#include "i18n/fact_formatter.h"
#include "i18n/locale_info.h"
#include "model/fact_placeholders.h"

namespace charterc {

namespace {

std::string Formatted(const Project& project, const UiStrings& strings, const std::string& name) {
  auto fact = project.facts.find(name);
  if (fact == project.facts.end()) return "{{ " + name + " }}";
  return FormatFact(fact->second, strings);
}

}  // namespace

std::string FormattedFact(const RenderContext& context, const std::string& name) {
  return Formatted(context.project, context.strings, name);
}

std::string FormattedFact(const Project& project, const UiStrings& strings, const std::string& name) {
  return Formatted(project, strings, name);
}

std::string WithFactsFormatted(const Project& project, const UiStrings& strings, const std::string& text) {
  std::string out;
  SplitFactPlaceholders(
      text, [&](std::string_view plain) { out += plain; },
      [&](const std::string& name, std::string_view) { out += Formatted(project, strings, name); });
  return out;
}

std::string LanguageName(const std::string& lang, const UiStrings& strings) {
  icu::Locale locale;
  if (!ParseLanguageTag(lang, &locale)) return lang;
  // The language alone: "English", not "English (United Kingdom)", in a notice.
  icu::UnicodeString name;
  LanguageAndScript(locale).getDisplayName(strings.locale(), name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

}  // namespace charterc
