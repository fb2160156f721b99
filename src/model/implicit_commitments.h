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

// Whether a table cell's text states a quantity (a target column found by
// what its cells hold rather than by its header).
using QuantityTest = std::function<bool(const std::string&)>;

// Adds the document's implicit commitments, in source order; does nothing
// when the document marks any commitment itself. Found are: numbered
// clauses; list items under a lead-in ("We will:", "Our staff will be:") or
// a heading that promises, each read as lead-in + item; list items and
// paragraphs that promise by their own words (a subject such as "We" or
// "The Library", or a marker such as "will" or "is answered within"), but
// none under a heading or line about the customer's part ("What we ask of
// you") or asking something of the customer; and the rows of tables of
// standards or results.
void FindImplicitCommitments(Document* doc, const Lexicon& lexicon, const QuantityTest& holds_quantity);

}  // namespace charterc
