#include "render/page_template.h"

#include "output/output_layout.h"

namespace charterc {

void SetLanguageAttributes(pugi::xml_node element, const std::string& lang) {
  element.append_attribute("lang") = lang.c_str();
  element.append_attribute("dir") = TextDirection(lang).c_str();
}

void SetListNumbering(pugi::xml_node list, const icu::Locale& locale) {
  std::string style = CssCounterStyle(locale);
  if (style != "decimal") list.append_attribute("style") = ("list-style-type: " + style).c_str();
}

void AppendIsolated(pugi::xml_node parent, const std::string& text, bool rtl_page) {
  if (rtl_page) parent = parent.append_child("bdi");
  parent.append_child(pugi::node_pcdata).set_value(text.c_str());
}

void AppendText(pugi::xml_node parent, const char* name, const std::string& text, const char* css_class) {
  pugi::xml_node node = parent.append_child(name);
  if (css_class) node.append_attribute("class") = css_class;
  node.text() = text.c_str();
}

void FillCommon(PageTemplate& page, const UiStrings& strings, const Project& project, const std::string& page_path) {
  page.SetAttribute("stylesheet", "href", OutputLayout::Href(page_path, OutputLayout::kStylesheet));
  page.SetText("skip-link", strings.Format("skip-to-content"));
  page.SetText("home", project.config.title);
  page.SetAttribute("home", "href", OutputLayout::Href(page_path, OutputLayout::kIndex));
  AppendText(page.Slot("footer"), "p", strings.Format("published-with"));
}

}  // namespace charterc
