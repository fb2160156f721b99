#pragma once
// The build state (out/.charterc/state) keeps what a build printed, to
// print it again when nothing changed. Those diagnostics quote source
// lines, and a commitment's line often carries its notes for assessors
// (`internal="…"`, `evidence="…"`), which must never leave the evidence
// pack: out/ is what a web team publishes, and a dot-folder inside it may
// well be published too. So the state keeps the quoted lines with those
// values masked, one '•' per character so the caret under the line still
// points at the same column.

#include <string>

namespace charterc {

// `printed` with the value of every internal= and evidence= attribute
// masked, quoted ("…", '…') or bare (up to the next `key=`, '}' or the
// line's end: the words of a note written without quotes are masked too).
std::string MaskInternalNotes(const std::string& printed);

}  // namespace charterc
