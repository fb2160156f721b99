#pragma once
// Many charters arrive without markup: numbered paragraphs ("2.1 We will
// ..."), promise-shaped list items ("We answer ...") and standards tables
// (Ref | Standard | Target). In a document with no attribute-block
// commitments at all, these become commitments with derived ids, so they
// are checked like marked ones; `charterc check --write-ids` then writes
// the ids into the source.

#include "model/document.h"
#include "model/lexicon.h"

namespace charterc {

// Adds the document's implicit commitments, in source order; does nothing
// when the document marks any commitment itself.
void FindImplicitCommitments(Document* doc, const Lexicon& lexicon);

}  // namespace charterc
