#include "model/inline.h"

namespace charterc {

std::string PlainText(const std::vector<Inline>& inlines, const FactText& fact_text) {
  std::string text;
  for (const Inline& node : inlines) {
    switch (node.kind) {
      case InlineKind::Text:
      case InlineKind::Code: text += node.text; break;
      case InlineKind::SoftBreak:
      case InlineKind::LineBreak: text += ' '; break;
      case InlineKind::Fact: text += fact_text ? fact_text(node.text) : "{{ " + node.text + " }}"; break;
      default: text += PlainText(node.children, fact_text); break;
    }
  }
  return text;
}

}  // namespace charterc
