#pragma once
// Readings of text kept from one build for the next: a one-word edit of one
// document should not make charterc read every promise of every document
// again. Three pure functions of the analysis are memoised, each keyed by a
// hash of exactly what its result depends on:
//
//   ReadTarget(text, lexicon, locale, facts)   the text, the lexicon's
//       identity (what it was read from), the locale, and the definition
//       of each fact the text names ({{ name }}), or that it is undefined
//   MeasureText(text, locale, abbreviations)   the text, the locale, the list
//   NumberValues(text, locale, facts, words)   the text, the locale, the
//       facts it names, the identity of the lexicon the number words are from
//
// The file as a whole belongs to one charterc binary and one ICU: the
// identity it was written with (charterc's own, which changes with every
// new build of charterc, and ICU's version) must match, or it is not used.
// An entry is used only when its key matches; a changed input gives another
// key, so a stale reading cannot be reused. The file keeps only the entries
// the last build asked for, so it does not grow from build to build.
//
// Format (out/.charterc/readings): a text header line
// "charterc readings <version>\n", the identity line, then records, each a
// kind byte, a 64-bit key and a length-prefixed payload (little-endian).
// A file that is damaged or of another version or identity is ignored.
//
// Safe to use from several threads.

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <unicode/locid.h>

#include "i18n/readability.h"
#include "model/fact.h"
#include "model/lexicon.h"
#include "model/target.h"

namespace charterc {

class ReadingCache {
 public:
  static constexpr int kVersion = 1;

  // `identity`: charterc's and ICU's (see ReadingCacheIdentity); a file of
  // another identity is not used.
  explicit ReadingCache(std::string identity) : identity_(std::move(identity)) {}

  // Takes the entries of a file written by Serialise; false (and no entry
  // taken) when it is damaged, of another version or another identity.
  bool Load(const std::string& bytes);
  // The entries asked for since construction (hits and new readings), for
  // the next build.
  std::string Serialise() const;

  TargetReading Read(const std::string& text, const Lexicon& lexicon, const icu::Locale& locale,
                     const FactTable& facts);
  TextStats Measure(const std::string& text, const icu::Locale& locale, const std::vector<std::string>& abbreviations);
  // `words_identity`: the identity of the lexicon `number_words` come from
  // (Lexicon::identity); 0 when unknown, which is never cached unless the
  // words are empty.
  std::vector<double> Numbers(const std::string& text, const icu::Locale& locale, const FactTable& facts,
                              const std::map<std::string, double>& number_words, uint64_t words_identity);

  // How many readings came from the file, and how many were computed
  // (for -v and the tests: a one-word edit computes only that document's).
  int hits() const;
  int misses() const;

 private:
  enum class Kind : uint8_t { Target = 1, Stats = 2, Numbers = 3 };
  struct Entry {
    std::string payload;
    bool used = false;
  };
  // The payload under `key`, marking it used; false when absent.
  bool Find(Kind kind, uint64_t key, std::string* payload);
  void Store(Kind kind, uint64_t key, std::string payload);

  std::string identity_;
  mutable std::mutex mutex_;
  std::unordered_map<uint64_t, Entry> entries_[4];  // by Kind
  int hits_ = 0;
  int misses_ = 0;
};

// charterc's identity (Env::program: its version and binary) with the ICU
// version loaded at run time, whose data the readings come from.
std::string ReadingCacheIdentity(const std::string& program);

// Calls the real functions when `cache` is null.
TargetReading CachedReadTarget(ReadingCache* cache, const std::string& text, const Lexicon& lexicon,
                               const icu::Locale& locale, const FactTable& facts);
TextStats CachedMeasureText(ReadingCache* cache, const std::string& text, const icu::Locale& locale,
                            const std::vector<std::string>& abbreviations);
std::vector<double> CachedNumberValues(ReadingCache* cache, const std::string& text, const icu::Locale& locale,
                                       const FactTable& facts, const std::map<std::string, double>& number_words,
                                       uint64_t words_identity);

}  // namespace charterc
