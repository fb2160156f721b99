#pragma once
// The localise stage: a source document and its translation into one
// language become an edition, a Document in that language with the
// source's structure, ids and commitments. Units that are missing, stale
// or wrong keep the source's text, marked with the source language so the
// page can say so (and screen readers switch voice).

#include "analysis/analysis.h"
#include "model/project.h"
#include "model/translation.h"

namespace charterc {

// The units' assessments come from the analyse stage.
Document BuildEdition(const Analysis& analysis, const Document& source, const Translation& translation);

// Every language's share of translated units, over the documents that
// have a translation in it.
struct Coverage {
  std::string lang;
  EditionStatus status;  // summed over documents
  double Share() const { return status.units == 0 ? 1.0 : static_cast<double>(status.translated) / status.units; }
};
std::vector<Coverage> MeasureCoverage(const Project& project, const Analysis& analysis);

}  // namespace charterc
