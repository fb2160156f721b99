#include <doctest/doctest.h>

#include "driver/build_plan.h"

namespace charterc {

TEST_CASE("an error in a language's ui.yaml withholds every page in that language, and only those") {
  Project project;
  Document welsh;
  welsh.path = "charters/siarter.md";
  welsh.meta.lang = "cy";
  Document english;
  english.path = "charters/charter.md";
  english.meta.lang = "en";
  project.documents = {welsh, english};
  Translation arabic;
  arabic.path = "charters/charter.ar.md";
  arabic.lang = "ar";
  Translation french;
  french.path = "charters/charter.fr.md";
  french.lang = "fr";
  project.translations = {arabic, french};

  std::set<std::string> withheld =
      WithUiStringErrors({"locales/ar/ui.yaml", "locales/cy/ui.yaml", "charters/other.md"}, project);
  CHECK(withheld == std::set<std::string>{"locales/ar/ui.yaml", "locales/cy/ui.yaml", "charters/other.md",
                                          "charters/siarter.md", "charters/charter.ar.md"});
  CHECK(WithUiStringErrors({}, project).empty());
}

}  // namespace charterc
