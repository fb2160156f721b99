#pragma once
// The words one language uses to state a measurable promise: units that
// follow a number, periods a service level is measured over, hedges that
// soften a promise and vague words that measure nothing. Read from
// locales/<lang>/lexicon.yaml (built in, or the project's own).

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace charterc {

class LexiconPhrases;  // analysis/lexicon_phrases.h

struct Lexicon {
  std::string lang;                                       // the file's language, e.g. "cy"
  std::map<std::string, std::vector<std::string>> units;  // unit name ("working-day") -> phrases
  std::vector<std::string> periods;
  std::vector<std::string> events;  // what a time target runs from: "of receiving it"
  std::vector<std::string> hedges;
  std::vector<std::string> vague;
  std::vector<std::string> vague_speed;  // the vague words that stand for a time ("promptly")
  // How a rewrite hint fills in what a promise lacks, in this language:
  // time ("within N working days"), period (", measured each month"),
  // unit ("working days"), quality (", as rated by N% of users ..."),
  // measure (", in N% of cases, measured each month").
  std::map<std::string, std::string> placeholders;
  std::vector<std::string> share_markers;
  std::vector<std::string> share_of;  // "9 out of 10", "9 in 10": a share in whole numbers
  // Numbers in words beyond ICU's spell-out rules ("a dozen", Welsh "deg"),
  // and phrases that are a whole quantity ("half an hour" = 0.5 hour).
  std::map<std::string, double> number_words;
  struct QuantityPhrase {
    double value = 0;
    std::string unit;
  };
  std::map<std::string, QuantityPhrase> quantity_phrases;
  // A frequency or deadline makes an action measurable ("each quarter").
  std::vector<std::string> frequencies;
  // Numbers after these, up to the end of the clause, are not the target
  // ("excluding closures announced a week ahead").
  std::vector<std::string> exclusions;
  // Words after a number that say nothing is counted ("within 3 of ...").
  std::vector<std::string> not_counted;
  // Before these, an ordinal in words is a limit: "before the fourth ring"
  // is at most 4 rings ("a second service point" is not a count).
  std::vector<std::string> ordinal_limits;
  std::vector<std::string> abbreviations;  // "Dr.": no sentence ends after them (readability)
  // Unmarked promises: blocks starting with these ("we", "you can"),...
  std::vector<std::string> promise_starts;
  // ...or holding one of these anywhere ("will", "is answered within")...
  std::vector<std::string> promise_markers;
  // ...or, in a list item, a passive form ("is", "are": "Damaged stock is
  // repaired within ...") or a verb ending that marks a promise (Spanish
  // "-remos": "responderemos").
  std::vector<std::string> passive_markers;
  std::vector<std::string> promise_endings;
  // ...and list items under a line or heading holding a lead-in ("we will:",
  // "our commitment to you"), but nothing under one naming what is not a
  // promise ("what we ask of you", "contact us").
  std::vector<std::string> lead_ins;
  std::vector<std::string> not_promises;
  // A sentence holding one of these asks something of the customer ("you
  // must", "please"): it is not a promise.
  std::vector<std::string> obligations;
  // Headings over notes about the figures ("how we report", "terms used").
  std::vector<std::string> notes_headings;
  // ...and rows of tables whose header names these columns.
  std::vector<std::string> ref_columns;       // "ref", "no."
  std::vector<std::string> standard_columns;  // "standard", "service"
  std::vector<std::string> target_columns;    // "target"
  std::vector<std::string> period_columns;    // "measured", "frequency": holds "monthly"
  // Published results: "Achieved" and "Status" columns, and the words a
  // status cell says a target was met or missed with.
  std::vector<std::string> result_columns;
  std::vector<std::string> status_columns;
  std::vector<std::string> status_met;
  std::vector<std::string> status_not_met;
  // The reader's phrase lists above as one automaton, built by the loader
  // once the lists are read (whoever changes a list afterwards builds it
  // again); shared by copies of the lexicon and by threads, never changed.
  std::shared_ptr<const LexiconPhrases> phrases;
  // What the lexicon was read from (its file's bytes, or the built-in
  // one's name), hashed by the loader: with charterc's own identity it
  // stands for every list above, so cached readings are keyed by it
  // (analysis/reading_cache.h). 0: unknown, never cached.
  uint64_t identity = 0;
};

using LexiconTable = std::map<std::string, Lexicon>;  // by document language tag

}  // namespace charterc
