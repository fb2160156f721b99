#include <doctest/doctest.h>

#include "translation/translation_merge.h"

using namespace charterc;

namespace {

TranslatedUnit Unit(const std::string& id, const std::string& text, bool unconfirmed, const std::string& file) {
  TranslatedUnit unit;
  unit.id = id;
  unit.inlines = {Inline{InlineKind::Text, text, {}, {}, {}}};
  unit.unconfirmed = unconfirmed;
  unit.location = SourceLocation{file, 3, 1, 0};
  return unit;
}

Translation File(const std::string& path, std::vector<TranslatedUnit> units) {
  Translation translation;
  translation.document = "charter";
  translation.lang = "fr";
  translation.path = path;
  translation.units = std::move(units);
  return translation;
}

}  // namespace

TEST_CASE("a unit translated in only one file is taken from it") {
  Translation xliff = File("fr/charter.xlf", {Unit("title", "Charte", false, "fr/charter.xlf")});
  Translation po = File("fr/charter.po", {Unit("help", "Aide", false, "fr/charter.po")});
  CHECK(MergeTranslation(&xliff, po).empty());
  REQUIRE(xliff.units.size() == 2);
  CHECK(xliff.Find("help")->location.file == "fr/charter.po");
  CHECK(xliff.merged_paths == std::vector<std::string>{"fr/charter.po"});
}

TEST_CASE("identical translations agree, and a confirmation in either file counts") {
  Translation xliff = File("fr/charter.xlf", {Unit("title", "Charte", true, "fr/charter.xlf")});
  Translation po = File("fr/charter.po", {Unit("title", "Charte", false, "fr/charter.po")});
  CHECK(MergeTranslation(&xliff, po).empty());
  REQUIRE(xliff.units.size() == 1);
  CHECK_FALSE(xliff.units[0].unconfirmed);
}

TEST_CASE("different translations of one unit are a conflict naming both places") {
  Translation xliff = File("fr/charter.xlf", {Unit("title", "Charte", false, "fr/charter.xlf"),
                                              Unit("help", "Aide", false, "fr/charter.xlf")});
  Translation po = File("fr/charter.po", {Unit("title", "Notre charte", false, "fr/charter.po"),
                                          Unit("help", "Aide", false, "fr/charter.po")});
  std::vector<TranslationConflict> conflicts = MergeTranslation(&xliff, po);
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0].id == "title");
  CHECK(conflicts[0].first.file == "fr/charter.xlf");
  CHECK(conflicts[0].second.file == "fr/charter.po");
  // Neither is chosen silently: the first stays, and the caller reports.
  CHECK(PlainText(xliff.Find("title")->inlines) == "Charte");
}
