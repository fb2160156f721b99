#pragma once
// Many charters arrive without markup: numbered paragraphs ("2.1 We will
// ..."), promise-shaped list items ("We answer ...") and standards tables
// (Ref | Standard | Target). In a document with no attribute-block
// commitments at all, these become commitments with derived ids, so they
// are checked like marked ones; `charterc check --write-ids` then writes
// the ids into the source.

#include <functional>
#include <string>

#include "model/document.h"
#include "model/lexicon.h"

namespace charterc {

// Whether a text states a target (a quantity, a frequency or a deadline):
// a table's target column is found by what its cells hold when no header
// names it, and a passive paragraph promises when it states one.
using QuantityTest = std::function<bool(const std::string&)>;

// Adds the document's implicit commitments, in source order; does nothing
// when the document marks any commitment itself. Found are: numbered
// clauses and labelled ones ("Engagement 2 :", "Target:"); list items under
// a lead-in ("We will:", "Our staff will be:") or a heading that promises,
// each read as lead-in + item; list items and paragraphs that promise by
// their own words (see model/promise_words.h), list items in a passive form,
// and paragraphs in one that state a target; but none under a heading about
// the customer's part ("What we ask of you") or asking something of the
// customer; and the rows of tables of standards or results.
void FindImplicitCommitments(Document* doc, const Lexicon& lexicon, const QuantityTest& states_target);

}  // namespace charterc
