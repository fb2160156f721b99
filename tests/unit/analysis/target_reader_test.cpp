#include <doctest/doctest.h>

#include "analysis/target_reader.h"
#include "project/lexicon_loader.h"
#include "resources/embedded.h"

using namespace charterc;

namespace {

TargetReading Read(const std::string& text, const std::string& lang = "en", const FactTable& facts = {}) {
  std::optional<Lexicon> lexicon = BuiltInLexicon(lang);
  REQUIRE(lexicon.has_value());
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
  return ReadTarget(text, *lexicon, locale, facts);
}

}  // namespace

TEST_CASE("built-in lexicons parse without a single diagnostic") {
  int lexicons = 0;
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    std::string path(file.path);
    if (path.find("/lexicon.yaml") == std::string::npos) continue;
    ++lexicons;
    DiagnosticSink sink;
    CHECK_MESSAGE(ParseLexicon(SourceFile(path, std::string(file.data)), "x", sink).has_value(), path);
    CHECK(sink.Sorted().empty());
  }
  CHECK(lexicons >= 3);  // en, fr, cy
}

TEST_CASE("a number with a unit is a quantity; a share needs its period") {
  TargetReading reading = Read("We answer 90% of calls within 20 seconds.");
  CHECK(reading.verdict == Verdict::Incomplete);
  REQUIRE(reading.share.has_value());
  CHECK(*reading.share == 90);
  REQUIRE(reading.quantities.size() == 2);
  CHECK(reading.quantities[1].unit == "second");
  CHECK(reading.quantities[1].value == 20);
  CHECK(Read("We answer 90% of calls within 20 seconds, measured each month.").verdict == Verdict::Measurable);
}

TEST_CASE("the event a time target runs from is read, longest phrase first") {
  CHECK(Read("We scan a chapter within 3 working days of your request.").event == "of your request");
  CHECK(Read("Nous répondons sous 2 jours ouvrés à compter de la réception.", "fr").event == "à compter de la réception");
  CHECK(Read("We reply within 2 working days.").event.empty());
}

TEST_CASE("the longest unit wins and numbers are parsed by ICU for the language") {
  TargetReading reading = Read("Up to 1,000 customers within 2 working days.");
  REQUIRE(reading.quantities.size() == 2);
  CHECK(reading.quantities[0].value == 1000);
  CHECK(reading.quantities[0].unit == "count");
  CHECK(reading.quantities[1].unit == "working-day");
  TargetReading french = Read("Une amende de 0,50 € par jour.", "fr");
  REQUIRE_FALSE(french.quantities.empty());
  CHECK(french.quantities[0].value == doctest::Approx(0.5));
  CHECK(french.quantities[0].unit == "money");
}

TEST_CASE("clause numbers, years, phone numbers, times, versions and ordinals are not targets") {
  for (const char* text : {"See clause 4.2.1 of the policy.", "Since 2019 we have held the award.",
                           "Call 01632 960 000 or +44 1632 960000.", "We open at 9:00 and at 9am.",
                           "Pages meet WCAG 2.2.", "On the 2nd floor."}) {
    CAPTURE(text);
    TargetReading reading = Read(text);
    CHECK(reading.quantities.empty());
    CHECK(reading.bare_numbers.empty());
    CHECK(reading.verdict == Verdict::Binary);
  }
}

TEST_CASE("facts are quantities in their own unit, and a percent fact can be a share") {
  FactTable facts;
  facts["calls"] = Fact{"calls", 90, FactUnit::Percent, "", "", {}};
  facts["reply"] = Fact{"reply", 2, FactUnit::WorkingDay, "", "", {}};
  TargetReading reading = Read("We answer {{ calls }} of calls within {{ reply }}.", "en", facts);
  CHECK(reading.share.has_value());
  CHECK(reading.verdict == Verdict::Incomplete);
  CHECK(Read("We reply within {{ missing }}.", "en", facts).undefined_fact);
}

TEST_CASE("hedges and vague words are found on word boundaries, longest first") {
  TargetReading reading = Read("We aim to reply as soon as possible.");
  CHECK(reading.verdict == Verdict::Vague);
  CHECK(reading.hedges == std::vector<std::string>{"we aim to"});
  CHECK(reading.vague_words == std::vector<std::string>{"as soon as possible"});
  CHECK(Read("The minister visits within 2 minutes.").quantities.at(0).unit == "minute");
}

TEST_CASE("Welsh units are found in their mutated forms") {
  CHECK(Read("Rydym yn ateb e-byst o fewn 2 ddiwrnod gwaith.", "cy").quantities.at(0).unit == "working-day");
}
