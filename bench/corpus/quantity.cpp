// How a number and its unit are written in English, French and Welsh, with
// digits or in words, as the documents in tests/corpus write them.
#include <map>
#include <utility>

#include "vocabulary.h"

namespace bench {
namespace {

const std::map<int, const char*> kEnglishWords{
    {1, "one"},      {2, "two"},         {3, "three"},  {4, "four"},   {5, "five"},
    {7, "seven"},    {10, "ten"},        {14, "fourteen"}, {15, "fifteen"}, {20, "twenty"},
    {24, "twenty-four"}, {30, "thirty"}, {48, "forty-eight"}};

// French "un"/"une" depends on the noun; writers use the digit for one.
const std::map<int, const char*> kFrenchWords{
    {2, "deux"},  {3, "trois"},  {4, "quatre"}, {5, "cinq"},    {7, "sept"},
    {10, "dix"},  {14, "quatorze"}, {15, "quinze"}, {20, "vingt"}, {24, "vingt-quatre"},
    {30, "trente"}, {48, "quarante-huit"}};

// Welsh number words change with the noun's gender and mutate it, so only
// the pairs a Welsh writer would really use are listed (see the cy lexicon).
const std::map<std::pair<Unit, int>, const char*> kWelshWords{
    {{Unit::kWorkingDay, 2}, "dau ddiwrnod gwaith"}, {{Unit::kWorkingDay, 3}, "tri diwrnod gwaith"},
    {{Unit::kWorkingDay, 5}, "pum niwrnod gwaith"},  {{Unit::kWorkingDay, 10}, "deng niwrnod gwaith"},
    {{Unit::kDay, 3}, "tri diwrnod"},                {{Unit::kDay, 5}, "pum niwrnod"},
    {{Unit::kDay, 7}, "saith niwrnod"},              {{Unit::kMinute, 5}, "pum munud"},
    {{Unit::kMinute, 10}, "deng munud"},             {{Unit::kHour, 2}, "dwy awr"},
    {{Unit::kWeek, 2}, "dwy wythnos"},               {{Unit::kWeek, 4}, "pedair wythnos"}};

std::string EnglishUnit(Unit unit, int value) {
  const bool one = value == 1;
  switch (unit) {
    case Unit::kWorkingDay: return one ? "working day" : "working days";
    case Unit::kDay: return one ? "day" : "days";
    case Unit::kHour: return one ? "hour" : "hours";
    case Unit::kMinute: return one ? "minute" : "minutes";
    case Unit::kSecond: return one ? "second" : "seconds";
    case Unit::kWeek: return one ? "week" : "weeks";
    case Unit::kPercent: return "%";
  }
  return "";
}

std::string FrenchUnit(Unit unit, int value) {
  const bool one = value == 1;
  switch (unit) {
    case Unit::kWorkingDay: return one ? "jour ouvré" : "jours ouvrés";
    case Unit::kDay: return one ? "jour" : "jours";
    case Unit::kHour: return one ? "heure" : "heures";
    case Unit::kMinute: return one ? "minute" : "minutes";
    case Unit::kSecond: return one ? "seconde" : "secondes";
    case Unit::kWeek: return one ? "semaine" : "semaines";
    case Unit::kPercent: return "%";
  }
  return "";
}

// Welsh counts with the singular noun; 2 softens it, 5, 10 and 15 nasalise
// "diwrnod" (2 ddiwrnod, 5 niwrnod), as the sample charters write it.
std::string WelshUnit(Unit unit, int value) {
  const bool nasal = value == 5 || value == 10 || value == 15;
  switch (unit) {
    case Unit::kWorkingDay:
      return value == 2 ? "ddiwrnod gwaith" : nasal ? "niwrnod gwaith" : "diwrnod gwaith";
    case Unit::kDay: return value == 2 ? "ddiwrnod" : nasal ? "niwrnod" : "diwrnod";
    case Unit::kHour: return "awr";
    case Unit::kMinute: return value == 2 ? "funud" : "munud";
    case Unit::kSecond: return "eiliad";
    case Unit::kWeek: return "wythnos";
    case Unit::kPercent: return "%";
  }
  return "";
}

}  // namespace

std::string Share(Lang lang, int percent) {
  return std::to_string(percent) + (lang == kFr ? " %" : "%");
}

std::string Quantity(Lang lang, Unit unit, int value, bool words) {
  if (unit == Unit::kPercent) return Share(lang, value);
  const std::string digits = std::to_string(value);
  switch (lang) {
    case kEn: {
      auto word = kEnglishWords.find(value);
      return (words && word != kEnglishWords.end() ? word->second : digits) + " " +
             EnglishUnit(unit, value);
    }
    case kFr: {
      auto word = kFrenchWords.find(value);
      return (words && word != kFrenchWords.end() ? word->second : digits) + " " +
             FrenchUnit(unit, value);
    }
    case kCy: {
      auto word = kWelshWords.find({unit, value});
      if (words && word != kWelshWords.end()) return word->second;
      return digits + " " + WelshUnit(unit, value);
    }
  }
  return digits;
}

std::string FactText(Lang lang, const Fact& fact) {
  return Quantity(lang, fact.unit, fact.value, false);
}

const char* FactUnitName(Unit unit) {
  switch (unit) {
    case Unit::kWorkingDay: return "working-day";
    case Unit::kDay: return "day";
    case Unit::kHour: return "hour";
    case Unit::kMinute: return "minute";
    case Unit::kSecond: return "second";
    case Unit::kWeek: return "week";
    case Unit::kPercent: return "percent";
  }
  return "count";
}

}  // namespace bench
