#include "model/target.h"

namespace charterc {

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::Measurable: return "MEASURABLE";
    case Verdict::Incomplete: return "INCOMPLETE";
    case Verdict::Binary: return "BINARY";
    case Verdict::Vague: return "VAGUE";
  }
  return "";
}

}  // namespace charterc
