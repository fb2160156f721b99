#pragma once
// The theme's page template (XHTML with data-slot="..." elements), parsed
// and filled by every page renderer: documents, the index, traceability.

#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "i18n/locale_info.h"
#include "i18n/ui_strings.h"
#include "model/project.h"
#include "render/content_policy.h"
#include "render/html5_writer.h"
#include "render/template_safety.h"
#include "render/theme.h"

namespace charterc {

// Marks `element` as written in `lang`: its lang and dir attributes, so
// screen readers switch voice and bidi text is laid out right.
void SetLanguageAttributes(pugi::xml_node element, const std::string& lang);

// An ordered list counts in the page's digits (list-style-type
// arabic-indic on an Arabic page), as its facts and page numbers do; a
// browser would count in 1, 2, 3 otherwise. Nothing for decimal digits.
void SetListNumbering(pugi::xml_node list, const icu::Locale& locale);

// Text whose direction may differ from a right-to-left page's (an id, a
// code such as "CSE 4.2.1") as its own bidi run: <bdi>, so "#greeting"
// does not render as "greeting#". On a left-to-right page, plain text.
void AppendIsolated(pugi::xml_node parent, const std::string& text, bool rtl_page);

// The parsed template with its slots found.
class PageTemplate {
 public:
  bool Parse(const Theme& theme, std::string* error, size_t* offset = nullptr) {
    pugi::xml_parse_result result = doc_.load_string(theme.page_template.c_str());
    if (!result) {
      *error = std::string("page template is not well-formed XHTML: ") + result.description();
      if (offset) *offset = static_cast<size_t>(result.offset);
      return false;
    }
    for (pugi::xpath_node found : doc_.select_nodes("//*[@data-slot]")) {
      pugi::xml_node node = found.node();
      slots_[node.attribute("data-slot").value()] = node;
      node.remove_attribute("data-slot");
    }
    for (const char* name : {"title", "stylesheet", "skip-link", "home", "main", "footer"}) {
      if (!slots_[name]) {
        *error = std::string("page template has no element with data-slot=\"") + name + "\"";
        return false;
      }
    }
    pugi::xml_node head = doc_.document_element().child("head");
    if (!head) {
      *error = "page template has no <head> element";
      return false;
    }
    if (std::optional<TemplateProblem> problem = FindActiveContent(doc_)) {
      *error = problem->message;
      if (offset) *offset = problem->offset;
      return false;
    }
    doc_.document_element().remove_attribute("xmlns");
    AddContentPolicy(head, kPagePolicy);
    return true;
  }

  void SetLanguage(const std::string& lang) { SetLanguageAttributes(doc_.document_element(), lang); }
  // For a page that may show images from the project's allow-remote folders.
  void AllowRemoteImages(const std::vector<std::string>& prefixes) {
    if (!prefixes.empty()) SetContentPolicy(doc_.document_element().child("head"), PagePolicyAllowing(prefixes));
  }

  void SetText(const char* slot, const std::string& text) { slots_[slot].text() = text.c_str(); }
  void SetAttribute(const char* slot, const char* name, const std::string& value) {
    pugi::xml_node node = slots_[slot];
    if (!node.attribute(name)) node.append_attribute(name);
    node.attribute(name) = value.c_str();
  }
  pugi::xml_node Slot(const char* name) { return slots_[name]; }
  // Adds <meta name=...> or <link rel=...> at the end of <head>.
  void AddHead(const char* element, const char* key, const char* key_value, const char* value_attribute,
               const std::string& value) {
    pugi::xml_node node = doc_.document_element().child("head").append_child(element);
    node.append_attribute(key) = key_value;
    node.append_attribute(value_attribute) = value.c_str();
  }
  // <link rel="alternate" hreflang="..." href="..."> at the end of <head>.
  void AddAlternate(const std::string& hreflang, const std::string& href) {
    pugi::xml_node node = doc_.document_element().child("head").append_child("link");
    node.append_attribute("rel") = "alternate";
    node.append_attribute("hreflang") = hreflang.c_str();
    node.append_attribute("href") = href.c_str();
  }
  std::string Write() const { return WriteHtml5Document(doc_); }

 private:
  pugi::xml_document doc_;
  std::map<std::string, pugi::xml_node> slots_;
};

// Appends <name class="css_class">text</name> to `parent`.
void AppendText(pugi::xml_node parent, const char* name, const std::string& text, const char* css_class = nullptr);

// The parts every page shares: stylesheet, skip link, home link, footer.
// `page_path` is where the page is written, relative to the output folder
// (output/output_layout.h): its links to the stylesheet and home start there.
void FillCommon(PageTemplate& page, const UiStrings& strings, const Project& project, const std::string& page_path);

}  // namespace charterc
