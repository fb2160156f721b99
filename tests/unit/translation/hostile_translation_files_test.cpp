#include <doctest/doctest.h>

#include "translation/po_nul_scan.h"
#include "translation/xml_entity_scan.h"

using namespace charterc;

TEST_CASE("a NUL in a PO string is found, as a byte or an escape") {
  CHECK(FindNulInPoStrings("msgid \"a\"\nmsgstr \"b\"\n") == std::nullopt);
  // m-s-g-s-t-r, space, quote, a, b: the backslash is byte 10.
  CHECK(FindNulInPoStrings("msgstr \"ab\\0c\"\n") == size_t{10});
  CHECK(FindNulInPoStrings("msgstr \"ab\\000\"\n") == size_t{10});
  CHECK(FindNulInPoStrings("msgstr \"ab\\x00\"\n") == size_t{10});
  CHECK(FindNulInPoStrings(std::string_view("msgstr \"a\0b\"\n", 13)) == size_t{9});
  // "\\0" is a backslash then the digit 0; "\012" is a line feed; comments are not strings.
  CHECK(FindNulInPoStrings("msgstr \"a\\\\0 \\012\"\n# \\0 in a comment\n") == std::nullopt);
}

TEST_CASE("entities XML does not define are found; XXE and entity bombs among them") {
  CHECK(FindUndefinedEntity("<t>a &lt; b &amp; &#160; &#xA0; &quot;&apos;&gt;</t>") == std::nullopt);
  auto nbsp = FindUndefinedEntity("<t>Aiuto&nbsp;subito</t>");
  REQUIRE(nbsp);
  CHECK(nbsp->offset == 8);
  CHECK(nbsp->name == "nbsp");
  // An external entity (XXE) and a "billion laughs" bomb both need a
  // reference to a declared entity, which is refused before pugixml (which
  // never expands declared entities) could be asked to.
  auto xxe = FindUndefinedEntity("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><t>&xxe;</t>");
  REQUIRE(xxe);
  CHECK(xxe->name == "xxe");
  auto lol = FindUndefinedEntity("<!DOCTYPE x [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;\">]><t>&b;</t>");
  REQUIRE(lol);
  CHECK(lol->name == "a");
  CHECK(FindUndefinedEntity("<t><![CDATA[&nbsp;]]><!-- &x; --></t>") == std::nullopt);
}

TEST_CASE("numeric references to characters XML forbids are found; allowed ones are not") {
  CHECK(FindUndefinedEntity("<t>&#9;&#xA;&#13;&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#1114111;</t>") ==
        std::nullopt);
  for (const char* bad : {"&#0;", "&#x0;", "&#1;", "&#x1F;", "&#xD800;", "&#xFFFE;", "&#xFFFF;", "&#x110000;",
                          "&#99999999999999999999;", "&#x;", "&#12a;", "&#X41;"}) {
    CAPTURE(bad);
    auto found = FindUndefinedEntity(std::string("<t>a") + bad + "b</t>");
    REQUIRE(found);
    CHECK(found->offset == 4);
    CHECK(found->numeric);
  }
}
