#include "render/fragment.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "base/file_system.h"
#include "project/project_loader.h"
#include "render/page_metadata.h"

using namespace charterc;

namespace {

// An Arabic care statement linking a commitment of its own and a page of
// the site, and its English standards.
struct Fixture {
  explicit Fixture(const std::string& config) {
    fs.Add("p/charterc.yaml", config);
    fs.Add("p/charters/care.md",
           "---\ntitle: بيان الرعاية\nlang: ar\nsummary: كيف نعاملك.\nreviewed: 2026-09-01\nowner: الخدمات\n---\n"
           "## التواصل {#contact}\n\n- نرد خلال يومين. {#reply}\n\nانظر [المعايير](standards.md#phone) و[الرد](#reply).\n");
    fs.Add("p/charters/standards.md", "---\ntitle: Standards\nlang: en\n---\n- We answer within 2 days. {#phone}\n");
    DiagnosticSink sink;
    project = LoadProject(fs, "p", sink).project;
    strings = std::make_unique<UiStrings>(UiStrings::Load(fs, "p", "ar"));
  }
  RenderContext Context() { return RenderContext{project, project.documents[0], *strings}; }

  MemoryFileSystem fs;
  Project project;
  std::unique_ptr<UiStrings> strings;
};

}  // namespace

TEST_CASE("a fragment is the article alone, every class and id under the prefix, links rooted") {
  Fixture fixture("path-prefix: /site/charters\n");
  REQUIRE(fixture.project.documents[0].name == "care");
  std::string html = RenderFragment(fixture.Context(), "charterc");
  CHECK(html.rfind("<article class=\"charterc-fragment\" lang=\"ar\" dir=\"rtl\">", 0) == 0);
  for (const char* absent : {"<html", "<head", "<body", "<script", "<header", "<footer", "skip-link"}) {
    CHECK_MESSAGE(html.find(absent) == std::string::npos, absent);
  }
  CHECK(html.find("id=\"charterc-contact\"") != std::string::npos);
  CHECK(html.find("id=\"charterc-reply\"") != std::string::npos);
  CHECK(html.find("href=\"#charterc-reply\"") != std::string::npos);
  CHECK(html.find("class=\"charterc-summary\"") != std::string::npos);
  // Another page of the site: rooted at the path prefix, as the page's own
  // relative link resolves ("standards.html#phone" from ar/care.html).
  CHECK(html.find("href=\"/site/charters/ar/standards.html#phone\"") != std::string::npos);
  CHECK(html.find("href=\"standards.html") == std::string::npos);
  // No class or id left without the prefix.
  for (const std::string attribute : {" class=\"", " id=\""}) {
    for (size_t at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1)) {
      CHECK(html.compare(at + attribute.size(), 9, "charterc-") == 0);
    }
  }
  std::string library = RenderFragment(fixture.Context(), "library");
  CHECK(library.find("class=\"library-fragment\"") != std::string::npos);
  CHECK(library.find("href=\"#library-reply\"") != std::string::npos);
  CHECK(library.find("charterc-") == std::string::npos);
}

TEST_CASE("the fragment stylesheet takes the prefix everywhere") {
  Theme theme;
  theme.fragment_stylesheet = ".charterc-fragment { --charterc-text: #000; }\n.charterc-fragment .charterc-summary {}\n";
  CHECK(FragmentStylesheet(theme, "charterc") == theme.fragment_stylesheet);
  CHECK(FragmentStylesheet(theme, "lib") == ".lib-fragment { --lib-text: #000; }\n.lib-fragment .lib-summary {}\n");
}

TEST_CASE("page metadata: a WebPage with its review date; a description even without a summary") {
  Fixture fixture("base-url: https://example.org/charters/\n");
  std::string json = PageJsonLd(fixture.Context());
  CHECK(json.find("\"@type\": \"WebPage\"") != std::string::npos);
  CHECK(json.find("\"lastReviewed\": \"2026-09-01\"") != std::string::npos);
  CHECK(json.find("\"url\": \"https://example.org/charters/ar/care.html\"") != std::string::npos);
  CHECK(json.find("\"inLanguage\": \"ar\"") != std::string::npos);
  CHECK(PageDescription(fixture.Context()) == "كيف نعاملك.");
  RenderContext standards{fixture.project, fixture.project.documents[1], *fixture.strings};
  CHECK(!PageDescription(standards).empty());
}

TEST_CASE("page metadata: no text can end or hide the JSON-LD script element") {
  // "<!--<script>" would make an HTML parser skip the real "</script>";
  // "</script>" would end it early.
  Fixture fixture("title: \"Charters </script><!--<script>\"\nbase-url: https://example.org/charters/\n");
  std::string json = PageJsonLd(fixture.Context());
  CHECK(json.find('<') == std::string::npos);
  CHECK(json.find("\\u003c/script>\\u003c!--\\u003cscript>") != std::string::npos);
  CHECK(nlohmann::json::parse(json)["isPartOf"]["name"] == "Charters </script><!--<script>");
}
