#include <doctest/doctest.h>

#include "serve/request_path.h"

using namespace charterc;

namespace {

std::string Relative(std::string_view path) {
  RequestedFile file = MapRequestPath(path);
  return file.verdict == PathVerdict::File ? file.relative : "<refused>";
}

PathVerdict Verdict(std::string_view path) { return MapRequestPath(path).verdict; }

}  // namespace

TEST_CASE("MapRequestPath: pages and folders map inside the output folder") {
  CHECK(Relative("/") == "index.html");
  CHECK(Relative("/en/charter.html") == "en/charter.html");
  CHECK(Relative("/en/") == "en/index.html");
  CHECK(Relative("//en//charter.html") == "en/charter.html");
  CHECK(Relative("/en") == "en");  // a folder: the server redirects to /en/
  CHECK(Relative("/fr/caf\xc3\xa9.html") == "fr/caf\xc3\xa9.html");
}

TEST_CASE("MapRequestPath: leaving the folder is refused, whatever the spelling") {
  // The server hands the path over percent-decoded: %2e%2e arrives as "..".
  CHECK(Verdict("/../charterc.yaml") == PathVerdict::Forbidden);
  CHECK(Verdict("/en/../../charterc.yaml") == PathVerdict::Forbidden);
  CHECK(Verdict("/en/..") == PathVerdict::Forbidden);
  CHECK(Verdict("/./index.html") == PathVerdict::Forbidden);
  CHECK(Verdict("/..") == PathVerdict::Forbidden);
  CHECK(Verdict("/en\\..\\..\\etc") == PathVerdict::Forbidden);
  CHECK(Verdict(std::string_view("/en/\0x.html", 11)) == PathVerdict::Forbidden);
  CHECK(Verdict("/en/\x1b.html") == PathVerdict::Forbidden);
  CHECK(Verdict("en/charter.html") == PathVerdict::Forbidden);
  CHECK(Verdict("") == PathVerdict::Forbidden);
}

TEST_CASE("MapRequestPath: hidden names (the build state, editors' files) are not served") {
  CHECK(Verdict("/.charterc/state") == PathVerdict::NotFound);
  CHECK(Verdict("/en/.charter.html.swp") == PathVerdict::NotFound);
  CHECK(Verdict("/.git/") == PathVerdict::NotFound);
  // A dot inside a name is ordinary.
  CHECK(Verdict("/en/charter.large-print.pdf") == PathVerdict::File);
  CHECK(Verdict("/a..b/x") == PathVerdict::File);
}
