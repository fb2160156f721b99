#include "render/render_context.h"

#include "i18n/fact_formatter.h"

namespace charterc {

std::string FormattedFact(const RenderContext& context, const std::string& name) {
  auto fact = context.project.facts.find(name);
  if (fact == context.project.facts.end()) return "{{ " + name + " }}";
  return FormatFact(fact->second, context.strings);
}

}  // namespace charterc
