#include "i18n/readability.h"

#include <doctest/doctest.h>

namespace charterc {

TEST_CASE("abbreviations do not end a sentence") {
  // "Mr." is in CLDR's list; "Dr." comes from the lexicon.
  TextStats stats = MeasureText("Dr. Patel runs the desk. Mr. Jones helps.", icu::Locale("en"), {"Dr."});
  REQUIRE(stats.sentences == 2);
  CHECK(stats.sentence_list[0].words == 5);
  CHECK(stats.sentence_list[0].text == "Dr. Patel runs the desk.");
  CHECK(stats.sentence_list[1].words == 3);
}

TEST_CASE("numbers are words, punctuation is not") {
  TextStats stats = MeasureText("We answer 95% of calls within 30 seconds, every day.", icu::Locale("en"));
  CHECK(stats.sentences == 1);
  CHECK(stats.words == 10);
}

TEST_CASE("long words have more than six letters") {
  TextStats stats = MeasureText("Borrowers renew loans online.", icu::Locale("en"));
  CHECK(stats.words == 4);
  CHECK(stats.long_words == 1);  // Borrowers (9); "online" has six
}

TEST_CASE("English syllables by vowel groups") {
  CHECK(EnglishSyllables("the") == 1);
  CHECK(EnglishSyllables("make") == 1);
  CHECK(EnglishSyllables("table") == 2);
  CHECK(EnglishSyllables("library") == 3);
  CHECK(EnglishSyllables("service") == 2);
  CHECK(EnglishSyllables("30") == 1);
}

TEST_CASE("Flesch for English, LIX for other languages") {
  icu::Locale english("en-GB");
  TextStats stats = MeasureText("The cat sat on the mat. The dog ran.", english);
  ReadabilityIndex flesch = IndexFor(stats, english);
  CHECK(flesch.name == "flesch-reading-ease");
  // 9 words, 2 sentences, 9 syllables: 206.835 - 1.015 * 4.5 - 84.6 * 1.
  CHECK(flesch.value == doctest::Approx(117.66).epsilon(0.001));

  icu::Locale welsh("cy");
  TextStats cy = MeasureText("Rydym yn ateb negeseuon e-bost o fewn dau ddiwrnod gwaith.", welsh);
  ReadabilityIndex lix = IndexFor(cy, welsh);
  CHECK(lix.name == "lix");
  CHECK(lix.value == doctest::Approx(double(cy.words) / cy.sentences + 100.0 * cy.long_words / cy.words));
}

TEST_CASE("Chinese and Arabic are segmented into words and sentences") {
  TextStats zh = MeasureText("我们在两个工作日内回复电子邮件。我们每月公布结果。", icu::Locale("zh-Hans"));
  CHECK(zh.sentences == 2);
  CHECK(zh.words > 6);
  TextStats ar = MeasureText("نرد على رسائل البريد الإلكتروني خلال يومي عمل. نحن هنا.", icu::Locale("ar"));
  CHECK(ar.sentences == 2);
  CHECK(ar.sentence_list[1].words == 2);
}

TEST_CASE("no text gives no index rather than a division by zero") {
  TextStats empty = MeasureText("  ", icu::Locale("en"));
  CHECK(empty.sentences == 0);
  CHECK(IndexFor(empty, icu::Locale("en")).value == 0);
}

}  // namespace charterc
