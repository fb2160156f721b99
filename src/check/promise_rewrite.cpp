#include "check/promise_rewrite.h"

#include <algorithm>

#include "base/source_file.h"
#include "i18n/text_case.h"
#include "model/phrase_match.h"

namespace charterc {

namespace {

constexpr size_t kLongestQuoted = 160;  // longer promises get the rule, not a quote

std::string Placeholder(const Lexicon& lexicon, const std::string& key, const std::string& fallback) {
  auto it = lexicon.placeholders.find(key);
  return it == lexicon.placeholders.end() ? fallback : it->second;
}

// `text` with the phrase at `at` (of `length` bytes) replaced.
std::string Replace(const std::string& text, size_t at, size_t length, const std::string& with) {
  std::string out = text.substr(0, at) + with + text.substr(at + length);
  // "answer within N working days, ." -> no doubled spaces or space before a stop.
  for (size_t pos; (pos = out.find("  ")) != std::string::npos;) out.erase(pos, 1);
  for (const char* stop : {" .", " ,", " ;"}) {
    for (size_t pos; (pos = out.find(stop)) != std::string::npos;) out.erase(pos, 1);
  }
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

// The text with its closing stop moved after `addition`.
std::string Append(std::string text, const std::string& addition) {
  std::string stop;
  while (!text.empty() && (text.back() == '.' || text.back() == ';' || text.back() == ' ')) {
    if (text.back() != ' ') stop = text.back();
    text.pop_back();
  }
  return text + addition + stop;
}

}  // namespace

SourceLocation PhraseLocation(const Commitment& commitment, const std::string& phrase, const icu::Locale& locale) {
  std::string wanted = LowerCase(phrase, locale);
  for (size_t i = 0; i < commitment.source_lines.size(); ++i) {
    const std::string& line = commitment.source_lines[i];
    std::string lower = LowerCase(line, locale);
    if (lower.size() != line.size()) continue;  // case folding moved bytes: offsets would lie
    size_t from = 0;
    if (i == 0 && commitment.location.column > 1) {
      // Skip what comes before the block on its first line ("- ", "| ").
      from = std::min(lower.size(), static_cast<size_t>(commitment.location.column - 1));
    }
    size_t at = FindPhrase(lower, wanted, from);
    if (at == std::string::npos) continue;
    return SourceLocation{commitment.location.file, commitment.location.line + static_cast<int>(i),
                          CodePointCount(std::string_view(line).substr(0, at)) + 1,
                          CodePointCount(std::string_view(line).substr(at, wanted.size()))};
  }
  return commitment.location;
}

std::string RewriteForVerdict(const Commitment& commitment, const TargetReading& reading, const Lexicon& lexicon,
                              const icu::Locale& locale) {
  const std::string& text = commitment.text;
  if (text.size() > kLongestQuoted) return "";
  std::string lower = LowerCase(text, locale);
  if (lower.size() != text.size()) return "";
  switch (reading.verdict) {
    case Verdict::Vague: {
      std::string out = text;
      // Hedges go; the first vague word becomes the target it stands for.
      for (const std::string& hedge : reading.hedges) {
        std::string current = LowerCase(out, locale);
        size_t at = FindPhrase(current, hedge);
        if (at == std::string::npos) continue;
        // "We aim to resolve" -> "We resolve": the subject stays.
        size_t space = hedge.find(' ');
        std::string subject = space == std::string::npos ? "" : hedge.substr(0, space);
        bool keeps_subject = std::find(lexicon.promise_starts.begin(), lexicon.promise_starts.end(), subject) !=
                             lexicon.promise_starts.end();
        size_t kept = keeps_subject ? space + 1 : 0;
        out = Replace(out, at + kept, hedge.size() - kept, "");
      }
      std::string current = LowerCase(out, locale);
      for (const std::string& word : reading.vague_words) {
        size_t at = FindPhrase(current, word);
        if (at == std::string::npos) continue;
        bool speed = std::find(lexicon.vague_speed.begin(), lexicon.vague_speed.end(), word) != lexicon.vague_speed.end();
        if (speed) return Replace(out, at, word.size(), Placeholder(lexicon, "time", "within N working days"));
        return Append(out, Placeholder(lexicon, "quality", ", as rated by N% of users in our yearly survey"));
      }
      // Only a hedge: the promise itself, with how often it is kept.
      return out == text ? "" : Append(out, Placeholder(lexicon, "measure", ", in N% of cases, measured each month"));
    }
    case Verdict::Incomplete: {
      if (reading.share && reading.period.empty()) {
        return Append(text, Placeholder(lexicon, "period", ", measured each month"));
      }
      if (reading.bare_numbers.empty()) return "";
      std::string number = reading.bare_numbers.front();
      size_t at = FindPhrase(lower, LowerCase(number, locale));
      if (at == std::string::npos) return "";
      return Replace(text, at + number.size(), 0, " " + Placeholder(lexicon, "unit", "working days"));
    }
    default:
      return "";
  }
}

}  // namespace charterc
