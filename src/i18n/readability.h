#pragma once
// How hard a text is to read, counted with ICU's sentence and word break
// iterators in the text's own language, and the readability index suited
// to it: Flesch reading ease for English (higher is easier; 60-70 is plain
// English), LIX for other languages (lower is easier; under 40 is easy,
// over 50 hard). Abbreviations such as "Mr." do not end a sentence (CLDR's
// sentence-break suppressions), nor do those a lexicon adds ("Dr.").

#include <string>
#include <vector>

#include <unicode/locid.h>

namespace charterc {

struct Sentence {
  int words = 0;
  std::string text;  // as written, without surrounding space
};

struct TextStats {
  int sentences = 0;
  int words = 0;
  int long_words = 0;  // more than six letters (LIX's definition)
  int syllables = 0;   // English only: vowel groups, a heuristic
  std::vector<Sentence> sentence_list;  // in order

  void Add(const TextStats& other);
};

// Counts `text`; numbers count as words, punctuation does not. No sentence
// ends after one of `abbreviations` ("Dr."), besides CLDR's own list.
TextStats MeasureText(const std::string& text, const icu::Locale& locale,
                      const std::vector<std::string>& abbreviations = {});

struct ReadabilityIndex {
  std::string name;  // "flesch-reading-ease" or "lix"
  double value = 0;
};

// Flesch reading ease for English, LIX otherwise; value 0 for no words.
ReadabilityIndex IndexFor(const TextStats& stats, const icu::Locale& locale);

// Syllables in an English word by vowel groups, with a silent final e.
int EnglishSyllables(const std::string& word);

}  // namespace charterc
