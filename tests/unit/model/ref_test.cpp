#include <doctest/doctest.h>

#include "model/link_policy.h"
#include "model/ref.h"

using namespace charterc;

TEST_CASE("refs come in three forms") {
  auto criterion = ParseRef("cse:4.2.1");
  REQUIRE(criterion.has_value());
  CHECK(criterion->kind == Ref::Kind::Criterion);
  CHECK(criterion->framework == "cse");
  CHECK(criterion->criterion == "4.2.1");

  auto document = ParseRef("standards#email-response");
  REQUIRE(document.has_value());
  CHECK(document->kind == Ref::Kind::Document);
  CHECK(document->document == "standards");
  CHECK(document->id == "email-response");

  auto local = ParseRef("#contact");
  REQUIRE(local.has_value());
  CHECK(local->kind == Ref::Kind::Local);
  CHECK(local->id == "contact");
}

TEST_CASE("malformed refs are rejected") {
  for (const char* text : {"cse:", "cse:5..1.", "nowhere", "#", "a#b#c", ":5.1", "doc#9x", "a:b#c"}) {
    CAPTURE(text);
    CHECK_FALSE(ParseRef(text).has_value());
  }
}

TEST_CASE("only safe link schemes pass") {
  for (const char* url : {"https://x.org", "http://x.org", "mailto:a@b.c", "tel:+441134960000", "standards.md#x",
                          "#contact", "/path", "a/b:c"}) {
    CAPTURE(url);
    CHECK(IsSafeLinkUrl(url));
  }
  for (const char* url : {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc",
                          " javascript:x", "java\tscript:x"}) {
    CAPTURE(url);
    CHECK_FALSE(IsSafeLinkUrl(url));
  }
}

TEST_CASE("links to other documents are recognised") {
  auto link = ParseDocumentLink("standards.md#email-response");
  REQUIRE(link.has_value());
  CHECK(link->document == "standards");
  CHECK(link->id == "email-response");
  CHECK(ParseDocumentLink("#contact")->document.empty());
  CHECK_FALSE(ParseDocumentLink("https://x.org/a.md").has_value());
  CHECK_FALSE(ParseDocumentLink("notes.txt").has_value());
  CHECK_FALSE(ParseDocumentLink("sub/dir.md").has_value());
  CHECK(ParseDocumentLink("./standards.md#x")->document == "standards");
}

TEST_CASE("a link's scheme is found and lower-cased") {
  CHECK(LinkScheme("HTTPS://x.org") == "https");
  CHECK(LinkScheme("tel:+44") == "tel");
  CHECK(LinkScheme("standards.md#a:b") == "");
  CHECK(LinkScheme("a/b:c") == "");
}
