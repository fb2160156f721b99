#pragma once
// What the words of a block say about it, read with the lexicon of its
// language: whether it opens with a clause number or label ("2.1 ...",
// "Engagement 2 : ...", "Target: ..."), whether it promises by its own
// words (a promise start, marker, verb ending or passive form), whether it
// asks something of the customer, and what a heading or a lead-in line says
// about the list after it. model/implicit_commitments.h uses it to find the
// promises of a document written without markup.

#include <optional>
#include <string>

#include <unicode/locid.h>

#include "model/lexicon.h"
#include "model/phrase_match.h"

namespace charterc {

// What the lists after a heading or lead-in line hold.
enum class ListContext {
  Neutral,      // each item is judged by its own words
  Promises,     // every item is a promise ("We will:", "Our commitments")
  NotPromises,  // none is ("What we ask of you", "Contact us")
};

// "2.1 We answer ...", "Engagement 2 : nous ...", "Target: 85% of ...".
struct LeadingClause {
  std::string id;     // "clause-2-1", "engagement-2"; empty for a label without a number
  std::string rest;   // the text after the number or label
  bool labelled = false;  // a target or standard label ("Target:", "Engagement 2 :") says it is a promise
};

class PromiseWords {
 public:
  PromiseWords(const Lexicon& lexicon, const icu::Locale& locale) : lexicon_(lexicon), locale_(locale) {}

  std::string Lower(const std::string& text) const;

  std::optional<LeadingClause> ClauseOf(const std::string& text) const;

  // A heading or a line ending in ":" before a list.
  ListContext ContextOf(const std::string& text, bool heading) const;

  // Starts like a promise or holds a promise marker or ending, and asks
  // nothing of the customer.
  bool Promises(const std::string& text) const;
  // A passive or noun-first form ("is repaired", "se tramitan").
  bool IsPassive(const std::string& text) const;
  bool AsksOfCustomer(const std::string& text) const;
  // A heading over notes about the figures ("How we report", "Terms used"):
  // a passive sentence there describes rather than promises, unless it
  // states a target.
  bool IsNotesHeading(const std::string& text) const;

  // `text` up to a results label ("Achieved:", "Result:"), which reports
  // how the promise was kept rather than what it is.
  std::string BeforeResults(const std::string& text) const;

 private:
  bool HasPromiseEnding(const std::string& lower) const;

  const Lexicon& lexicon_;
  icu::Locale locale_;
};

}  // namespace charterc
