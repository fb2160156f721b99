#pragma once
// One problem found in the user's input, with where it is and how to fix it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_location.h"

namespace charterc {

enum class Severity { Error, Warning, Note };

// Integrity: the output would be wrong (its last good version stays).
// Quality: a finding about the promises; the document is still published.
enum class DiagKind { Integrity, Quality };

enum class DiagCode {
#define CHARTERC_DIAG(code, severity, kind, name, summary) code,
#include "diag/codes.def"
#undef CHARTERC_DIAG
};

struct DiagCodeInfo {
  DiagCode code;
  std::string_view id;       // "E0301"
  Severity severity;
  DiagKind kind;
  std::string_view name;     // "attribute-syntax"
  std::string_view summary;  // one line, for `charterc codes`
};

// Every code in registry order.
const std::vector<DiagCodeInfo>& AllDiagCodes();
const DiagCodeInfo& InfoOf(DiagCode code);

struct Diagnostic {
  DiagCode code;
  Severity severity;
  SourceLocation location;
  std::string message;
  std::string hint;  // how to fix it; may be empty
  // What a summary finding counts, in full (W0408: every uncovered
  // criterion, "cse:1.1.1"): machine-readable outputs list them; the text
  // output shows only the message, which names the first few.
  std::vector<std::string> details;
  // Recorded in the project's baseline (charterc-baseline.json): reported,
  // but not counted and not failing the run (see diag/baseline.h).
  bool baselined = false;
  // Further findings of this code on this line, folded into this one when
  // printed (diag/diagnostic_grouping.h): 0 = none.
  int more_on_line = 0;
};

// What charterc.yaml's `severity:` sets a code to; nullopt turns it off.
using SeverityChoice = std::optional<Severity>;

// "off", "note", "warning", "error"; false for anything else.
bool ParseSeverityChoice(std::string_view text, SeverityChoice* choice);

// A code by its id ("W0905", any case) or name ("vague-word"); nullptr if none.
const DiagCodeInfo* FindDiagCode(std::string_view id_or_name);

std::string_view SeverityName(Severity severity);
std::string_view KindName(DiagKind kind);  // "integrity", "quality"

// Whether `code` means the machine failed charterc (a file it could not read
// or write) rather than the project being wrong: such runs exit with 2.
bool IsIoFailure(DiagCode code);

}  // namespace charterc
