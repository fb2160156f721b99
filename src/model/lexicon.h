#pragma once
// The words one language uses to state a measurable promise: units that
// follow a number, periods a service level is measured over, hedges that
// soften a promise and vague words that measure nothing. Read from
// locales/<lang>/lexicon.yaml (built in, or the project's own).

#include <map>
#include <string>
#include <vector>

namespace charterc {

struct Lexicon {
  std::string lang;                                       // the file's language, e.g. "cy"
  std::map<std::string, std::vector<std::string>> units;  // unit name ("working-day") -> phrases
  std::vector<std::string> periods;
  std::vector<std::string> events;  // what a time target runs from: "of receiving it"
  std::vector<std::string> hedges;
  std::vector<std::string> vague;
  std::vector<std::string> share_markers;
  std::vector<std::string> abbreviations;  // "Dr.": no sentence ends after them (readability)
  // Unmarked promises: list items starting with these ("we", "you can")...
  std::vector<std::string> promise_starts;
  // ...and rows of tables whose header names these columns.
  std::vector<std::string> ref_columns;       // "ref", "no."
  std::vector<std::string> standard_columns;  // "standard", "service"
  std::vector<std::string> target_columns;    // "target"
  // Published results: "Achieved" and "Status" columns, and the words a
  // status cell says a target was met or missed with.
  std::vector<std::string> result_columns;
  std::vector<std::string> status_columns;
  std::vector<std::string> status_met;
  std::vector<std::string> status_not_met;
};

using LexiconTable = std::map<std::string, Lexicon>;  // by document language tag

}  // namespace charterc
