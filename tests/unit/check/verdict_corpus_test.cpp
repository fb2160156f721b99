#include <doctest/doctest.h>

#include <yaml-cpp/yaml.h>

#include <map>

#include "analysis/target_reader.h"
#include "project/lexicon_loader.h"

using namespace charterc;

// tests/corpus/commitments.yaml holds commitments in English, French and
// Welsh with the verdict an editor would give. The reader must find the
// VAGUE and INCOMPLETE ones (the errors) with precision and recall of at
// least 0.95 each; every miss is listed.
TEST_CASE("the verdict corpus: precision and recall of VAGUE and INCOMPLETE are at least 0.95") {
  YAML::Node corpus = YAML::LoadFile(std::string(CHARTERC_SOURCE_DIR) + "/tests/corpus/commitments.yaml");
  REQUIRE(corpus.IsSequence());
  REQUIRE(corpus.size() >= 80);
  std::map<std::string, int> true_positive, false_positive, false_negative;
  int agreed = 0;
  for (const YAML::Node& item : corpus) {
    std::string lang = item["lang"].as<std::string>();
    std::optional<Lexicon> lexicon = BuiltInLexicon(lang);
    REQUIRE_MESSAGE(lexicon.has_value(), lang);
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
    std::string text = item["target"] ? item["target"].as<std::string>() : item["text"].as<std::string>();
    std::string got(VerdictName(ReadTarget(text, *lexicon, locale, {}).verdict));
    std::string expected = item["expect"].as<std::string>();
    if (got == expected) ++agreed;
    if (got != expected) MESSAGE(item["id"].as<std::string>() << ": expected " << expected << ", got " << got);
    for (const std::string verdict : {"VAGUE", "INCOMPLETE"}) {
      if (got == verdict && expected == verdict) ++true_positive[verdict];
      if (got == verdict && expected != verdict) ++false_positive[verdict];
      if (got != verdict && expected == verdict) ++false_negative[verdict];
    }
  }
  for (const std::string verdict : {"VAGUE", "INCOMPLETE"}) {
    double tp = true_positive[verdict];
    double precision = tp / (tp + false_positive[verdict]);
    double recall = tp / (tp + false_negative[verdict]);
    MESSAGE(verdict << ": precision " << precision << ", recall " << recall);
    CHECK(precision >= 0.95);
    CHECK(recall >= 0.95);
  }
  // MEASURABLE and BINARY matter too: a binary promise is a warning.
  CHECK(static_cast<double>(agreed) / corpus.size() >= 0.95);
}
