#include "render/outside_links.h"

#include <vector>

#include "output/output_layout.h"
#include "output/url_encoding.h"
#include "model/link_policy.h"

namespace charterc {

namespace {

// The document a generated page address names ("charter.html#x" -> "charter").
std::string PageName(const std::string& file) {
  const std::string suffix = ".html";
  bool page = file.size() > suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0;
  return page ? file.substr(0, file.size() - suffix.size()) : "";
}

void Unwrap(pugi::xml_node link) {
  pugi::xml_node parent = link.parent();
  while (pugi::xml_node child = link.first_child()) parent.insert_move_before(child, link);
  parent.remove_child(link);
}

}  // namespace

void ResolveOutsideLinks(pugi::xml_node root, const RenderContext& context, const std::set<std::string>& included,
                         const std::string& included_extension) {
  std::vector<pugi::xml_node> links;
  for (pugi::xpath_node found : root.select_nodes("//a[@href]")) links.push_back(found.node());
  const OutputLayout layout(context.project.config.base_url);
  // Hrefs on the page are percent-encoded: names are compared encoded.
  const std::string here = EncodeUrlPath(OutputLayout::Document(context.document.meta.lang, context.document.name));
  std::set<std::string> included_hrefs;
  for (const std::string& name : included) included_hrefs.insert(EncodeUrlPath(name));
  for (pugi::xml_node link : links) {
    std::string href = link.attribute("href").value();
    if (href.empty() || href[0] == '#' || !LinkScheme(href).empty()) continue;
    std::string file = href.substr(0, href.find('#'));
    std::string fragment = href.substr(file.size());
    std::string name = PageName(file);
    if (name == EncodeUrlPath(context.document.name) && !fragment.empty()) {
      link.attribute("href") = fragment.c_str();  // within the document itself
    } else if (!name.empty() && included_hrefs.count(name) > 0) {
      link.attribute("href") = (name + included_extension + fragment).c_str();
    } else if (layout.HasBaseUrl()) {
      link.attribute("href") = layout.AbsoluteHref(OutputLayout::Resolve(here, href)).c_str();
    } else {
      Unwrap(link);
    }
  }
}

}  // namespace charterc
