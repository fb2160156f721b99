#include "render/template_safety.h"

#include <doctest/doctest.h>

#include <string>

#include "base/file_system.h"
#include "render/content_policy.h"
#include "render/theme.h"

namespace charterc {

namespace {

// A template with `head_extra` first in <head> and `body_extra` in <body>.
std::optional<TemplateProblem> ProblemIn(const std::string& head_extra, const std::string& body_extra = "") {
  std::string text = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" + head_extra +
                     "<meta charset=\"utf-8\"/><title data-slot=\"title\"/></head><body>" + body_extra +
                     "<main data-slot=\"main\"/></body></html>";
  pugi::xml_document page;
  REQUIRE(page.load_string(text.c_str()));
  return FindActiveContent(page);
}

}  // namespace

TEST_CASE("a template without active content passes") {
  CHECK_FALSE(ProblemIn("<link rel=\"stylesheet\" href=\"charterc.css\"/>", "<a href=\"https://example.org/\">x</a>"));
  CHECK_FALSE(ProblemIn("", "<p class=\"online\">only a class named like a handler</p>"));
}

TEST_CASE("scripts, frames, plug-ins, base and http-equiv metas are refused, with their position") {
  for (const char* element : {"<script>alert(1)</script>", "<SCRIPT/>", "<iframe src=\"x\"/>", "<object data=\"x\"/>",
                              "<embed src=\"x\"/>", "<base href=\"https://elsewhere.example/\"/>",
                              "<meta http-equiv=\"refresh\" content=\"0;url=https://elsewhere.example/\"/>",
                              "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\"/>"}) {
    CAPTURE(element);
    std::optional<TemplateProblem> problem = ProblemIn(element);
    REQUIRE(problem);
    // The offending element is the first thing in <head>, at byte 50.
    CHECK(problem->offset == 50);
  }
}

TEST_CASE("a theme may add a Content-Security-Policy of its own (it can only forbid more)") {
  CHECK_FALSE(ProblemIn("<meta http-equiv=\"Content-Security-Policy\" content=\"img-src 'self'\"/>"));
}

TEST_CASE("event handlers and script addresses are refused") {
  CHECK(ProblemIn("", "<p onclick=\"alert(1)\">x</p>"));
  CHECK(ProblemIn("", "<p ONMOUSEOVER=\"alert(1)\">x</p>"));
  CHECK(ProblemIn("", "<a href=\"javascript:alert(1)\">x</a>"));
  CHECK(ProblemIn("", "<a href=\" JaVa&#9;Script:alert(1)\">x</a>"));
  CHECK(ProblemIn("", "<form action=\"vbscript:x\"/>"));
  // Only a scheme counts: a path that mentions it is an ordinary link.
  CHECK_FALSE(ProblemIn("", "<a href=\"help/javascript-free.html\">x</a>"));
}

TEST_CASE("the built-in theme's template passes") {
  MemoryFileSystem empty;
  Theme theme = LoadTheme(empty, "p");
  pugi::xml_document page;
  REQUIRE(page.load_string(theme.page_template.c_str()));
  CHECK_FALSE(FindActiveContent(page));
}

TEST_CASE("the policy goes first in <head>, after the charset moved before it") {
  pugi::xml_document document;
  pugi::xml_node head = document.append_child("head");
  head.append_child("title");
  head.append_child("meta").append_attribute("charset") = "utf-8";
  AddContentPolicy(head, kPagePolicy);
  pugi::xml_node first = head.first_child();
  CHECK(std::string(first.name()) == "meta");
  CHECK(first.attribute("charset"));
  CHECK(std::string(first.next_sibling().attribute("http-equiv").value()) == "Content-Security-Policy");
}

}  // namespace charterc
