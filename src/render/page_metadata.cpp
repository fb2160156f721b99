#include "render/page_metadata.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "output/output_layout.h"
#include "render/meta_text.h"

namespace charterc {

namespace {

using Json = nlohmann::ordered_json;

// Open Graph writes locales as language_TERRITORY: "en_GB", "zh_Hans" is
// not one, so only a language and region are kept.
std::string OpenGraphLocale(const std::string& lang) {
  std::string language = lang.substr(0, lang.find('-'));
  size_t dash = lang.rfind('-');
  if (dash == std::string::npos) return language;
  std::string region = lang.substr(dash + 1);
  bool is_region = region.size() == 2 || (region.size() == 3 && isdigit(static_cast<unsigned char>(region[0])));
  return is_region ? language + "_" + region : language;
}

void AddProperty(PageTemplate& page, const char* property, const std::string& content) {
  if (!content.empty()) page.AddHead("meta", "property", property, "content", content);
}

}  // namespace

std::string PageDescription(const RenderContext& context) {
  const DocumentMeta& meta = context.document.meta;
  if (!meta.summary.empty()) return SummaryText(context, context.document);
  std::string type = context.strings.Format(std::string("type-") + DocumentTypeName(meta.type));
  return meta.owner.empty() ? type : type + " – " + meta.owner;
}

std::string PageJsonLd(const RenderContext& context) {
  const DocumentMeta& meta = context.document.meta;
  const OutputLayout layout(context.project.config.base_url, context.project.config.path_prefix);
  const std::string here = OutputLayout::Document(meta.lang, context.document.name);
  Json page = {{"@context", "https://schema.org"}, {"@type", "WebPage"}};
  if (layout.HasBaseUrl()) {
    page["@id"] = layout.Absolute(here);
    page["url"] = layout.Absolute(here);
  }
  page["name"] = TitleText(context, context.document);
  page["description"] = PageDescription(context);
  page["inLanguage"] = meta.lang;
  if (!meta.reviewed.empty()) page["lastReviewed"] = meta.reviewed;
  if (!meta.owner.empty()) page["publisher"] = {{"@type", "Organization"}, {"name", meta.owner}};
  Json site = {{"@type", "WebSite"}, {"name", context.project.config.title}};
  if (layout.HasBaseUrl()) site["url"] = layout.Absolute("");
  page["isPartOf"] = site;
  if (layout.HasBaseUrl() && context.editions.size() > 1) {
    // Each edition in another language, and for an edition its source.
    Json others = Json::array();
    const bool is_edition = context.document.edition.has_value();
    for (const EditionLink& edition : context.editions) {
      // An edition's source is its translationOfWork, not a translation.
      if (edition.lang == meta.lang || (is_edition && &edition == &context.editions.front())) continue;
      others.push_back({{"@type", "WebPage"}, {"@id", layout.Absolute(edition.href)}, {"inLanguage", edition.lang}});
    }
    if (is_edition) page["translationOfWork"] = {{"@id", layout.Absolute(context.editions.front().href)}};
    if (!others.empty()) page["workTranslation"] = others;
  }
  std::string json = page.dump(2, ' ', false, Json::error_handler_t::replace);
  // Inside <script>, "</" would end the element early and "<!--" would
  // make the tokenizer skip the real "</script>": with no "<" at all
  // (JSON's own escape, the same string) neither can happen.
  for (size_t at = json.find('<'); at != std::string::npos; at = json.find('<', at + 6)) json.replace(at, 1, "\\u003c");
  return json;
}

void AddPageMetadata(const RenderContext& context, PageTemplate& page) {
  const DocumentMeta& meta = context.document.meta;
  const OutputLayout layout(context.project.config.base_url, context.project.config.path_prefix);
  const std::string here = OutputLayout::Document(meta.lang, context.document.name);
  const std::string description = PageDescription(context);
  page.AddHead("meta", "name", "description", "content", description);
  if (layout.HasBaseUrl()) page.AddHead("link", "rel", "canonical", "href", layout.Absolute(here));
  AddProperty(page, "og:type", "article");
  AddProperty(page, "og:title", TitleText(context, context.document));
  AddProperty(page, "og:description", description);
  AddProperty(page, "og:site_name", context.project.config.title);
  AddProperty(page, "og:locale", OpenGraphLocale(meta.lang));
  for (const EditionLink& edition : context.editions) {
    if (edition.lang != meta.lang) AddProperty(page, "og:locale:alternate", OpenGraphLocale(edition.lang));
  }
  if (layout.HasBaseUrl()) AddProperty(page, "og:url", layout.Absolute(here));
  pugi::xml_node script = page.Slot("title").parent().append_child("script");
  script.append_attribute("type") = "application/ld+json";
  script.append_child(pugi::node_pcdata).set_value(PageJsonLd(context).c_str());
}

}  // namespace charterc
