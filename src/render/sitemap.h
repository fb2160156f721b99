#pragma once
// out/sitemap.xml (sitemaps.org 0.9), written with pugixml: every public
// page with its absolute URL, its last review date as <lastmod>, and for a
// document in several languages an <xhtml:link rel="alternate"
// hreflang="..."> for each (itself included) and x-default for the
// source, as search engines ask. Only with a base URL: the protocol wants
// absolute URLs.

#include <string>
#include <utility>
#include <vector>

#include "output/output_layout.h"

namespace charterc {

struct SitemapPage {
  std::string path;     // relative to the output folder
  std::string lastmod;  // ISO date; empty: none
  // hreflang and path of every language of the page, the source first;
  // empty for a page in one language.
  std::vector<std::pair<std::string, std::string>> alternates;
};

std::string SitemapXml(const OutputLayout& layout, const std::vector<SitemapPage>& pages);

}  // namespace charterc
