#pragma once
// The heart of charterc: is every commitment something an assessor could
// check? Each one gets a verdict (see model/target.h) from its text, read in
// its document's language, or from its explicit target="..." attribute,
// which wins. Vague promises are errors, incomplete ones too; yes/no
// promises, hedges and vague words next to a number are warnings. Every
// message says what is missing and shows a pattern to rewrite it with.

#include "diag/diagnostic_sink.h"
#include "model/project.h"
#include "model/target.h"

namespace charterc {

// The reading of one commitment of `doc`; nothing when its language has no lexicon.
std::optional<TargetReading> ReadCommitment(const Project& project, const Document& doc, const Commitment& commitment);

void CheckMeasurability(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
