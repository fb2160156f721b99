#pragma once
// A single-sourced value from charters/facts.yaml: a number with a unit,
// inserted into text with {{ name }} and formatted per locale by ICU.

#include <map>
#include <optional>
#include <string>

#include "base/source_location.h"

namespace charterc {

enum class FactUnit { Minute, Hour, Day, WorkingDay, Week, Month, Percent, Count, Money };

struct Fact {
  std::string name;
  double value = 0;
  FactUnit unit = FactUnit::Count;
  std::string currency;  // ISO 4217, for Money
  std::string label;
  SourceLocation location;
};

using FactTable = std::map<std::string, Fact>;

// "working-day" -> WorkingDay; nothing for an unknown unit name.
std::optional<FactUnit> FactUnitFromName(const std::string& name);
// WorkingDay -> "working-day": the unit's name in facts.yaml and in lexicons.
std::string FactUnitName(FactUnit unit);
// The names accepted in facts.yaml, for hints.
const char* FactUnitNames();

}  // namespace charterc
