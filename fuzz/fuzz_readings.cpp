// libFuzzer harness: the reading cache, out/.charterc/readings
// (analysis/reading_cache.h). Like the build state it is charterc's own
// file in a folder others can write to; a damaged one may only cost time.
// Keys are hashes, so mutated bytes alone would never be looked up; the
// first byte picks one of two ways in:
//   even: the rest, behind a correct header, is the whole file;
//   odd:  a file with the keys a build of a few fixed texts looks up, each
//         entry's payload cut from the rest, so every kind of payload is
//         decoded (readings, text statistics, number values).
// Besides the sanitizers it checks that Load takes a file whole or not at
// all, and that whatever a cache holds after use is written so that it
// reads back, byte for byte.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "analysis/reading_cache.h"
#include "project/lexicon_loader.h"

namespace {

using charterc::ReadingCache;

void Require(bool holds) {
  if (!holds) std::abort();
}

constexpr const char* kIdentity = "charterc fuzz";

// Texts that fill every field of a reading between them: a share, a period,
// a hedge, a vague word, a bare number, a fact and an undefined fact.
const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = {
      "We aim to answer 90% of calls within 20 seconds, measured each month.",
      "We reply promptly within {{ reply.days }} of receiving your letter, about 3 times.",
      "We answer within {{ no.such.fact }}.",
      "Items will be re-shelved within two hours.",
  };
  return texts;
}

struct Inputs {
  charterc::Lexicon lexicon;
  charterc::FactTable facts;
  icu::Locale locale{"en"};
  std::vector<std::string> abbreviations{"e.g.", "approx."};
};

const Inputs& Fixed() {
  static const Inputs inputs = [] {
    Inputs made;
    made.lexicon = *charterc::BuiltInLexicon("en");
    made.lexicon.identity = 7;
    made.facts["reply.days"] = {"reply.days", 3, charterc::FactUnit::WorkingDay, "", "Reply", {}};
    return made;
  }();
  return inputs;
}

// Asks the cache everything a build of Texts() would.
void UseAll(ReadingCache* cache) {
  const Inputs& in = Fixed();
  for (const std::string& text : Texts()) {
    cache->Read(text, in.lexicon, in.locale, in.facts);
    cache->Measure(text, in.locale, in.abbreviations);
    cache->Numbers(text, in.locale, in.facts, in.lexicon.number_words, in.lexicon.identity);
  }
}

// The header Serialise writes, and the kind and key of every entry a build
// of Texts() writes, in file order (the format of reading_cache.cpp:
// kind byte, key and payload size as 8 bytes little-endian, payload).
struct Layout {
  std::string header;
  std::vector<std::pair<char, std::string>> keys;  // kind, the key's 8 bytes
};

uint64_t ReadU64(const std::string& bytes, size_t at) {
  uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<size_t>(i)]);
  return value;
}

std::string U64Bytes(uint64_t value) {
  std::string out;
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
  return out;
}

const Layout& FileLayout() {
  static const Layout layout = [] {
    Layout made;
    made.header = ReadingCache(kIdentity).Serialise();
    ReadingCache cache(kIdentity);
    UseAll(&cache);
    const std::string file = cache.Serialise();
    size_t at = made.header.size();
    while (at < file.size()) {
      made.keys.emplace_back(file[at], file.substr(at + 1, 8));
      at += 1 + 8;
      at += 8 + ReadU64(file, at);
    }
    Require(at == file.size() && !made.keys.empty());
    return made;
  }();
  return layout;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const Layout& layout = FileLayout();
  std::string file = layout.header;
  bool well_formed = false;
  if (data[0] % 2 == 0) {
    file.append(reinterpret_cast<const char*>(data + 1), size - 1);
  } else {
    FuzzedDataProvider provider(data + 1, size - 1);
    for (const auto& [kind, key] : layout.keys) {
      const std::string payload = provider.ConsumeRandomLengthString(4096);
      file.push_back(kind);
      file += key + U64Bytes(payload.size()) + payload;
    }
    well_formed = true;
  }

  ReadingCache cache(kIdentity);
  const bool loaded = cache.Load(file);
  if (well_formed) Require(loaded);
  UseAll(&cache);
  // A payload that does not decode is computed again: never more hits than
  // questions, and every question answered one way or the other.
  const int questions = static_cast<int>(Texts().size()) * 3;
  Require(cache.hits() + cache.misses() >= questions);
  if (!loaded) Require(cache.hits() == 0);

  const std::string written = cache.Serialise();
  ReadingCache again(kIdentity);
  Require(again.Load(written));
  UseAll(&again);
  Require(again.Serialise() == written);
  return 0;
}
