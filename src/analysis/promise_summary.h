#pragma once
// A promise's reading in a few words, for the places that list every
// promise with its verdict: `check --list`, commitments.json and the
// internal report all say it the same way.

#include <string>
#include <vector>

#include "model/target.h"

namespace charterc {

// What was read, as written: "90% · 20 seconds · each month"; empty when
// the promise states nothing measurable.
std::string MeasureText(const TargetReading& reading);

// What the promise lacks to be measurable, one short phrase each: "the
// period the share is measured over", "a unit for 5", "a quantity";
// hedges and vague words are named too ("no hedge: \"aim to\""). Empty for
// a measurable promise stated plainly.
std::vector<std::string> MissingParts(const TargetReading& reading);

}  // namespace charterc
