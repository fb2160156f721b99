#include "model/promise_words.h"

#include <algorithm>
#include <cctype>

#include "i18n/text_case.h"
#include "model/document_index.h"
#include "model/phrase_match.h"

namespace charterc {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

size_t SkipSpaces(const std::string& text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text.compare(at, 2, "\xC2\xA0") == 0)) {
    at += text[at] == '\xC2' ? 2 : 1;
  }
  return at;
}

// "2.1 We will..." -> "2.1"; empty when the text starts with no dotted clause number.
std::string DottedNumber(const std::string& text, size_t* end_out) {
  size_t end = 0;
  bool dotted = false;
  while (end < text.size() && (IsDigit(text[end]) || text[end] == '.')) {
    dotted = dotted || (text[end] == '.' && end + 1 < text.size() && IsDigit(text[end + 1]));
    ++end;
  }
  if (!dotted || end >= text.size() || text[end] != ' ') return "";
  std::string number = text.substr(0, end);
  while (!number.empty() && number.back() == '.') number.pop_back();
  *end_out = end;
  return number;
}

}  // namespace

std::string PromiseWords::Lower(const std::string& text) const { return LowerCase(text, locale_); }

std::optional<LeadingClause> PromiseWords::ClauseOf(const std::string& text) const {
  size_t end = 0;
  std::string dotted = DottedNumber(text, &end);
  if (!dotted.empty()) {
    std::string id = "clause-" + dotted;
    for (char& c : id) c = c == '.' ? '-' : c;
    return LeadingClause{id, text.substr(SkipSpaces(text, end)), false};
  }
  // A label of one or two words, perhaps numbered, then ":" (or " :").
  size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 40) return std::nullopt;
  std::string label = text.substr(0, colon);
  while (!label.empty() && (label.back() == ' ' || label.back() == '*')) label.pop_back();
  size_t number_start = label.find_last_not_of("0123456789");
  std::string number = number_start == std::string::npos ? "" : label.substr(number_start + 1);
  std::string word = number.empty() ? label : label.substr(0, number_start + 1);
  while (!word.empty() && word.back() == ' ') word.pop_back();
  while (!word.empty() && word.front() == '*') word.erase(0, 1);
  if (word.empty() || std::count(word.begin(), word.end(), ' ') > 1) return std::nullopt;
  std::string lower = Lower(word);
  bool promise_label = HasAnyPhrase(lower, lexicon_.target_columns) || HasAnyPhrase(lower, lexicon_.standard_columns);
  if (!promise_label) return std::nullopt;
  std::string rest = text.substr(SkipSpaces(text, colon + 1));
  while (!rest.empty() && rest.front() == '*') rest.erase(0, 1);
  rest = rest.substr(SkipSpaces(rest, 0));
  if (rest.empty()) return std::nullopt;  // "Our targets:" introduces a list
  std::string id = number.empty() ? "" : SlugOf(word) + "-" + number;
  return LeadingClause{id, rest, true};
}

namespace {

// Where the last whole-word match of any of `phrases` ends in `lower`; 0 if none.
size_t LastPhraseEnd(const std::string& lower, const std::vector<std::string>& phrases) {
  size_t last = 0;
  for (const std::string& phrase : phrases) {
    for (size_t at = FindPhrase(lower, phrase); at != std::string::npos; at = FindPhrase(lower, phrase, at + 1)) {
      last = std::max(last, at + phrase.size());
    }
  }
  return last;
}

}  // namespace

ListContext PromiseWords::ContextOf(const std::string& text, bool heading) const {
  std::string lower = Lower(text);
  if (heading) {
    // A heading must open with it ("Contact us", not "When you contact us").
    if (StartsWithPhrase(lower, lexicon_.not_promises)) return ListContext::NotPromises;
    return HasAnyPhrase(lower, lexicon_.lead_ins) ? ListContext::Promises : ListContext::Neutral;
  }
  // A line before a list may hold both; the words nearest its colon say
  // what the list holds: "When you contact us, we will:" promises, "In
  // return, we ask you to:" asks.
  size_t not_promise_end = LastPhraseEnd(lower, lexicon_.not_promises);
  size_t promise_end = std::max(LastPhraseEnd(lower, lexicon_.lead_ins), LastPhraseEnd(lower, lexicon_.promise_markers));
  for (const std::string& start : lexicon_.promise_starts) {  // "The Library will:", "Staff will be:"
    if (FindPhrase(lower, start) == 0) promise_end = std::max(promise_end, start.size());
  }
  if (not_promise_end > 0) return not_promise_end >= promise_end ? ListContext::NotPromises : ListContext::Promises;
  return promise_end > 0 || HasPromiseEnding(lower) ? ListContext::Promises : ListContext::Neutral;
}

bool PromiseWords::Promises(const std::string& text) const {
  std::string lower = Lower(text);
  if (HasAnyPhrase(lower, lexicon_.obligations)) return false;
  return StartsWithPhrase(lower, lexicon_.promise_starts) || HasAnyPhrase(lower, lexicon_.promise_markers) ||
         HasPromiseEnding(lower);
}

bool PromiseWords::IsPassive(const std::string& text) const {
  std::string lower = Lower(text);
  return !HasAnyPhrase(lower, lexicon_.obligations) && HasAnyPhrase(lower, lexicon_.passive_markers);
}

bool PromiseWords::AsksOfCustomer(const std::string& text) const {
  return HasAnyPhrase(Lower(text), lexicon_.obligations);
}

bool PromiseWords::IsNotesHeading(const std::string& text) const {
  return HasAnyPhrase(Lower(text), lexicon_.notes_headings);
}

std::string PromiseWords::BeforeResults(const std::string& text) const {
  std::string lower = Lower(text);
  if (lower.size() != text.size()) return text;
  size_t cut = std::string::npos;
  for (const std::string& word : lexicon_.result_columns) {
    for (size_t at = lower.find(word + ":"); at != std::string::npos; at = lower.find(word + ":", at + 1)) {
      if (at > 0 && HasPhrase(lower.substr(at, word.size()), word)) cut = std::min(cut, at);
    }
  }
  if (cut == std::string::npos) return text;
  std::string before = text.substr(0, cut);
  while (!before.empty() && before.back() == ' ') before.pop_back();
  return before;
}

// A word ending like a promise verb: Spanish "responderemos", "se publicarán".
bool PromiseWords::HasPromiseEnding(const std::string& lower) const {
  for (const std::string& ending : lexicon_.promise_endings) {
    for (size_t at = lower.find(ending); at != std::string::npos; at = lower.find(ending, at + 1)) {
      size_t end = at + ending.size();
      bool word_ends = end == lower.size() || !IsWordByte(static_cast<unsigned char>(lower[end]));
      bool long_word = at >= 2 && IsWordByte(static_cast<unsigned char>(lower[at - 1])) &&
                       IsWordByte(static_cast<unsigned char>(lower[at - 2]));
      if (word_ends && long_word) return true;
    }
  }
  return false;
}

}  // namespace charterc
