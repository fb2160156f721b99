#pragma once
// Reads a commitment's text the way a service-standards editor would: finds
// each number (in any script, with the language's decimal and grouping
// marks, parsed by ICU), decides whether a unit from the language's lexicon
// follows it, sets aside numbers that are not targets (clause numbers such
// as 4.2.1, years, phone numbers, times of day, versions such as WCAG 2.2,
// ordinals), and notes shares, periods, hedges and vague words.

#include <string>

#include <unicode/locid.h>

#include "analysis/text_scan.h"
#include "model/fact.h"
#include "model/lexicon.h"
#include "model/target.h"

namespace charterc {

// The verdict on what a reading found (see model/target.h): a quantity is
// measurable unless it is a share with no period; else a bare number is
// incomplete; else a frequency is measurable; else vague words or hedges are
// vague; else it is a yes/no promise.
Verdict DecideVerdict(const TargetReading& reading);

// `text` is the commitment's plain text, facts written as {{ name }}; a
// defined fact counts as a quantity in its own unit. The lexicon's phrases
// are looked for in one pass over the text (see analysis/lexicon_phrases.h).
TargetReading ReadTarget(const std::string& text, const Lexicon& lexicon, const icu::Locale& locale,
                         const FactTable& facts, ScanWork* work = nullptr);

}  // namespace charterc
