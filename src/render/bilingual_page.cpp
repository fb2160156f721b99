#include "render/bilingual_page.h"

#include "output/output_layout.h"
#include "i18n/locale_info.h"
#include "render/html_body.h"
#include "render/meta_text.h"
#include "render/page_template.h"

namespace charterc {

namespace {

// Marks `element` as written in the context's language.
pugi::xml_node InLanguage(pugi::xml_node element, const RenderContext& context) {
  SetLanguageAttributes(element, context.document.meta.lang);
  return element;
}

}  // namespace

bool RenderBilingualPage(const RenderContext& first, const RenderContext& second, const Theme& theme,
                         std::string* html, std::string* error) {
  PageTemplate page;
  if (!page.Parse(theme, error)) return false;
  const DocumentMeta& meta = first.document.meta;
  page.SetLanguage(meta.lang);
  page.AllowRemoteImages(first.project.config.remote_images);
  page.SetText("title", TitleText(first, first.document) + " / " + TitleText(second, second.document) + " – " +
                            first.project.config.title);
  FillCommon(page, first.strings, first.project,
             OutputLayout::Bilingual(first.document.meta.lang, second.document.meta.lang, first.document.name));
  pugi::xml_node main = page.Slot("main");
  AppendText(main, "p", first.strings.Format("bilingual-edition"), "document-type");
  pugi::xml_node heading = main.append_child("h1");
  heading.append_attribute("class") = "bilingual-title";
  AppendMetaHtml(first, TitleInlines(meta), InLanguage(heading.append_child("span"), first));
  AppendMetaHtml(second, TitleInlines(second.document.meta), InLanguage(heading.append_child("span"), second));

  pugi::xml_node body = main.append_child("div");
  body.append_attribute("class") = "document-body bilingual";
  const std::vector<Block>& left = first.document.blocks;
  const std::vector<Block>& right = second.document.blocks;
  std::string second_prefix = second.document.meta.lang + "-";
  for (size_t i = 0; i < left.size() || i < right.size(); ++i) {
    pugi::xml_node row = body.append_child("div");
    row.append_attribute("class") = "bilingual-row";
    if (i < left.size()) {
      pugi::xml_node cell = InLanguage(row.append_child("div"), first);
      cell.append_attribute("class") = "bilingual-cell";
      RenderHtmlBlocks(first, {left[i]}, cell);
    }
    if (i < right.size()) {
      pugi::xml_node cell = InLanguage(row.append_child("div"), second);
      cell.append_attribute("class") = "bilingual-cell";
      RenderHtmlBlocks(second, {right[i]}, cell, second_prefix);
    }
  }
  *html = page.Write();
  return true;
}

}  // namespace charterc
