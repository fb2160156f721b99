#include <doctest/doctest.h>

#include <pugixml.hpp>

#include "render/commitments_csv.h"
#include "render/sitemap.h"

using namespace charterc;

TEST_CASE("values a spreadsheet would run as formulas are written as text") {
  CHECK(SpreadsheetSafe("=HYPERLINK(\"http://x\",\"y\")") == "'=HYPERLINK(\"http://x\",\"y\")");
  CHECK(SpreadsheetSafe("+44 20 7946 0000") == "'+44 20 7946 0000");
  CHECK(SpreadsheetSafe("-2+3") == "'-2+3");
  CHECK(SpreadsheetSafe("@SUM(A1)") == "'@SUM(A1)");
  CHECK(SpreadsheetSafe("\t=1") == "'\t=1");
  CHECK(SpreadsheetSafe("\r=1") == "'\r=1");
  CHECK(SpreadsheetSafe("We answer = promptly") == "We answer = promptly");
  CHECK(SpreadsheetSafe("") == "");
  CHECK(SpreadsheetSafe("2 working days") == "2 working days");
}

TEST_CASE("CSV fields are quoted only when RFC 4180 asks") {
  CHECK(CsvField("plain text") == "plain text");
  CHECK(CsvField("") == "");
  CHECK(CsvField("a, b") == "\"a, b\"");
  CHECK(CsvField("say \"yes\"") == "\"say \"\"yes\"\"\"");
  CHECK(CsvField("two\nlines") == "\"two\nlines\"");
  CHECK(CsvField("cr\r") == "\"cr\r\"");
  // Not a separator in CSV: left alone.
  CHECK(CsvField("a;b\tc") == "a;b\tc");
  CHECK(CsvField("ymateb o fewn 2 ddiwrnod") == "ymateb o fewn 2 ddiwrnod");
}

TEST_CASE("the sitemap lists every page with its languages as alternates") {
  const OutputLayout layout("https://example.org/charters/");
  std::string xml = SitemapXml(layout, {{"index.html", "", {}},
                                        {"en/charter.html", "2026-09-01", {{"en", "en/charter.html"}, {"cy", "cy/charter.html"}}},
                                        {"cy/charter.html", "2026-09-01", {{"en", "en/charter.html"}, {"cy", "cy/charter.html"}}}});
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node set = doc.child("urlset");
  CHECK(std::string(set.attribute("xmlns").value()) == "http://www.sitemaps.org/schemas/sitemap/0.9");
  CHECK(std::string(set.attribute("xmlns:xhtml").value()) == "http://www.w3.org/1999/xhtml");
  std::vector<pugi::xml_node> urls;
  for (pugi::xml_node url : set.children("url")) urls.push_back(url);
  REQUIRE(urls.size() == 3);
  CHECK(std::string(urls[0].child_value("loc")) == "https://example.org/charters/index.html");
  CHECK(!urls[0].child("lastmod"));
  CHECK(!urls[0].child("xhtml:link"));
  CHECK(std::string(urls[2].child_value("loc")) == "https://example.org/charters/cy/charter.html");
  CHECK(std::string(urls[2].child_value("lastmod")) == "2026-09-01");
  std::vector<std::string> alternates;
  for (pugi::xml_node link : urls[2].children("xhtml:link")) {
    CHECK(std::string(link.attribute("rel").value()) == "alternate");
    alternates.push_back(std::string(link.attribute("hreflang").value()) + " " + link.attribute("href").value());
  }
  CHECK(alternates == std::vector<std::string>{"en https://example.org/charters/en/charter.html",
                                               "cy https://example.org/charters/cy/charter.html",
                                               "x-default https://example.org/charters/en/charter.html"});
}
