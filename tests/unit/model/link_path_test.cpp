#include <doctest/doctest.h>

#include "model/link_path.h"

using charterc::CheckLinkPath;
using charterc::DiagCode;

namespace {

// The code CheckLinkPath gives a link in charters/<doc>.md, or "" for none.
std::string CodeOf(const std::string& url) {
  auto problem = CheckLinkPath(url, 1);
  return problem ? (problem->code == DiagCode::E1404 ? "E1404" : "E1405") : "";
}

}  // namespace

TEST_CASE("a relative link out of the project folder is E1404") {
  CHECK(CodeOf("../../../../etc/passwd") == "E1404");
  CHECK(CodeOf("../../x.md") == "E1404");          // charters/ -> project -> out
  CHECK(CodeOf("a/../../../x") == "E1404");
  CHECK(CodeOf("%2e%2e/%2E%2E/etc/passwd") == "E1404");  // browsers decode the dots
  CHECK(CodeOf("..\\..\\etc\\passwd") == "E1404");        // and read '\' as '/'
  CHECK(CodeOf("..%5c..%5cetc") == "");  // an escaped '\' is a character of a name, not a separator
}

TEST_CASE("relative links that stay in the project are left alone") {
  CHECK(CodeOf("standards.md#email") == "");
  CHECK(CodeOf("#contact") == "");
  CHECK(CodeOf("../README.md") == "");  // the project folder itself
  CHECK(CodeOf("a/b/../../../data/x.csv") == "");
  CHECK(CodeOf("./faq.md") == "");
  CHECK(CodeOf("x?q=../../../..") == "");  // a query is not a path
  CHECK(CodeOf("x#../../..") == "");
}

TEST_CASE("absolute paths, file: URLs and drive letters are E1405") {
  CHECK(CodeOf("/etc/passwd") == "E1405");
  CHECK(CodeOf("file:///etc/passwd") == "E1405");
  CHECK(CodeOf("FILE:/etc/hostname") == "E1405");
  CHECK(CodeOf("C:\\Users\\me\\notes.txt") == "E1405");
  CHECK(CodeOf("c:/secret") == "E1405");
  CHECK(CodeOf("\\etc\\passwd") == "E1405");
  CHECK(CodeOf("%2Fetc%2Fpasswd") == "");  // one name with slashes in it, relative
}

TEST_CASE("addresses on the network are not file paths") {
  CHECK(CodeOf("https://example.org/../../x") == "");
  CHECK(CodeOf("mailto:help@example.org") == "");
  CHECK(CodeOf("//example.org/x") == "");
}
