#include "render/traceability_page.h"

#include <doctest/doctest.h>

#include "base/file_system.h"
#include "project/project_loader.h"

using namespace charterc;

namespace {

// A Welsh charter claiming the built-in (English) CSE, meeting two elements,
// with a third waived.
struct Fixture {
  Fixture() {
    fs.Add("p/charterc.yaml", "framework: cse\nwaivers:\n  cse:2.1.1: Covered by the council's charter\n");
    fs.Add("p/charters/siarter.md",
           "---\ntitle: Siarter\nlang: cy\n---\n- Atebwn o fewn 2 ddiwrnod gwaith. {#ateb refs=\"cse:5.1.1 cse:1.1.1\"}\n");
    DiagnosticSink sink;
    project = LoadProject(fs, "p", sink).project;
    theme = LoadTheme(fs, "p");
  }

  std::string Render(Audience audience) {
    std::string html, error;
    CHECK(RenderTraceabilityPage(project, "cy", {&project.documents[0]}, UiStrings::Load(fs, "p", "cy"), theme,
                                 audience, &html, &error));
    return html;
  }

  MemoryFileSystem fs;
  Project project;
  Theme theme;
};

}  // namespace

TEST_CASE("the public page lists met and waived criteria only; the evidence pack lists every one") {
  Fixture fixture;
  std::string page = fixture.Render(Audience::Public);
  CHECK(page.find("id=\"cse-5.1.1\"") != std::string::npos);
  CHECK(page.find("id=\"cse-2.1.1\"") != std::string::npos);  // waived, with its reason
  CHECK(page.find("Covered by the council") != std::string::npos);
  CHECK(page.find("id=\"cse-5.1\"") != std::string::npos);  // the groups above a met element
  CHECK(page.find("id=\"cse-1.1.2\"") == std::string::npos);
  CHECK(page.find("class=\"uncovered\"") == std::string::npos);
  CHECK(page.find("Heb ei gwmpasu") == std::string::npos);  // "Not covered"

  std::string pack = fixture.Render(Audience::Assessor);
  CHECK(pack.find("id=\"cse-1.1.2\"") != std::string::npos);
  CHECK(pack.find("Heb ei gwmpasu") != std::string::npos);
}

TEST_CASE("English labels on a Welsh page say they are English") {
  Fixture fixture;
  std::string page = fixture.Render(Audience::Public);
  CHECK(page.find("<h2 id=\"charterc-framework-cse\" lang=\"en\" dir=\"ltr\">Customer Service Excellence</h2>") !=
        std::string::npos);
  CHECK(page.find("<td lang=\"en\" dir=\"ltr\">Know current and potential customer groups") != std::string::npos);
}

TEST_CASE("a public page with nothing met or waived is not written") {
  Fixture fixture;
  fixture.project.config.waivers.clear();
  for (Commitment& commitment : fixture.project.documents[0].commitments) commitment.refs.clear();
  CHECK(fixture.Render(Audience::Public).empty());
  CHECK_FALSE(fixture.Render(Audience::Assessor).empty());
}
