#include <doctest/doctest.h>

#include "serve/page_sources.h"

using namespace charterc;

namespace {

Translation Into(const std::string& document, const std::string& lang, const std::string& path) {
  Translation translation;
  translation.document = document;
  translation.lang = lang;
  translation.path = path;
  return translation;
}

Project SampleProject() {
  Project project;
  project.root = "proj";
  Document charter;
  charter.name = "charter";
  charter.path = "proj/charters/charter.md";
  charter.meta.lang = "en";
  Document policy;
  policy.name = "policy";
  policy.path = "proj/charters/policy.md";
  policy.meta.lang = "en";
  project.documents = {charter, policy};
  Translation welsh = Into("charter", "cy", "proj/charters/charter.cy.md");
  Translation french = Into("charter", "fr", "proj/locales/fr/charter.xlf");
  french.merged_paths = {"proj/locales/fr/charter.po"};
  Translation orphan = Into("gone", "fr", "proj/locales/fr/gone.xlf");
  project.translations = {welsh, french, orphan};
  return project;
}

using Files = std::vector<std::string>;

}  // namespace

TEST_CASE("SourcesOfPage: a document's page shows its source and every translation") {
  PageIndex index = IndexPages(SampleProject());
  PageSources en = SourcesOfPage(index, "en/charter.html");
  CHECK(en.kind == PageKind::Document);
  CHECK(en.document == "charter");
  CHECK(en.lang == "en");
  CHECK(en.loaded);
  CHECK(en.files == Files{"proj/charters/charter.md", "proj/charters/charter.cy.md", "proj/locales/fr/charter.xlf",
                          "proj/locales/fr/charter.po"});
  // Only the source can keep the source-language page from being written.
  CHECK(en.own_files == Files{"proj/charters/charter.md"});
}

TEST_CASE("SourcesOfPage: a translation's page is withheld by the source or that translation") {
  PageIndex index = IndexPages(SampleProject());
  CHECK(SourcesOfPage(index, "fr/charter.html").own_files ==
        Files{"proj/charters/charter.md", "proj/locales/fr/charter.xlf", "proj/locales/fr/charter.po"});
  CHECK(SourcesOfPage(index, "cy/charter.html").own_files ==
        Files{"proj/charters/charter.md", "proj/charters/charter.cy.md"});
  CHECK(SourcesOfPage(index, "cy/policy.html").kind == PageKind::Other);  // no Welsh policy
  CHECK(SourcesOfPage(index, "en/policy.html").files == Files{"proj/charters/policy.md"});
}

TEST_CASE("SourcesOfPage: bilingual pages, project pages, other files") {
  PageIndex index = IndexPages(SampleProject());
  PageSources bilingual = SourcesOfPage(index, "bilingual-cy-en/charter.html");
  CHECK(bilingual.kind == PageKind::Document);
  CHECK(bilingual.lang.empty());
  CHECK(bilingual.own_files.size() == 4);
  CHECK(SourcesOfPage(index, "index.html").kind == PageKind::Project);
  CHECK(SourcesOfPage(index, "fr/traceability.html").kind == PageKind::Project);
  CHECK(SourcesOfPage(index, "report/index.html").kind == PageKind::Project);
  CHECK(SourcesOfPage(index, "evidence/index.html").kind == PageKind::Project);
  CHECK(SourcesOfPage(index, "charterc.css").kind == PageKind::Other);
  CHECK(SourcesOfPage(index, "en/charter.pdf").kind == PageKind::Other);
  CHECK(SourcesOfPage(index, "en/sub/charter.html").kind == PageKind::Other);
}

TEST_CASE("SourcesOfPage: a document that could not be loaded maps to its file name") {
  PageSources unknown = SourcesOfPage(IndexPages(SampleProject()), "en/broken.html");
  CHECK(unknown.kind == PageKind::Document);
  CHECK_FALSE(unknown.loaded);
  CHECK(unknown.files == Files{"proj/charters/broken.md"});
}
