#pragma once
// Inline content in XLIFF 2: how a unit's text, formatting, links, facts
// and code spans become <source>/<target> markup and back.
//
// Everything a translator must not break is a protected inline code
// (canDelete="no", canCopy="no"): a fact is <ph subType="cc:fact"> with
// "{{ name }}" in <originalData>, a code span <ph subType="cc:code">, a
// link <pc type="link"> whose URL sits in <originalData> (the translator
// translates the link text, never the address). Emphasis and strong are
// ordinary <pc type="fmt" subType="xlf:i|xlf:b"> a translator may move.

#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "diag/diagnostic.h"
#include "model/inline.h"

namespace charterc {

// Writes `inlines` into `parent` (a <source>), numbering codes from 1 and
// adding each code's original data to `original_data` (created on demand
// under `unit`, before the segment).
void AppendXliffInlines(const std::vector<Inline>& inlines, pugi::xml_node parent, pugi::xml_node unit);

// Writes translated `inlines` (read from another format) into `target`:
// each code takes the id and attributes of the first unused code of
// `source` that stands for the same thing (a fact, link or code span with
// the same text; formatting of the same kind); a formatting code the
// source does not have keeps only its text.
void AppendXliffTarget(const std::vector<Inline>& inlines, pugi::xml_node target, pugi::xml_node source);

// What each code id of one unit stands for, read from its <source> and
// <originalData>.
struct XliffCode {
  Inline prototype;        // kind and text (URL, fact name, code) without children
  bool protected_code = false;  // canDelete="no": must appear in the target
};
using XliffCodes = std::map<std::string, XliffCode>;
XliffCodes ReadXliffCodes(pugi::xml_node unit, pugi::xml_node source);

// Rebuilds inlines from a <target>. A problem (an unknown code id, a
// protected code missing) is described in `problem`, with the offending
// node in `at`; the inlines are still returned as far as they could be read.
struct XliffInlineProblem {
  std::string message;
  pugi::xml_node at;
  DiagCode code = DiagCode::E1005;
};
// Inline codes nested deeper than this (<pc> in <pc>, <mrk> in <mrk>) are
// E1501: the reader and every later walk of the model recurse per level.
inline constexpr int kMaxXliffNesting = 40;
std::vector<Inline> ReadXliffInlines(pugi::xml_node target, const XliffCodes& codes,
                                     std::vector<XliffInlineProblem>* problems);

}  // namespace charterc
