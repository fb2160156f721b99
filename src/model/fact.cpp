#include "model/fact.h"

#include <array>
#include <utility>

namespace charterc {

namespace {

constexpr std::array<std::pair<const char*, FactUnit>, 9> kUnitNames = {{
    {"minute", FactUnit::Minute},
    {"hour", FactUnit::Hour},
    {"day", FactUnit::Day},
    {"working-day", FactUnit::WorkingDay},
    {"week", FactUnit::Week},
    {"month", FactUnit::Month},
    {"percent", FactUnit::Percent},
    {"count", FactUnit::Count},
    {"money", FactUnit::Money},
}};

}  // namespace

std::string FactUnitName(FactUnit unit) {
  for (const auto& [unit_name, value] : kUnitNames) {
    if (value == unit) return unit_name;
  }
  return "count";
}

std::optional<FactUnit> FactUnitFromName(const std::string& name) {
  for (const auto& [unit_name, unit] : kUnitNames) {
    if (name == unit_name) return unit;
  }
  return std::nullopt;
}

const char* FactUnitNames() {
  return "minute, hour, day, working-day, week, month, percent, count, money";
}

}  // namespace charterc
