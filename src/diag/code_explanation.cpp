#include "diag/code_explanation.h"

#include <cctype>

namespace charterc {

namespace {

std::string_view TrimBlankLines(std::string_view text) {
  while (!text.empty() && (text.front() == '\n' || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string_view KindMeaning(DiagKind kind) {
  return kind == DiagKind::Integrity ? "a document with it is not written; its last good outputs stay"
                                     : "the document is still published; the severity sets the exit code";
}

}  // namespace

std::string CodeDocAnchor(const DiagCodeInfo& info) {
  std::string anchor = std::string(info.id) + "-" + std::string(info.name);
  for (char& c : anchor) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return anchor;
}

std::string CodeDocSection(std::string_view markdown, const DiagCodeInfo& info) {
  const std::string heading = "## " + std::string(info.id) + " " + std::string(info.name);
  size_t start = std::string_view::npos;
  bool in_fence = false;
  size_t line_start = 0;
  while (line_start < markdown.size()) {
    size_t line_end = markdown.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = markdown.size();
    std::string_view line = markdown.substr(line_start, line_end - line_start);
    if (line.starts_with("```")) {
      in_fence = !in_fence;
    } else if (!in_fence && line.starts_with("## ")) {
      if (start != std::string_view::npos) return std::string(TrimBlankLines(markdown.substr(start, line_start - start)));
      if (line == heading) start = line_end;
    }
    line_start = line_end + 1;
  }
  if (start == std::string_view::npos || start >= markdown.size()) return "";
  return std::string(TrimBlankLines(markdown.substr(start)));
}

std::string ExplainCode(const DiagCodeInfo& info, std::string_view docs) {
  std::string text = std::string(info.id) + " " + std::string(info.name) + "\n";
  text += "  severity: " + std::string(SeverityName(info.severity)) + " (unless charterc.yaml's severity: changes it)\n";
  text += "  kind:     " + std::string(KindName(info.kind)) + ": " + std::string(KindMeaning(info.kind)) + "\n";
  text += "  summary:  " + std::string(info.summary) + "\n";
  std::string section = CodeDocSection(docs, info);
  if (!section.empty()) text += "\n" + section + "\n";
  text += "\nSee docs/diagnostics.md#" + CodeDocAnchor(info) + "\n";
  return text;
}

}  // namespace charterc
