#include <doctest/doctest.h>

#include "translation/xliff_codes.h"

using namespace charterc;

namespace {

Inline Text(const std::string& text) { return Inline{InlineKind::Text, text, {}, {}, {}}; }
Inline Node(InlineKind kind, const std::string& text, std::vector<Inline> children = {}) {
  return Inline{kind, text, {}, std::move(children), {}};
}

// Writes `inlines` as a unit's <source>, then reads the same markup back as
// if it were the target.
std::vector<Inline> RoundTrip(const std::vector<Inline>& inlines, std::vector<XliffInlineProblem>* problems,
                              const std::string& target_markup = {}) {
  pugi::xml_document xml;
  pugi::xml_node unit = xml.append_child("unit");
  pugi::xml_node source = unit.append_child("segment").append_child("source");
  AppendXliffInlines(inlines, source, unit);
  XliffCodes codes = ReadXliffCodes(unit, source);
  if (target_markup.empty()) return ReadXliffInlines(source, codes, problems);
  pugi::xml_document target;
  REQUIRE(target.load_string(("<target>" + target_markup + "</target>").c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  return ReadXliffInlines(target.child("target"), codes, problems);
}

}  // namespace

TEST_CASE("facts, links, code and formatting survive the XLIFF round trip") {
  std::vector<Inline> inlines = {Text("Reply within "), Node(InlineKind::Fact, "reply.email"), Text(", see "),
                                 Node(InlineKind::Link, "https://x.example/rules", {Text("the rules")}),
                                 Text(" and "), Node(InlineKind::Strong, "", {Text("bold")}),
                                 Node(InlineKind::Code, "ISBN")};
  std::vector<XliffInlineProblem> problems;
  std::vector<Inline> back = RoundTrip(inlines, &problems);
  CHECK(problems.empty());
  REQUIRE(back.size() == inlines.size());
  CHECK(back[1].kind == InlineKind::Fact);
  CHECK(back[1].text == "reply.email");
  CHECK(back[3].kind == InlineKind::Link);
  CHECK(back[3].text == "https://x.example/rules");
  CHECK(PlainText(back[3].children) == "the rules");
  CHECK(back[5].kind == InlineKind::Strong);
  CHECK(back[6].kind == InlineKind::Code);
  CHECK(back[6].text == "ISBN");
}

TEST_CASE("a translator may reorder codes and translate link text") {
  std::vector<Inline> inlines = {Text("See "), Node(InlineKind::Link, "https://x.example", {Text("rules")}),
                                 Text(" within "), Node(InlineKind::Fact, "reply.email")};
  std::vector<XliffInlineProblem> problems;
  std::vector<Inline> back = RoundTrip(inlines, &problems, "Sous <ph id=\"2\"/>, lisez <pc id=\"1\">le règlement</pc>");
  CHECK(problems.empty());
  REQUIRE(back.size() == 4);
  CHECK(back[1].kind == InlineKind::Fact);
  CHECK(back[3].kind == InlineKind::Link);
  CHECK(PlainText(back[3].children) == "le règlement");
}

TEST_CASE("a lost protected code and an invented one are problems") {
  std::vector<Inline> inlines = {Text("Within "), Node(InlineKind::Fact, "reply.email")};
  std::vector<XliffInlineProblem> problems;
  RoundTrip(inlines, &problems, "Sous deux jours");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("lost the fact {{ reply.email }}") != std::string::npos);
  problems.clear();
  RoundTrip(inlines, &problems, "Sous <ph id=\"1\"/> <ph id=\"7\"/>");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("code 7 is not in the source") != std::string::npos);
}

TEST_CASE("100,000 nested <pc> or <mrk> in a target are E1501, not a stack overflow") {
  // The source has one emphasis code (id 1); the target nests the code, or
  // annotations, far deeper than any translation tool writes.
  std::vector<XliffInlineProblem> ignored;
  pugi::xml_document xml;
  pugi::xml_node unit = xml.append_child("unit");
  pugi::xml_node source = unit.append_child("segment").append_child("source");
  AppendXliffInlines({Node(InlineKind::Emphasis, "", {Text("a")})}, source, unit);
  XliffCodes codes = ReadXliffCodes(unit, source);
  for (const char* open : {"<pc id=\"1\">", "<mrk id=\"m\">"}) {
    CAPTURE(open);
    std::string close = std::string(open).substr(0, 4) == "<pc " ? "</pc>" : "</mrk>";
    std::string markup = "<target>";
    for (int i = 0; i < 100000; ++i) markup += open;
    markup += "deep";
    for (int i = 0; i < 100000; ++i) markup += close;
    markup += "</target>";
    pugi::xml_document target;
    REQUIRE(target.load_string(markup.c_str()));
    std::vector<XliffInlineProblem> problems;
    ReadXliffInlines(target.child("target"), codes, &problems);
    int too_deep = 0;
    for (const XliffInlineProblem& problem : problems) too_deep += problem.code == DiagCode::E1501 ? 1 : 0;
    CHECK(too_deep == 1);
  }
  // The same depth in a <source>: its codes are read to the limit only.
  std::string deep_source = "<unit><segment><source>";
  for (int i = 0; i < 100000; ++i) deep_source += "<pc id=\"" + std::to_string(i) + "\">";
  for (int i = 0; i < 100000; ++i) deep_source += "</pc>";
  deep_source += "</source></segment></unit>";
  pugi::xml_document deep;
  REQUIRE(deep.load_string(deep_source.c_str()));
  pugi::xml_node deep_unit = deep.child("unit");
  XliffCodes read = ReadXliffCodes(deep_unit, deep_unit.child("segment").child("source"));
  CHECK(read.size() <= static_cast<size_t>(kMaxXliffNesting) + 1);
}
