#include "output/url_encoding.h"

#include <doctest/doctest.h>

#include "output/output_layout.h"

using namespace charterc;

// Issue 17: a document file name such as "javascript:alert(1)%2F%2F.md" was
// written as href="javascript:alert(1)%2F%2F.html", which runs on a click.
TEST_CASE("names become paths that can never be read as a scheme") {
  CHECK(EncodeUrlPath("en/charter.html") == "en/charter.html");
  CHECK(EncodeUrlPath("en/javascript:alert(1)%2F%2F.html") == "en/javascript%3Aalert%281%29%252F%252F.html");
  CHECK(EncodeUrlPath("en/x\" onclick=\"y.html") == "en/x%22%20onclick%3D%22y.html");
  CHECK(EncodeUrlPath("cy/siarter-ŵ.html") == "cy/siarter-%C5%B5.html");
  CHECK(EncodeUrlPath("a\\b#c?d") == "a%5Cb%23c%3Fd");
  CHECK(EncodeUrlFragment("ask/2") == "ask%2F2");
}

TEST_CASE("every link between outputs is relative and encoded") {
  CHECK(OutputLayout::Href("en/traceability.html", "en/javascript:x.html", "c-1") == "javascript%3Ax.html#c-1");
  CHECK(OutputLayout::Href("index.html", "en/a b.html") == "en/a%20b.html");
  CHECK(OutputLayout::Href("report/index.html", "en/charter.html", "email") == "../en/charter.html#email");
  CHECK(OutputLayout::FragmentHref("x\"y") == "#x%22y");
  const OutputLayout layout("https://example.org/charters/");
  CHECK(layout.Absolute("en/javascript:x.html", "a") == "https://example.org/charters/en/javascript%3Ax.html#a");
  CHECK(layout.Portable("en/a.html", "cy/a:b.html") == "https://example.org/charters/cy/a%3Ab.html");
  CHECK(OutputLayout("", "/charters/").Published("en/a:b.html") == "/charters/en/a%3Ab.html");
  // An href read back from a page is encoded already: not encoded twice.
  CHECK(layout.AbsoluteHref("en/a%3Ab.html") == "https://example.org/charters/en/a%3Ab.html");
}

// The houdini rules cmark follows: characters a URL may hold stay (the
// author's own %XX escapes too); the rest is percent-encoded.
TEST_CASE("an author's link address is encoded as CommonMark renderers do") {
  CHECK(EncodeAuthorHref("foo\\bar") == "foo%5Cbar");
  CHECK(EncodeAuthorHref("https://example.org/a b?q=1&r=2#x") == "https://example.org/a%20b?q=1&r=2#x");
  CHECK(EncodeAuthorHref("https://example.org/%20already") == "https://example.org/%20already");
  CHECK(EncodeAuthorHref("https://example.org/\"<x>`{|}^[]") ==
        "https://example.org/%22%3Cx%3E%60%7B%7C%7D%5E%5B%5D");
  CHECK(EncodeAuthorHref("https://example.org/caf\xC3\xA9") == "https://example.org/caf%C3%A9");
  CHECK(EncodeAuthorHref("mailto:help@example.org") == "mailto:help@example.org");
  CHECK(EncodeAuthorHref("tel:+44 20 7946 0000") == "tel:+44%2020%207946%200000");
  CHECK(EncodeAuthorHref(std::string("a\nb\x7f", 4)) == "a%0Ab%7F");
}
