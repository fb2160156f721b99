#include "analysis/unit_status.h"

#include <algorithm>
#include <sstream>

#include "analysis/contact_scan.h"
#include "analysis/number_values.h"
#include "analysis/reading_cache.h"
#include "analysis/target_reader.h"
#include "i18n/locale_info.h"
#include "model/link_policy.h"

namespace charterc {

namespace {

// What must not change between languages, each list sorted so that order
// (which translation may change) does not matter.
struct Invariants {
  std::vector<std::string> measures;  // numbers with a unit ("2 working-day"); counted nouns vary by language, so not "count"
  std::vector<std::string> facts;
  std::vector<std::string> links;
  std::vector<std::string> contacts;
};

std::string NumberText(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

void CollectInlines(const std::vector<Inline>& inlines, Invariants* out) {
  for (const Inline& node : inlines) {
    if (node.kind == InlineKind::Fact) out->facts.push_back(node.text);
    if (node.kind == InlineKind::Link || node.kind == InlineKind::Image) out->links.push_back(node.text);
    CollectInlines(node.children, out);
  }
}

// Email addresses and phone numbers written in the text (digits only, so
// "0113 496 0000" and "0113 4960000" agree).
void CollectContacts(const std::string& text, Invariants* out) {
  for (std::string& email : FindEmailAddresses(text)) out->contacts.push_back(std::move(email));
  for (const std::string& phone : FindPhoneNumbers(text)) {
    std::string digits;
    for (char c : phone) {
      if (c == '+' || (c >= '0' && c <= '9')) digits += c;
    }
    if (digits.size() >= 9) out->contacts.push_back(digits);
  }
}

Invariants ReadInvariants(const Project& project, const std::vector<Inline>& inlines, const std::string& lang,
                          ReadingCache* cache) {
  Invariants invariants;
  CollectInlines(inlines, &invariants);
  std::string text = PlainText(inlines);
  CollectContacts(text, &invariants);
  auto lexicon = project.lexicons.find(lang);
  icu::Locale locale;
  if (lexicon != project.lexicons.end() && ParseLanguageTag(lang, &locale)) {
    TargetReading reading = CachedReadTarget(cache, text, lexicon->second, locale, project.facts);
    for (const Quantity& quantity : reading.quantities) {
      if (quantity.unit != "count") invariants.measures.push_back(NumberText(quantity.value) + " " + quantity.unit);
    }
  }
  for (auto* list : {&invariants.measures, &invariants.facts, &invariants.links, &invariants.contacts}) {
    std::sort(list->begin(), list->end());
  }
  return invariants;
}

// The numbers of a text read without a lexicon (see
// analysis/number_values.h), as text for messages.
// The lexicon's own number words ("twice", "deg") only when both sides
// have a lexicon, so that both read the same kinds of words: "twice" read
// in English but "zweimal" not in German would differ.
std::vector<std::string> LexiconFreeNumbers(const Project& project, const std::vector<Inline>& inlines,
                                            const std::string& lang, bool lexicon_words, ReadingCache* cache) {
  std::vector<std::string> numbers;
  icu::Locale locale;
  if (!ParseLanguageTag(lang, &locale)) return numbers;
  auto lexicon = project.lexicons.find(lang);
  static const std::map<std::string, double> kNone;
  const std::map<std::string, double>& words =
      lexicon_words && lexicon != project.lexicons.end() ? lexicon->second.number_words : kNone;
  const uint64_t words_identity = &words == &kNone ? 0 : lexicon->second.identity;
  for (double value : CachedNumberValues(cache, PlainText(inlines), locale, project.facts, words, words_identity)) {
    numbers.push_back(NumberText(value));
  }
  return numbers;
}

std::string Joined(const std::vector<std::string>& items) {
  if (items.empty()) return "none";
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

void Compare(const char* what, const std::vector<std::string>& source, const std::vector<std::string>& translated,
             std::vector<std::string>* differences) {
  if (source == translated) return;
  differences->push_back(std::string(what) + ": the source has " + Joined(source) + ", the translation has " +
                         Joined(translated));
}

// What the translation states that the source does not. A contact is not
// compared: a translation may give its readers their own address (a
// Welsh-language desk); it only has to be one that can become a link.
std::vector<std::string> Differences(const Project& project, const Unit& source, const std::string& source_lang,
                                     const TranslatedUnit& translated, const std::string& lang, ReadingCache* cache) {
  std::vector<std::string> differences;
  if (source.kind == UnitKind::Contact) {
    std::string value = PlainText(translated.inlines);
    if (!IsContactAddress(value)) differences.push_back("'" + value + "' is not an email address or a safe link");
    return differences;
  }
  Invariants before = ReadInvariants(project, source.inlines, source_lang, cache);
  Invariants after = ReadInvariants(project, translated.inlines, lang, cache);
  // Every number either text states, by value, in any language (in digits
  // or in words); with both lexicons, also each quantity with its unit.
  bool lexicons = UnitsCompared(project, source_lang, lang);
  Compare("numbers", LexiconFreeNumbers(project, source.inlines, source_lang, lexicons, cache),
          LexiconFreeNumbers(project, translated.inlines, lang, lexicons, cache), &differences);
  if (lexicons) Compare("units", before.measures, after.measures, &differences);
  Compare("facts", before.facts, after.facts, &differences);
  Compare("links", before.links, after.links, &differences);
  Compare("contact details", before.contacts, after.contacts, &differences);
  return differences;
}

}  // namespace

bool UnitsCompared(const Project& project, const std::string& source_lang, const std::string& lang) {
  return project.lexicons.count(source_lang) > 0 && project.lexicons.count(lang) > 0;
}

UnitAssessment AssessUnit(const Project& project, const Unit& source, const std::string& source_lang,
                          const TranslatedUnit* translated, const std::string& lang, ReadingCache* cache) {
  UnitAssessment assessment;
  if (translated == nullptr) return assessment;
  // A translation of older wording, or one not confirmed (fuzzy, a
  // candidate), is not published: it is not compared with the current
  // source either, whose numbers may well have changed since.
  if ((!translated->from.empty() && translated->from != source.fingerprint) || translated->unconfirmed) {
    assessment.state = UnitState::Stale;
    return assessment;
  }
  assessment.differences = Differences(project, source, source_lang, *translated, lang, cache);
  assessment.state = assessment.differences.empty() ? UnitState::Translated : UnitState::Wrong;
  return assessment;
}

std::vector<AssessedUnit> AssessTranslation(const Project& project, const Document& source,
                                            const Translation& translation, ReadingCache* cache) {
  std::vector<AssessedUnit> assessed;
  for (Unit& unit : SegmentDocument(source)) {
    AssessedUnit entry;
    entry.translated = translation.Find(unit.id);
    entry.assessment = AssessUnit(project, unit, source.meta.lang, entry.translated, translation.lang, cache);
    entry.unit = std::move(unit);
    assessed.push_back(std::move(entry));
  }
  return assessed;
}

}  // namespace charterc
