#include "diag/diagnostic.h"

#include <cctype>
#include <string>

#include <cassert>

namespace charterc {

const std::vector<DiagCodeInfo>& AllDiagCodes() {
  static const std::vector<DiagCodeInfo> kCodes = {
#define CHARTERC_DIAG(code, severity, kind, name, summary) \
  {DiagCode::code, #code, Severity::severity, DiagKind::kind, name, summary},
#include "diag/codes.def"
#undef CHARTERC_DIAG
  };
  return kCodes;
}

const DiagCodeInfo& InfoOf(DiagCode code) {
  const auto& codes = AllDiagCodes();
  size_t index = static_cast<size_t>(code);
  assert(index < codes.size());
  return codes[index];
}

std::string_view KindName(DiagKind kind) { return kind == DiagKind::Quality ? "quality" : "integrity"; }

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

bool ParseSeverityChoice(std::string_view text, SeverityChoice* choice) {
  if (text == "off") *choice = std::nullopt;
  else if (text == "note") *choice = Severity::Note;
  else if (text == "warning") *choice = Severity::Warning;
  else if (text == "error") *choice = Severity::Error;
  else return false;
  return true;
}

const DiagCodeInfo* FindDiagCode(std::string_view id_or_name) {
  std::string upper;
  for (char c : id_or_name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const DiagCodeInfo& info : AllDiagCodes()) {
    if (info.name == id_or_name || info.id == upper) return &info;
  }
  return nullptr;
}

bool IsIoFailure(DiagCode code) {
  // The output folder's problems (E1406-E1410) are fixed on the machine or
  // with -o, like a file that cannot be written.
  switch (code) {
    case DiagCode::E0101:
    case DiagCode::E0801:
    case DiagCode::E1406:
    case DiagCode::E1407:
    case DiagCode::E1408:
    case DiagCode::E1409:
    case DiagCode::E1410:
      return true;
    default:
      return false;
  }
}

}  // namespace charterc
