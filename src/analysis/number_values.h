#pragma once
// Every number a text states, read without a lexicon, so that a
// translation into any language ICU knows can be compared with its source
// number by number: digits of any numbering system (Latin, Arabic-Indic,
// Devanagari, ...) parsed with the locale's own decimal and grouping marks,
// cardinals and ordinals spelled out (ICU spell-out rules: "dreißig",
// "quatrième"), and the values of {{ facts }}. What is counted or measured
// is not read here: that takes a lexicon (see analysis/target_reader.h).

#include <map>
#include <string>
#include <vector>

#include <unicode/locid.h>

#include "analysis/text_scan.h"
#include "model/fact.h"

namespace charterc {

// The values in `text` (facts written as {{ name }}), sorted, so two texts
// that state the same numbers in another order agree. Left out on purpose:
// phone numbers (compared as contact details), and 0 and 1, because "one"
// is also the article of many languages ("a week", "eine Woche", "une
// semaine") and a translator may write either. A clause number ("4.2.1")
// or a time ("9:30") gives each of its parts, whatever the language's
// decimal mark, so it reads the same on both sides.
// `number_words` are the language's lexicon's words for numbers that ICU
// does not spell ("twice", Welsh "deg"), when it has one.
// `work`, when given, is added the work done (see analysis/text_scan.h).
std::vector<double> NumberValues(const std::string& text, const icu::Locale& locale, const FactTable& facts,
                                 const std::map<std::string, double>& number_words = {}, ScanWork* work = nullptr);

}  // namespace charterc
