#pragma once
// Where a diagnostic about a promise points, and how the promise could be
// rewritten: the caret goes under the very word the message is about (the
// vague word, the hedge, the bare number), found again in the block's source
// lines; the hint is this promise with the missing part filled in by the
// language's placeholders ("within N working days", ", measured each
// month"), so a writer sees their own sentence fixed rather than a rule.

#include <optional>
#include <string>

#include <unicode/locid.h>

#include "model/commitment.h"
#include "model/lexicon.h"
#include "model/target.h"

namespace charterc {

// The location of `phrase` (any case) in the commitment's source lines, on
// a word boundary; the commitment's own location when it is not there.
SourceLocation PhraseLocation(const Commitment& commitment, const std::string& phrase, const icu::Locale& locale);

// The commitment's text rewritten so the reading would be measurable; empty
// when no rewrite can be made (the text is too long to quote, or the word is
// not in it).
std::string RewriteForVerdict(const Commitment& commitment, const TargetReading& reading, const Lexicon& lexicon,
                              const icu::Locale& locale);

}  // namespace charterc
