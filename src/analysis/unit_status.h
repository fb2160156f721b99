#pragma once
// Whether one translated unit can stand in for its source: right (same
// quantities, units, facts, links and contact details, compared after
// reading each text in its own language), current (made from today's
// source wording), or neither.

#include <string>
#include <vector>

#include "model/project.h"
#include "model/translation.h"
#include "translation/unit.h"

namespace charterc {

class ReadingCache;  // analysis/reading_cache.h: null computes every reading

enum class UnitState {
  Translated,  // current and right
  Stale,       // right, but the source wording changed since
  Wrong,       // states something the source does not (an error)
  Missing,     // no translation
};

struct UnitAssessment {
  UnitState state = UnitState::Missing;
  std::vector<std::string> differences;  // for Wrong: "the source has 2 working days; the translation has 3 ..."
};

// Whether numbers are compared with their units ("2 working days"): only
// when both languages have a lexicon to read units with. Otherwise every
// number is still compared, by value, in any language ICU can read.
bool UnitsCompared(const Project& project, const std::string& source_lang, const std::string& lang);

// `translated` may be null (missing). Lexicons come from `project` by
// language (see UnitsCompared); facts, links and contacts are always compared.
UnitAssessment AssessUnit(const Project& project, const Unit& source, const std::string& source_lang,
                          const TranslatedUnit* translated, const std::string& lang, ReadingCache* cache = nullptr);

// The units of `source` with their assessment in `translation`.
struct AssessedUnit {
  Unit unit;
  const TranslatedUnit* translated = nullptr;
  UnitAssessment assessment;
};
std::vector<AssessedUnit> AssessTranslation(const Project& project, const Document& source,
                                            const Translation& translation, ReadingCache* cache = nullptr);

}  // namespace charterc
