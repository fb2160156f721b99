#include <doctest/doctest.h>

#include "render/html5_writer.h"

using namespace charterc;

TEST_CASE("void elements are written the HTML5 way and text is escaped") {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("p");
  p.append_child(pugi::node_pcdata).set_value("a < b & \"c\"");
  p.append_child("br");
  pugi::xml_node a = p.append_child("a");
  a.append_attribute("href") = "x?a=1&b=\"2\"";
  a.text() = "link";
  CHECK(WriteHtml5Element(p) == "<p>a &lt; b &amp; \"c\"<br><a href=\"x?a=1&amp;b=&quot;2&quot;\">link</a></p>\n");
}

TEST_CASE("empty elements keep their closing tag") {
  pugi::xml_document doc;
  pugi::xml_node main = doc.append_child("main");
  CHECK(WriteHtml5Element(main) == "<main></main>\n");
}

TEST_CASE("style and script text is raw, and cannot close its element early") {
  pugi::xml_document doc;
  pugi::xml_node style = doc.append_child("style");
  style.text() = "main > p::after { content: \"</style>\"; }";
  CHECK(WriteHtml5Element(style) == "<style>main > p::after { content: \"<\\/style>\"; }</style>");
}
