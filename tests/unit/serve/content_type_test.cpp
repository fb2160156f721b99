#include <doctest/doctest.h>

#include "serve/content_type.h"

using namespace charterc;

TEST_CASE("ContentTypeOf: what charterc writes, by extension") {
  CHECK(ContentTypeOf("en/charter.html") == "text/html; charset=utf-8");
  CHECK(ContentTypeOf("EN/CHARTER.HTML") == "text/html; charset=utf-8");
  CHECK(ContentTypeOf("charterc.css") == "text/css; charset=utf-8");
  CHECK(ContentTypeOf("en/charter.txt") == "text/plain; charset=utf-8");
  CHECK(ContentTypeOf("en/charter.pdf") == "application/pdf");
  CHECK(ContentTypeOf("en/charter.large-print.pdf") == "application/pdf");
  CHECK(ContentTypeOf("en/documents.epub") == "application/epub+zip");
  CHECK(ContentTypeOf("commitments.json") == "application/json; charset=utf-8");
  CHECK(ContentTypeOf("sitemap.xml") == "application/xml; charset=utf-8");
  CHECK(ContentTypeOf("img/logo.svg") == "image/svg+xml");
}

TEST_CASE("ContentTypeOf: unknown or missing extensions are downloaded, not guessed") {
  CHECK(ContentTypeOf("README") == "application/octet-stream");
  CHECK(ContentTypeOf("a.html/readme") == "application/octet-stream");  // the dot is in a folder name
  CHECK(ContentTypeOf("x.exe") == "application/octet-stream");
}

TEST_CASE("IsHtmlPath: only pages get the preview script") {
  CHECK(IsHtmlPath("index.html"));
  CHECK(IsHtmlPath("en/charter.HTM"));
  CHECK_FALSE(IsHtmlPath("en/charter.xhtml"));  // an EPUB chapter is never shown with the script
  CHECK_FALSE(IsHtmlPath("charterc.css"));
  CHECK_FALSE(IsHtmlPath("html"));
}
