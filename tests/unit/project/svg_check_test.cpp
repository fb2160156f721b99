#include <doctest/doctest.h>

#include "project/svg_check.h"

using namespace charterc;

namespace {

constexpr const char* kOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">";

std::optional<SvgProblem> Check(const std::string& inside) { return CheckSvg(std::string(kOpen) + inside + "</svg>"); }

DiagCode CodeOf(const std::optional<SvgProblem>& problem) { return problem ? problem->code : DiagCode::E0101; }

}  // namespace

TEST_CASE("a plain drawing passes, references inside the file too") {
  CHECK_FALSE(CheckSvg("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + std::string(kOpen) + "<rect/></svg>"));
  CHECK_FALSE(Check("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" style=\"fill: url( '#g' )\"/>"));
  CHECK_FALSE(Check("<use href=\"#shape\"/><use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"#s\"/>"));
  CHECK_FALSE(Check("<style>rect { fill: #143c78 }</style><!-- a comment --><text>onload</text>"));
}

TEST_CASE("active content is refused, with its line in the SVG") {
  std::optional<SvgProblem> script = CheckSvg(std::string(kOpen) + "\n<rect/>\n<script>alert(1)</script></svg>");
  REQUIRE(script);
  CHECK(script->code == DiagCode::E1206);
  CHECK(script->message == "the SVG holds a <script> element (line 3 of the SVG file)");
  CHECK(CodeOf(Check("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<foreignObject><div/></foreignObject>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<rect onclick=\"x()\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<rect ONLOAD=\"x()\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<set attributeName=\"href\" to=\"#a\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<a href=\"javascript:x()\"><rect/></a>")) == DiagCode::E1206);
}

TEST_CASE("outside references are refused: href, url(), @import, processing instructions, DOCTYPE") {
  CHECK(CodeOf(Check("<image href=\"https://tracker.example/p.png\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<image href=\"pixel.png\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<rect fill=\"url(https://x.example/a.svg#g)\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<rect style=\"fill:URL( other.svg#g )\"/>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<style>@import url(#x);</style>")) == DiagCode::E1206);
  CHECK(CodeOf(Check("<style><![CDATA[ rect { fill: url(a.svg#g) } ]]></style>")) == DiagCode::E1206);
  CHECK(CodeOf(CheckSvg("<?xml-stylesheet href=\"a.css\"?>" + std::string(kOpen) + "</svg>")) == DiagCode::E1206);
  std::optional<SvgProblem> doctype =
      CheckSvg("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + std::string(kOpen) + "<text>&x;</text></svg>");
  REQUIRE(doctype);
  CHECK(doctype->code == DiagCode::E1206);
  CHECK(doctype->message.find("<!DOCTYPE>") != std::string::npos);
}

TEST_CASE("a file that is not an SVG document is E1207") {
  CHECK(CodeOf(CheckSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>")) == DiagCode::E1207);
  CHECK(CodeOf(CheckSvg("<svg><rect/></svg>")) == DiagCode::E1207);  // no namespace: browsers show nothing
  CHECK(CodeOf(CheckSvg("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")) == DiagCode::E1207);
  CHECK(CodeOf(CheckSvg("")) == DiagCode::E1207);
}

TEST_CASE("deep nesting is walked without recursion") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<g>";
  deep += "<rect onload=\"x()\"/>";
  for (int i = 0; i < 100000; ++i) deep += "</g>";
  std::optional<SvgProblem> problem = Check(deep);
  // pugixml itself may refuse such depth; either way nothing runs.
  REQUIRE(problem);
  CHECK((problem->code == DiagCode::E1206 || problem->code == DiagCode::E1207));
}
