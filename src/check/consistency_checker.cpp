#include "check/consistency_checker.h"

#include <cmath>
#include <set>
#include <sstream>

#include "i18n/locale_info.h"
#include "i18n/text_case.h"

namespace charterc {

namespace {

// Lower-case words of `text` (letters only), for matching a fact's label.
std::vector<std::string> Words(const std::string& text, const icu::Locale& locale) {
  std::string folded = LowerCase(text, locale);
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80)) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// The words that say what a fact is about: its label without small words.
std::vector<std::string> SubjectWords(const Fact& fact, const icu::Locale& locale) {
  static const std::set<std::string> kSmall = {"the", "and", "for", "per", "with", "within", "from", "our",
                                               "your", "are", "each", "every", "most", "one", "item", "time"};
  std::vector<std::string> subject;
  for (const std::string& word : Words(fact.label, locale)) {
    if (word.size() >= 3 && !kSmall.count(word)) subject.push_back(word);
  }
  return subject;
}

// At least two subject words, and at least two in three, start a word of
// the text ("loan" matches "loans").
bool SpeaksOf(const std::vector<std::string>& text_words, const std::vector<std::string>& subject) {
  if (subject.size() < 2) return false;
  size_t found = 0;
  for (const std::string& wanted : subject) {
    for (const std::string& word : text_words) {
      if (word.rfind(wanted, 0) == 0) {
        ++found;
        break;
      }
    }
  }
  return found >= 2 && found * 3 >= subject.size() * 2;
}

std::string Number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace

void CheckConsistency(const Project& project, const Analysis& analysis, DiagnosticSink& sink) {
  for (const Document& doc : project.documents) {
    for (const Commitment& commitment : doc.commitments) {
      const std::optional<TargetReading>& reading = analysis.Of(doc, commitment).reading;
      if (!reading) continue;
      icu::Locale locale;
      ParseLanguageTag(doc.meta.lang, &locale);
      std::vector<std::string> text_words = Words(commitment.text, locale);
      for (const Quantity& quantity : reading->quantities) {
        if (quantity.text.rfind("{{", 0) == 0) continue;  // already a fact
        for (const auto& [name, fact] : project.facts) {
          if (FactUnitName(fact.unit) != quantity.unit || !SpeaksOf(text_words, SubjectWords(fact, locale))) continue;
          std::string fact_place = fact.location.file + ":" + std::to_string(fact.location.line);
          if (std::abs(fact.value - quantity.value) > 1e-9) {
            sink.Report(DiagCode::E0504, commitment.location,
                        "commitment '" + commitment.id + "' says " + quantity.text + " where " + fact_place +
                            " gives '" + fact.label + "' as " + Number(fact.value) + " (unit: " + FactUnitName(fact.unit) + ")",
                        "write {{ " + name + " }} instead, or correct facts.yaml if the fact is out of date");
          } else {
            sink.Report(DiagCode::W0505, commitment.location,
                        "commitment '" + commitment.id + "' writes " + quantity.text + " by hand; it is the fact '" +
                            name + "'",
                        "write {{ " + name + " }} so the number cannot drift from facts.yaml");
          }
        }
      }
    }
  }
}

}  // namespace charterc
