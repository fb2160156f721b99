#include "render/sitemap.h"

#include <sstream>

#include <pugixml.hpp>

namespace charterc {

namespace {

void AppendAlternate(pugi::xml_node url, const std::string& hreflang, const std::string& href) {
  pugi::xml_node link = url.append_child("xhtml:link");
  link.append_attribute("rel") = "alternate";
  link.append_attribute("hreflang") = hreflang.c_str();
  link.append_attribute("href") = href.c_str();
}

}  // namespace

std::string SitemapXml(const OutputLayout& layout, const std::vector<SitemapPage>& pages) {
  pugi::xml_document doc;
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node set = doc.append_child("urlset");
  set.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
  set.append_attribute("xmlns:xhtml") = "http://www.w3.org/1999/xhtml";
  for (const SitemapPage& page : pages) {
    pugi::xml_node url = set.append_child("url");
    url.append_child("loc").text() = layout.Absolute(page.path).c_str();
    if (!page.lastmod.empty()) url.append_child("lastmod").text() = page.lastmod.c_str();
    for (const auto& [lang, path] : page.alternates) AppendAlternate(url, lang, layout.Absolute(path));
    if (!page.alternates.empty()) AppendAlternate(url, "x-default", layout.Absolute(page.alternates.front().second));
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace charterc
