#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "serve/page_report.h"
#include "serve/preview_pages.h"

using namespace charterc;

namespace {

Diagnostic At(DiagCode code, Severity severity, const std::string& file, int line, std::string message) {
  Diagnostic d{code, severity, {file, line, 3, 1}, std::move(message), "a hint", {}};
  return d;
}

BuildResult SampleBuild() {
  Project project;
  project.root = "proj";
  Document charter;
  charter.name = "charter";
  charter.path = "proj/charters/charter.md";
  project.documents = {charter};
  Translation french;
  french.document = "charter";
  french.lang = "fr";
  french.path = "proj/charters/charter.fr.md";
  project.translations = {french};
  BuildResult build;
  build.number = 7;
  build.pages = IndexPages(project);
  build.diagnostics = {
      At(DiagCode::E0402, Severity::Error, "proj/charters/charter.fr.md", 4, "ref <b>'#x'</b> goes nowhere"),
      At(DiagCode::W0905, Severity::Warning, "proj/charters/charter.md", 12, "vague"),
      At(DiagCode::E0402, Severity::Error, "proj/charters/other.md", 2, "elsewhere"),
      At(DiagCode::W0905, Severity::Warning, "proj/charterc.yaml", 1, "elsewhere too"),
  };
  build.files_with_errors = {"proj/charters/charter.fr.md", "proj/charters/other.md"};
  return build;
}

}  // namespace

TEST_CASE("ReportForPage: the page's diagnostics, with project-relative paths, and the rest counted") {
  PageReport report = ReportForPage(SampleBuild(), "en/charter.html");
  REQUIRE(report.diagnostics.size() == 2);
  CHECK(report.diagnostics[0].location.file == "charters/charter.fr.md");
  CHECK(report.diagnostics[1].location.file == "charters/charter.md");
  CHECK(report.errors_elsewhere == 1);
  CHECK(report.warnings_elsewhere == 1);
  CHECK_FALSE(report.withheld);  // the French edition's error does not stop the English page
  CHECK(ReportForPage(SampleBuild(), "fr/charter.html").withheld);
}

TEST_CASE("ReportForPage: the index shows every diagnostic") {
  PageReport report = ReportForPage(SampleBuild(), "index.html");
  CHECK(report.diagnostics.size() == 4);
  CHECK(report.errors_elsewhere == 0);
}

TEST_CASE("PageReportJson: what the overlay reads") {
  auto json = nlohmann::json::parse(PageReportJson(ReportForPage(SampleBuild(), "fr/charter.html")));
  CHECK(json["page"] == "fr/charter.html");
  CHECK(json["build"] == 7);
  CHECK(json["kind"] == "document");
  CHECK(json["withheld"] == true);
  CHECK(json["files"] == nlohmann::json::array({"charters/charter.md", "charters/charter.fr.md"}));
  REQUIRE(json["diagnostics"].size() == 2);
  const auto& first = json["diagnostics"][0];
  CHECK(first["code"] == "E0402");
  CHECK(first["severity"] == "error");
  CHECK(first["file"] == "charters/charter.fr.md");
  CHECK(first["line"] == 4);
  CHECK(first["column"] == 3);
  CHECK(first["hint"] == "a hint");
  CHECK(json["elsewhere"]["errors"] == 1);
}

TEST_CASE("PageReportJson: invalid UTF-8 in a message never breaks the reply") {
  BuildResult build = SampleBuild();
  build.diagnostics[1].message = "bad \xff byte";
  CHECK_NOTHROW(nlohmann::json::parse(PageReportJson(ReportForPage(build, "en/charter.html"))));
}

TEST_CASE("WithheldPage: lists the page's errors, escaped") {
  PageReport report = ReportForPage(SampleBuild(), "fr/charter.html");
  CHECK(ExplainsMissingPage(report));
  std::string page = WithheldPage(report);
  CHECK(page.find("<code>charters/charter.fr.md:4:3</code>: error[E0402]: ref &lt;b&gt;&#39;#x&#39;&lt;/b&gt; goes "
                  "nowhere<br>hint: a hint") != std::string::npos);
  CHECK(page.find("<b>") == std::string::npos);
  CHECK(page.find("Elsewhere in the project: 1 error, 1 warning") != std::string::npos);
}

TEST_CASE("ExplainsMissingPage: a page nobody makes is a plain 404") {
  BuildResult build = SampleBuild();
  CHECK_FALSE(ExplainsMissingPage(ReportForPage(build, "en/nothing.html")));  // no such document, no diagnostics
  CHECK_FALSE(ExplainsMissingPage(ReportForPage(build, "charterc.css")));
  build.diagnostics.push_back(At(DiagCode::E0102, Severity::Error, "proj/charters/nothing.md", 1, "not UTF-8"));
  CHECK(ExplainsMissingPage(ReportForPage(build, "en/nothing.html")));
}
