#include "i18n/readability.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>

#include <cctype>
#include <cstring>
#include <map>
#include <memory>

namespace charterc {

namespace {

bool IsEnglish(const icu::Locale& locale) { return std::strcmp(locale.getLanguage(), "en") == 0; }

// Sentence breaks that skip CLDR's abbreviations for the locale and the
// lexicon's own.
std::unique_ptr<icu::BreakIterator> SentenceIterator(const icu::Locale& locale,
                                                     const std::vector<std::string>& abbreviations) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status)) {  // no CLDR list for the language (Chinese): start from none
    status = U_ZERO_ERROR;
    builder.reset(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  }
  std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) return nullptr;
  for (const std::string& abbreviation : abbreviations) {
    UErrorCode ignored = U_ZERO_ERROR;  // a duplicate of CLDR's is not an error worth stopping for
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), ignored);
  }
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(sentences.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

int Letters(const icu::UnicodeString& word) {
  int letters = 0;
  for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1)) {
    if (u_isalpha(word.char32At(i))) ++letters;
  }
  return letters;
}

// Words in one sentence, adding their long-word and syllable counts.
int CountWords(const icu::UnicodeString& sentence, const icu::Locale& locale, icu::BreakIterator& words,
               TextStats* stats) {
  words.setText(sentence);
  int count = 0;
  for (int32_t start = words.first(), end = words.next(); end != icu::BreakIterator::DONE;
       start = end, end = words.next()) {
    if (words.getRuleStatus() < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
    icu::UnicodeString word = sentence.tempSubStringBetween(start, end);
    ++count;
    if (Letters(word) > 6) ++stats->long_words;
    if (IsEnglish(locale)) {
      std::string utf8;
      word.toUTF8String(utf8);
      stats->syllables += EnglishSyllables(utf8);
    }
  }
  return count;
}

}  // namespace

void TextStats::Add(const TextStats& other) {
  sentences += other.sentences;
  words += other.words;
  long_words += other.long_words;
  syllables += other.syllables;
  sentence_list.insert(sentence_list.end(), other.sentence_list.begin(), other.sentence_list.end());
}

int EnglishSyllables(const std::string& word) {
  std::string lower;
  for (char c : word) {
    if (std::isalpha(static_cast<unsigned char>(c))) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (lower.empty()) return 1;  // a number is read as at least one syllable
  auto vowel = [](char c) { return std::strchr("aeiouy", c) != nullptr; };
  int groups = 0;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (vowel(lower[i]) && (i == 0 || !vowel(lower[i - 1]))) ++groups;
  }
  // "make", "service": a final e is silent, but not in "the" or "table".
  bool silent_e = lower.size() > 2 && lower.back() == 'e' && !vowel(lower[lower.size() - 2]) &&
                  !(lower[lower.size() - 2] == 'l' && !vowel(lower[lower.size() - 3]));
  if (silent_e && groups > 1) --groups;
  return groups > 0 ? groups : 1;
}

// Building a filtered sentence iterator costs far more than measuring one
// paragraph, and every paragraph and commitment is measured: the iterators
// are built once per language and abbreviation list, per thread, and reused
// (setText starts them afresh). Per thread because an iterator holds the
// text it walks: two threads may never share one. A thread builds its own
// rather than cloning a shared one, as a shared one would be a global to
// guard; with a few threads and languages that is a few builds a run.
struct Iterators {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
};

Iterators& IteratorsFor(const icu::Locale& locale, const std::vector<std::string>& abbreviations) {
  thread_local std::map<std::string, Iterators> cache;
  std::string key = locale.getName();
  for (const std::string& abbreviation : abbreviations) key += "\x1F" + abbreviation;
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  Iterators iterators;
  iterators.sentences = SentenceIterator(locale, abbreviations);
  UErrorCode status = U_ZERO_ERROR;
  iterators.words.reset(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status)) iterators.words.reset();
  return cache.emplace(key, std::move(iterators)).first->second;
}

TextStats MeasureText(const std::string& text, const icu::Locale& locale,
                      const std::vector<std::string>& abbreviations) {
  TextStats stats;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  Iterators& iterators = IteratorsFor(locale, abbreviations);
  if (!iterators.sentences || !iterators.words) return stats;
  icu::BreakIterator* sentences = iterators.sentences.get();
  icu::BreakIterator& words_iterator = *iterators.words;
  sentences->setText(unicode);
  for (int32_t start = sentences->first(), end = sentences->next(); end != icu::BreakIterator::DONE;
       start = end, end = sentences->next()) {
    icu::UnicodeString sentence = unicode.tempSubStringBetween(start, end);
    int count = CountWords(sentence, locale, words_iterator, &stats);
    if (count == 0) continue;
    ++stats.sentences;
    stats.words += count;
    std::string utf8;
    sentence.trim().toUTF8String(utf8);
    stats.sentence_list.push_back({count, utf8});
  }
  return stats;
}

ReadabilityIndex IndexFor(const TextStats& stats, const icu::Locale& locale) {
  if (stats.words == 0 || stats.sentences == 0) return {IsEnglish(locale) ? "flesch-reading-ease" : "lix", 0};
  double words_per_sentence = static_cast<double>(stats.words) / stats.sentences;
  if (IsEnglish(locale)) {
    double syllables_per_word = static_cast<double>(stats.syllables) / stats.words;
    return {"flesch-reading-ease", 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word};
  }
  return {"lix", words_per_sentence + 100.0 * stats.long_words / stats.words};
}

}  // namespace charterc
