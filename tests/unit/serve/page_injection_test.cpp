#include <doctest/doctest.h>

#include "serve/page_injection.h"

using namespace charterc;

namespace {

PreviewTag Tag(std::string page = "en/charter.html") {
  return {std::move(page), 3, true, {"http://127.0.0.1:8000", "abc"}};
}

const char* kScript =
    "<script src=\"/_charterc/live.js\" nonce=\"abc\" data-page=\"en/charter.html\" data-build=\"3\" "
    "data-overlay=\"on\"></script>";

}  // namespace

TEST_CASE("InjectPreview: the script goes before the last </body>, the rest is untouched") {
  std::string page = "<!DOCTYPE html><html><head></head><body><p>&lt;/body&gt;</p></body></html>";
  CHECK(InjectPreview(page, Tag()) ==
        std::string("<!DOCTYPE html><html><head></head><body><p>&lt;/body&gt;</p>") + kScript + "</body></html>");
  CHECK(InjectPreview("<p>x</p></BODY>", Tag()) == std::string("<p>x</p>") + kScript + "</BODY>");
  CHECK(InjectPreview("<p>no body end</p>", Tag()) == std::string("<p>no body end</p>") + kScript);
}

TEST_CASE("InjectPreview: the page name is escaped in the tag") {
  std::string tag = PreviewScriptTag(Tag("en/a\"b<c>.html"));
  CHECK(tag.find("data-page=\"en/a&quot;b&lt;c&gt;.html\"") != std::string::npos);
  CHECK(tag.find("<c>") == std::string::npos);
}

TEST_CASE("InjectPreview: a CSP <meta> is widened for the preview, other metas are not") {
  std::string page =
      "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
      "content=\"default-src 'self'; script-src 'none'\"><meta name=\"generator\" content=\"charterc\">"
      "</head><body></body></html>";
  std::string served = InjectPreview(page, Tag());
  CHECK(served.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;self&#39;; "
                    "script-src http://127.0.0.1:8000/_charterc/live.js; connect-src &#39;self&#39; "
                    "http://127.0.0.1:8000/_charterc/\">") != std::string::npos);
  CHECK(served.find("<meta charset=\"utf-8\"><meta http-equiv") != std::string::npos);
  CHECK(served.find("<meta name=\"generator\" content=\"charterc\">") != std::string::npos);
}

TEST_CASE("InjectPreview: a policy written with single quotes, entities or another case is read") {
  std::string page = "<META HTTP-EQUIV='content-security-policy' CONTENT='script-src &#39;none&#39;'/><body></body>";
  std::string served = InjectPreview(page, Tag());
  CHECK(served.find("<META HTTP-EQUIV='content-security-policy' "
                    "content=\"script-src http://127.0.0.1:8000/_charterc/live.js\"/>") != std::string::npos);
}

TEST_CASE("InjectPreview: a page without a policy keeps its head as it is") {
  std::string page = "<html><head><metadata></metadata><meta name=\"x\" content=\"script-src 'none'\"></head>";
  CHECK(InjectPreview(page, Tag()) == page + kScript);
}
