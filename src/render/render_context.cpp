#include "render/render_context.h"

#include "i18n/fact_formatter.h"

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

std::string WithFactsFormatted(const Project& project, const UiStrings& strings, const std::string& text) {
  std::string out;
  size_t pos = 0;
  for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", pos)) {
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 2, close - open - 2);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    out += text.substr(pos, open - pos) + Formatted(project, strings, name);
    pos = close + 2;
  }
  return out + text.substr(pos);
}

}  // namespace charterc
