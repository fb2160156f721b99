#pragma once
// What a commitment promises, as far as it can be measured: the quantities
// it states (a number with a unit), the share of cases a service level
// covers, and the period it is measured over; and the verdict on whether
// an assessor could check it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace charterc {

enum class Verdict {
  Measurable,  // a quantity with a unit (and, for a share, its period)
  Incomplete,  // a number without a unit, or a share without a period
  Binary,      // no quantity: a yes/no promise such as wearing name badges
  Vague,       // no quantity, and words that promise nothing measurable
};

std::string_view VerdictName(Verdict verdict);  // "MEASURABLE", ...

struct Quantity {
  double value = 0;
  std::string unit;     // a lexicon unit ("working-day", "percent", "count"), "money" or "date"
  std::string text;     // as written, for messages ("2 working days", "{{ reply.email }}")
  std::string counted;  // for a count, what is counted ("rings"), as written
};

struct TargetReading {
  Verdict verdict = Verdict::Binary;
  std::vector<Quantity> quantities;
  std::optional<double> share;             // percent of cases ("90% of calls")
  std::string period;                      // "each month", as written
  std::string frequency;                   // "each quarter": how often an action is done
  std::string event;                       // what it runs from: "of your request"
  std::vector<std::string> bare_numbers;   // numbers with no unit that are not traps
  std::vector<double> bare_values;         // their values
  std::vector<std::string> hedges;         // "we aim to"
  std::vector<std::string> vague_words;    // "promptly"
  bool undefined_fact = false;             // a {{ fact }} that does not exist (its own error)
};

}  // namespace charterc
