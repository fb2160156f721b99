#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "analysis/analysis.h"
#include "analysis/number_values.h"
#include "analysis/target_reader.h"
#include "project/lexicon_loader.h"
#include "project/project_loader.h"

using namespace charterc;

// Issue 17: one-document analysis must be linear, whatever an author or a
// translator pastes in. Work is counted, not timed (see ScanWork in
// analysis/text_scan.h): doubling a text must roughly double the work
// counted, for ordinary text and for every hostile shape a fuzzer found.

namespace {

icu::Locale LocaleOf(const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Locale::forLanguageTag(lang, status);
}

// The work of reading `text` as a promise and of reading its numbers.
int64_t WorkOf(const std::string& text, const std::string& lang) {
  std::optional<Lexicon> lexicon = BuiltInLexicon(lang);
  REQUIRE(lexicon.has_value());
  ScanWork work;
  ReadTarget(text, *lexicon, LocaleOf(lang), {}, &work);
  NumberValues(text, LocaleOf(lang), {}, lexicon->number_words, &work);
  return work.Total();
}

std::string Repeated(const std::string& piece, int times) {
  std::string text;
  for (int k = 0; k < times; ++k) text += piece;
  return text;
}

void CheckDoubles(const std::string& piece, int times, const std::string& lang = "en") {
  int64_t once = WorkOf(Repeated(piece, times), lang);
  int64_t twice = WorkOf(Repeated(piece, 2 * times), lang);
  double ratio = static_cast<double>(twice) / static_cast<double>(once);
  CHECK_MESSAGE(ratio > 1.8, piece.substr(0, 40) << " x" << times << ": " << once << " then " << twice);
  CHECK_MESSAGE(ratio < 2.2, piece.substr(0, 40) << " x" << times << ": " << once << " then " << twice);
}

}  // namespace

TEST_CASE("doubling a promise's text doubles the work of reading it") {
  CheckDoubles("We answer 90% of calls within 20 seconds, measured each month, as soon as possible. ", 200);
  CheckDoubles("Nous répondons à 90 % des appels en moins de 20 secondes, chaque mois. ", 200, "fr");
  CheckDoubles("Byddwn yn ateb 90% o alwadau o fewn 20 eiliad, bob mis. ", 200, "cy");
  CheckDoubles("我们在20秒内接听90%的电话。", 400, "zh-Hans");
}

TEST_CASE("pathological: long runs are read in linear work") {
  CheckDoubles("a", 20000);                     // one 20,000-letter word
  CheckDoubles("1-", 10000);                    // a digit at every other place: each could start a phone number
  CheckDoubles("1 ", 10000);
  CheckDoubles("1.", 10000);                    // one endless clause number
  CheckDoubles("a@", 10000);
  CheckDoubles("\xE5\x9C\xA8", 20000, "zh-Hans");  // 在: every character starts a word
  CheckDoubles("twenty ", 5000);                // a number in words at every word
  CheckDoubles("within ", 5000);
  CheckDoubles("{{ ", 10000);
}

TEST_CASE("pathological: a 40,000-character word in a PO translation is checked") {
  MemoryFileSystem fs;
  fs.Add("p/charters/phone.md",
         "---\ntitle: Telephone standards\ntype: standards\nlang: en\n---\n\n"
         "- We answer calls within 30 seconds. {#call-answer}\n");
  std::string word(40000, 'a');
  fs.Add("p/locales/fr/phone.po",
         "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n"
         "msgctxt \"call-answer\"\nmsgid \"We answer calls within 30 seconds.\"\n"
         "msgstr \"Nous répondons aux appels en 30 secondes. " + word + "\"\n");
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(fs, "p", sink);
  REQUIRE(loaded.project.translations.size() == 1);
  Analysis analysis = Analyse(loaded.project);
  const Translation& translation = loaded.project.translations[0];
  bool checked = false;
  for (const AssessedUnit& unit : analysis.Of(translation)) {
    if (unit.unit.id != "call-answer") continue;
    checked = true;
    CHECK(unit.assessment.state == UnitState::Translated);  // the same 30 seconds, however long the rest
  }
  CHECK(checked);
}

TEST_CASE("readings made by several threads at once are the readings of one") {
  std::optional<Lexicon> lexicon = BuiltInLexicon("en");
  REQUIRE(lexicon.has_value());
  const std::vector<std::string> texts = {
      "We answer 90% of calls within 20 seconds, measured each month.",
      "We aim to reply promptly, as soon as possible.",
      "Items will be re-shelved within two hours of their return, excluding closures announced a week ahead.",
      "Call 0113 496 0000 before the fourth ring, nine times out of ten.",
  };
  auto describe = [&](const TargetReading& reading) {
    std::string out = std::string(VerdictName(reading.verdict)) + "|" + reading.period + "|" + reading.event;
    for (const Quantity& quantity : reading.quantities) out += "|" + std::to_string(quantity.value) + quantity.unit;
    for (const std::string& word : reading.vague_words) out += "|" + word;
    return out;
  };
  std::vector<std::string> expected;
  for (const std::string& text : texts) expected.push_back(describe(ReadTarget(text, *lexicon, LocaleOf("en"), {})));
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        for (const std::string& text : texts) got[t].push_back(describe(ReadTarget(text, *lexicon, LocaleOf("en"), {})));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::vector<std::string>& readings : got) {
    REQUIRE(readings.size() == 50 * texts.size());
    for (size_t k = 0; k < readings.size(); ++k) CHECK(readings[k] == expected[k % texts.size()]);
  }
}
