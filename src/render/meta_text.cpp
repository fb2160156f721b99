#include "render/meta_text.h"

#include "render/html_body.h"

namespace charterc {

namespace {

std::vector<Inline> InlinesOr(const std::vector<Inline>& inlines, const std::string& text) {
  if (!inlines.empty() || text.empty()) return inlines;
  return {Inline{InlineKind::Text, text, {}, {}, {}, false}};
}

}  // namespace

std::string MetaText(const Project& project, const UiStrings& strings, const std::vector<Inline>& inlines) {
  return PlainText(inlines, [&](const std::string& name) { return FormattedFact(project, strings, name); });
}

void AppendMetaHtml(const RenderContext& context, const std::vector<Inline>& inlines, pugi::xml_node parent) {
  RenderHtmlInlines(context, inlines, parent);
}

std::vector<Inline> TitleInlines(const DocumentMeta& meta) { return InlinesOr(meta.title_inlines, meta.title); }
std::vector<Inline> SummaryInlines(const DocumentMeta& meta) { return InlinesOr(meta.summary_inlines, meta.summary); }

std::string TitleText(const Project& project, const UiStrings& strings, const Document& doc) {
  return MetaText(project, strings, TitleInlines(doc.meta));
}

std::string SummaryText(const Project& project, const UiStrings& strings, const Document& doc) {
  return MetaText(project, strings, SummaryInlines(doc.meta));
}

std::string TitleText(const RenderContext& context, const Document& doc) {
  return TitleText(context.project, context.strings, doc);
}

std::string SummaryText(const RenderContext& context, const Document& doc) {
  return SummaryText(context.project, context.strings, doc);
}

}  // namespace charterc
