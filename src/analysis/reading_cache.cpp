#include "analysis/reading_cache.h"

#include <algorithm>
#include <cstring>

#include <unicode/uversion.h>

#include "analysis/number_values.h"
#include "analysis/target_reader.h"
#include "base/content_hash.h"
#include "model/fact_placeholders.h"

namespace charterc {

namespace {

constexpr const char* kMagic = "charterc readings ";

// Little-endian, whatever the machine: the file may outlive the build.
void PutU64(std::string* out, uint64_t value) {
  for (int shift = 0; shift < 64; shift += 8) out->push_back(static_cast<char>((value >> shift) & 0xff));
}
void PutString(std::string* out, const std::string& text) {
  PutU64(out, text.size());
  out->append(text);
}
void PutDouble(std::string* out, double value) {
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  PutU64(out, bits);
}
void PutInt(std::string* out, int value) { PutU64(out, static_cast<uint64_t>(static_cast<int64_t>(value))); }
void PutStrings(std::string* out, const std::vector<std::string>& list) {
  PutU64(out, list.size());
  for (const std::string& item : list) PutString(out, item);
}
void PutDoubles(std::string* out, const std::vector<double>& list) {
  PutU64(out, list.size());
  for (double item : list) PutDouble(out, item);
}

// Reads what the Put functions wrote; once anything is out of bounds, every
// later read fails too, and ok() says so.
class Input {
 public:
  explicit Input(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  bool done() const { return at_ == bytes_.size(); }
  size_t at() const { return at_; }

  uint64_t U64() {
    if (!Need(8)) return 0;
    uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes_[at_ + static_cast<size_t>(i)]);
    at_ += 8;
    return value;
  }
  uint8_t Byte() {
    if (!Need(1)) return 0;
    return static_cast<uint8_t>(bytes_[at_++]);
  }
  std::string String() {
    uint64_t size = U64();
    if (!Need(size)) return {};
    std::string text(bytes_.substr(at_, size));
    at_ += size;
    return text;
  }
  double Double() {
    uint64_t bits = U64();
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  int Int() { return static_cast<int>(static_cast<int64_t>(U64())); }
  // A count of items of at least `min_size` bytes each: never more than
  // the bytes left could hold, so a damaged count cannot exhaust memory.
  size_t Count(size_t min_size) {
    uint64_t count = U64();
    if (count > (bytes_.size() - at_) / std::max<size_t>(1, min_size)) ok_ = false;
    return ok_ ? static_cast<size_t>(count) : 0;
  }
  std::vector<std::string> Strings() {
    std::vector<std::string> list(Count(8));
    for (std::string& item : list) item = String();
    return list;
  }
  std::vector<double> Doubles() {
    std::vector<double> list(Count(8));
    for (double& item : list) item = Double();
    return list;
  }

 private:
  bool Need(uint64_t size) {
    if (ok_ && size <= bytes_.size() - at_) return true;
    ok_ = false;
    return false;
  }
  std::string_view bytes_;
  size_t at_ = 0;
  bool ok_ = true;
};

std::string EncodeReading(const TargetReading& reading) {
  std::string out;
  out.push_back(static_cast<char>(reading.verdict));
  PutU64(&out, reading.quantities.size());
  for (const Quantity& quantity : reading.quantities) {
    PutDouble(&out, quantity.value);
    PutString(&out, quantity.unit);
    PutString(&out, quantity.text);
    PutString(&out, quantity.counted);
  }
  out.push_back(reading.share ? 1 : 0);
  PutDouble(&out, reading.share.value_or(0));
  PutString(&out, reading.period);
  PutString(&out, reading.frequency);
  PutString(&out, reading.event);
  PutStrings(&out, reading.bare_numbers);
  PutDoubles(&out, reading.bare_values);
  PutStrings(&out, reading.hedges);
  PutStrings(&out, reading.vague_words);
  out.push_back(reading.undefined_fact ? 1 : 0);
  return out;
}

bool DecodeReading(const std::string& bytes, TargetReading* reading) {
  Input in(bytes);
  reading->verdict = static_cast<Verdict>(in.Byte());
  reading->quantities.resize(in.Count(32));
  for (Quantity& quantity : reading->quantities) {
    quantity.value = in.Double();
    quantity.unit = in.String();
    quantity.text = in.String();
    quantity.counted = in.String();
  }
  bool has_share = in.Byte() != 0;
  double share = in.Double();
  if (has_share) reading->share = share;
  reading->period = in.String();
  reading->frequency = in.String();
  reading->event = in.String();
  reading->bare_numbers = in.Strings();
  reading->bare_values = in.Doubles();
  reading->hedges = in.Strings();
  reading->vague_words = in.Strings();
  reading->undefined_fact = in.Byte() != 0;
  return in.ok() && in.done() && reading->verdict <= Verdict::Vague;
}

std::string EncodeStats(const TextStats& stats) {
  std::string out;
  for (int count : {stats.sentences, stats.words, stats.long_words, stats.syllables}) PutInt(&out, count);
  PutU64(&out, stats.sentence_list.size());
  for (const Sentence& sentence : stats.sentence_list) {
    PutInt(&out, sentence.words);
    PutString(&out, sentence.text);
  }
  return out;
}

bool DecodeStats(const std::string& bytes, TextStats* stats) {
  Input in(bytes);
  for (int* count : {&stats->sentences, &stats->words, &stats->long_words, &stats->syllables}) *count = in.Int();
  stats->sentence_list.resize(in.Count(16));
  for (Sentence& sentence : stats->sentence_list) {
    sentence.words = in.Int();
    sentence.text = in.String();
  }
  return in.ok() && in.done();
}

// Every bit of a value counts.
uint64_t Bits(double value) {
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

// The definition of each fact `text` names, in order, or that it has none.
void AddFactsNamed(const std::string& text, const FactTable& facts, HashBuilder* key) {
  SplitFactPlaceholders(
      text, [](std::string_view) {},
      [&](const std::string& name, std::string_view) {
        key->Add(name);
        auto fact = facts.find(name);
        if (fact == facts.end()) {
          key->Add("undefined");
          return;
        }
        key->Add(Bits(fact->second.value))
            .Add(FactUnitName(fact->second.unit))
            .Add(fact->second.currency)
            .Add(fact->second.label);
      });
}

}  // namespace

std::string ReadingCacheIdentity(const std::string& program) {
  UVersionInfo version;
  u_getVersion(version);
  char icu[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(version, icu);
  return program + " icu " + icu;
}

bool ReadingCache::Load(const std::string& bytes) {
  const std::string header = kMagic + std::to_string(kVersion) + "\n" + identity_ + "\n";
  if (bytes.compare(0, header.size(), header) != 0) return false;
  Input in(std::string_view(bytes).substr(header.size()));
  std::unordered_map<uint64_t, Entry> loaded[4];
  while (in.ok() && !in.done()) {
    uint8_t kind = in.Byte();
    uint64_t key = in.U64();
    std::string payload = in.String();
    if (kind < 1 || kind > 3) return false;
    loaded[kind][key] = {std::move(payload), false};
  }
  if (!in.ok()) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  for (int kind = 0; kind < 4; ++kind) entries_[kind] = std::move(loaded[kind]);
  return true;
}

std::string ReadingCache::Serialise() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out = kMagic + std::to_string(kVersion) + "\n" + identity_ + "\n";
  for (uint8_t kind = 1; kind < 4; ++kind) {
    // In key order: the same readings give the same file.
    std::vector<std::pair<uint64_t, const std::string*>> used;
    for (const auto& [key, entry] : entries_[kind]) {
      if (entry.used) used.emplace_back(key, &entry.payload);
    }
    std::sort(used.begin(), used.end());
    for (const auto& [key, payload] : used) {
      out.push_back(static_cast<char>(kind));
      PutU64(&out, key);
      PutString(&out, *payload);
    }
  }
  return out;
}

bool ReadingCache::Find(Kind kind, uint64_t key, std::string* payload) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto& entries = entries_[static_cast<int>(kind)];
  auto it = entries.find(key);
  if (it == entries.end()) return false;
  it->second.used = true;
  ++hits_;
  *payload = it->second.payload;
  return true;
}

void ReadingCache::Store(Kind kind, uint64_t key, std::string payload) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++misses_;
  entries_[static_cast<int>(kind)][key] = {std::move(payload), true};
}

int ReadingCache::hits() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return hits_;
}

int ReadingCache::misses() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return misses_;
}

TargetReading ReadingCache::Read(const std::string& text, const Lexicon& lexicon, const icu::Locale& locale,
                                 const FactTable& facts) {
  if (lexicon.identity == 0) return ReadTarget(text, lexicon, locale, facts);
  HashBuilder key;
  key.Add("target").Add(text).Add(lexicon.identity).Add(locale.getName());
  AddFactsNamed(text, facts, &key);
  const uint64_t hash = key.Finish();
  TargetReading reading;
  if (std::string payload; Find(Kind::Target, hash, &payload) && DecodeReading(payload, &reading)) return reading;
  reading = {};
  reading = ReadTarget(text, lexicon, locale, facts);
  Store(Kind::Target, hash, EncodeReading(reading));
  return reading;
}

TextStats ReadingCache::Measure(const std::string& text, const icu::Locale& locale,
                                const std::vector<std::string>& abbreviations) {
  HashBuilder key;
  key.Add("stats").Add(text).Add(locale.getName());
  for (const std::string& abbreviation : abbreviations) key.Add(abbreviation);
  const uint64_t hash = key.Finish();
  TextStats stats;
  if (std::string payload; Find(Kind::Stats, hash, &payload) && DecodeStats(payload, &stats)) return stats;
  stats = {};
  stats = MeasureText(text, locale, abbreviations);
  Store(Kind::Stats, hash, EncodeStats(stats));
  return stats;
}

std::vector<double> ReadingCache::Numbers(const std::string& text, const icu::Locale& locale, const FactTable& facts,
                                          const std::map<std::string, double>& number_words, uint64_t words_identity) {
  if (!number_words.empty() && words_identity == 0) return NumberValues(text, locale, facts, number_words);
  HashBuilder key;
  key.Add("numbers").Add(text).Add(locale.getName());
  AddFactsNamed(text, facts, &key);
  key.Add(number_words.empty() ? "no words" : "words").Add(number_words.empty() ? 0 : words_identity);
  const uint64_t hash = key.Finish();
  if (std::string payload; Find(Kind::Numbers, hash, &payload)) {
    Input in(payload);
    std::vector<double> values = in.Doubles();
    if (in.ok() && in.done()) return values;
  }
  std::vector<double> values = NumberValues(text, locale, facts, number_words);
  std::string payload;
  PutDoubles(&payload, values);
  Store(Kind::Numbers, hash, std::move(payload));
  return values;
}

TargetReading CachedReadTarget(ReadingCache* cache, const std::string& text, const Lexicon& lexicon,
                               const icu::Locale& locale, const FactTable& facts) {
  return cache != nullptr ? cache->Read(text, lexicon, locale, facts) : ReadTarget(text, lexicon, locale, facts);
}

TextStats CachedMeasureText(ReadingCache* cache, const std::string& text, const icu::Locale& locale,
                            const std::vector<std::string>& abbreviations) {
  return cache != nullptr ? cache->Measure(text, locale, abbreviations) : MeasureText(text, locale, abbreviations);
}

std::vector<double> CachedNumberValues(ReadingCache* cache, const std::string& text, const icu::Locale& locale,
                                       const FactTable& facts, const std::map<std::string, double>& number_words,
                                       uint64_t words_identity) {
  return cache != nullptr ? cache->Numbers(text, locale, facts, number_words, words_identity)
                          : NumberValues(text, locale, facts, number_words);
}

}  // namespace charterc
