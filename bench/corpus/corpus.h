// The benchmark corpus generator's shared vocabulary: the three languages,
// a piece of text in each of them, the blocks a document is made of, and the
// seeded random source every choice is drawn from.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace bench {

enum Lang { kEn = 0, kFr = 1, kCy = 2 };
inline constexpr int kLangs = 3;
inline constexpr std::array<const char*, kLangs> kLangTags{"en", "fr", "cy"};

// One text in English, French and Welsh, in charterc's Markdown syntax.
struct Tri {
  std::array<std::string, kLangs> text;
  const std::string& operator[](int lang) const { return text[lang]; }
  std::string& operator[](int lang) { return text[lang]; }
};

// std::mt19937_64's output sequence is fixed by the C++ standard, unlike the
// standard distributions, so every choice is made here from raw draws: the
// same seed gives a byte-identical corpus with any compiler and library.
class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}
  uint64_t Below(uint64_t n) { return n == 0 ? 0 : engine_() % n; }
  bool Chance(int percent) { return Below(100) < static_cast<uint64_t>(percent); }
  template <class T>
  const T& Pick(const std::vector<T>& options) { return options[Below(options.size())]; }

 private:
  std::mt19937_64 engine_;
};

enum class Unit { kWorkingDay, kDay, kHour, kMinute, kSecond, kWeek, kPercent };

// A value in facts.yaml, which the generator also formats itself for the
// peers (Hugo, Pandoc), which know nothing of {{ name }}.
struct Fact {
  Unit unit;
  int value;
};
using Facts = std::map<std::string, Fact>;

// The fact the benchmark changes: used by exactly ten documents (all of
// them when the corpus is smaller than ten).
inline constexpr const char* kTenDocumentFact = "bench.ten-documents";

// Every occurrence of `from` in `text` replaced with `to`.
inline std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

struct Block {
  enum Kind { kHeading, kParagraph, kItem, kOrderedItem, kTable };
  Kind kind = kParagraph;
  Tri text;                        // not used by tables
  std::string id;                  // a heading's anchor or a commitment's id
  std::string attrs;               // source only: refs=... dimension=...
  std::vector<std::vector<Tri>> rows;  // tables: the header row first
};

enum class DocKind { kCharter, kStatement, kStandards, kPolicy };

struct Document {
  std::string name;  // file name without .md
  DocKind kind = DocKind::kCharter;
  Tri org, title, summary, owner;
  std::string contact;
  std::vector<Block> blocks;
  bool marked = false;  // every promise carries {#id refs=...}; claims cse
};

}  // namespace bench
