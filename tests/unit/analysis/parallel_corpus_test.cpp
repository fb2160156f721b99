#include <doctest/doctest.h>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "analysis/target_reader.h"
#include "project/lexicon_loader.h"

using namespace charterc;

// tests/corpus/parallel.yaml holds the same promises in English, French,
// Welsh and Spanish, numbers in digits in one language and in words in
// another, with the editor's verdict and quantities. A promise must get the
// same verdict and the same quantities in every language: a translation
// must never change what an assessor would check.

namespace {

using QuantityKey = std::pair<double, std::string>;

// "half an hour" and "30 minutes" are the same target: durations compare in
// minutes (working days stay apart: they are not a fixed length).
QuantityKey Key(double value, const std::string& unit) {
  static const std::map<std::string, double> kMinutes = {
      {"second", 1.0 / 60}, {"minute", 1}, {"hour", 60}, {"day", 24 * 60}, {"week", 7 * 24 * 60}};
  auto minutes = kMinutes.find(unit);
  if (minutes == kMinutes.end()) return {value, unit};
  return {std::round(value * minutes->second * 1000) / 1000, "minute"};
}

std::vector<QuantityKey> Sorted(std::vector<QuantityKey> keys) {
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::string Describe(const std::vector<QuantityKey>& keys) {
  std::ostringstream out;
  for (const auto& [value, unit] : keys) out << value << " " << unit << "; ";
  return out.str();
}

}  // namespace

TEST_CASE("the parallel corpus: one promise, one verdict and the same quantities in en, fr, cy and es") {
  YAML::Node corpus = YAML::LoadFile(std::string(CHARTERC_SOURCE_DIR) + "/tests/corpus/parallel.yaml");
  REQUIRE(corpus.size() >= 30);
  int readings = 0, agreed = 0;
  for (const YAML::Node& promise : corpus) {
    std::string id = promise["id"].as<std::string>();
    std::string expected = promise["expect"].as<std::string>();
    std::vector<QuantityKey> expected_quantities;
    for (const YAML::Node& quantity : promise["quantities"]) {
      expected_quantities.push_back(Key(quantity["value"].as<double>(), quantity["unit"].as<std::string>()));
    }
    for (const std::string lang : {"en", "fr", "cy", "es"}) {
      ++readings;
      std::optional<Lexicon> lexicon = BuiltInLexicon(lang);
      REQUIRE(lexicon.has_value());
      UErrorCode status = U_ZERO_ERROR;
      icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
      std::string text = promise[lang].as<std::string>();
      TargetReading reading = ReadTarget(text, *lexicon, locale, {});
      std::vector<QuantityKey> got;
      for (const Quantity& quantity : reading.quantities) got.push_back(Key(quantity.value, quantity.unit));
      std::string verdict(VerdictName(reading.verdict));
      bool same = verdict == expected && Sorted(got) == Sorted(expected_quantities);
      agreed += same;
      if (!same) {
        MESSAGE(id << " (" << lang << "): " << verdict << " with " << Describe(got) << "the editor says " << expected
                   << " with " << Describe(expected_quantities) << "\"" << text << "\"");
      }
    }
  }
  MESSAGE(agreed << " of " << readings << " readings agree with the editor");
  CHECK(agreed == readings);
}
