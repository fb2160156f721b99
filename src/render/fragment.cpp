#include "render/fragment.h"

#include <pugixml.hpp>

#include "model/link_policy.h"
#include "output/output_layout.h"
#include "output/url_encoding.h"
#include "render/html5_writer.h"
#include "render/html_page.h"
#include "render/page_template.h"

namespace charterc {

namespace {

// Attributes that hold ids (space-separated): each is renamed as the ids are.
constexpr const char* kIdLists[] = {"aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "for", "headers"};

// Ids the page already prefixes ("charterc-contents") keep their name
// under the default prefix rather than doubling it.
std::string PrefixedToken(const std::string& token, const std::string& prefix) {
  return token.rfind(prefix + "-", 0) == 0 ? token : prefix + "-" + token;
}

// Each of the space-separated `tokens` (classes, ids) under `prefix`.
std::string Prefixed(const std::string& tokens, const std::string& prefix) {
  std::string out, token;
  auto flush = [&] {
    if (token.empty()) return;
    out += (out.empty() ? "" : " ") + PrefixedToken(token, prefix);
    token.clear();
  };
  for (char c : tokens) {
    if (c == ' ' || c == '\t' || c == '\n') flush();
    else token += c;
  }
  flush();
  return out;
}

// A link of the page, as it must read inside a host page at another
// address: anchors renamed, other pages of the site made absolute or
// rooted, other schemes left alone.
std::string FragmentLink(const std::string& href, const std::string& page_path, const OutputLayout& layout,
                         const std::string& prefix) {
  if (href.empty()) return href;
  if (href.front() == '#') return "#" + PrefixedToken(href.substr(1), prefix);
  if (href.front() == '/' || !LinkScheme(href).empty()) return href;
  return layout.PublishedHref(OutputLayout::Resolve(EncodeUrlPath(page_path), href));  // href is encoded
}

void Rename(pugi::xml_node element, const std::string& page_path, const OutputLayout& layout,
            const std::string& prefix) {
  for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    if (pugi::xml_attribute a = child.attribute("class")) a = Prefixed(a.value(), prefix).c_str();
    if (pugi::xml_attribute a = child.attribute("id")) a = Prefixed(a.value(), prefix).c_str();
    for (const char* name : kIdLists) {
      if (pugi::xml_attribute a = child.attribute(name)) a = Prefixed(a.value(), prefix).c_str();
    }
    if (pugi::xml_attribute a = child.attribute("href")) a = FragmentLink(a.value(), page_path, layout, prefix).c_str();
    if (pugi::xml_attribute a = child.attribute("src")) a = FragmentLink(a.value(), page_path, layout, prefix).c_str();
    Rename(child, page_path, layout, prefix);
  }
}

}  // namespace

std::string RenderFragment(const RenderContext& context, const std::string& prefix) {
  const Document& doc = context.document;
  pugi::xml_document dom;
  pugi::xml_node root = dom.append_child("article");
  root.append_attribute("class") = (prefix + "-fragment").c_str();
  SetLanguageAttributes(root, doc.meta.lang);
  AppendDocumentContent(context, root);
  const OutputLayout layout(context.project.config.base_url, context.project.config.path_prefix);
  Rename(root, OutputLayout::Document(doc.meta.lang, doc.name), layout, prefix);
  return WriteHtml5Element(root) + "\n";
}

std::string FragmentStylesheet(const Theme& theme, const std::string& prefix) {
  const std::string from = "charterc-";
  const std::string to = prefix + "-";
  std::string css = theme.fragment_stylesheet;
  if (to == from) return css;
  for (size_t at = css.find(from); at != std::string::npos; at = css.find(from, at + to.size())) {
    css.replace(at, from.size(), to);
  }
  return css;
}

}  // namespace charterc
