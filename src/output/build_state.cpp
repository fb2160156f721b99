#include "output/build_state.h"

#include <sstream>

#include "base/content_hash.h"
#include "output/internal_note_redaction.h"
#include "output/output_layout.h"

namespace charterc {

namespace {

constexpr const char* kHeader =
    "# charterc build state: written by charterc after every build so the next one\n"
    "# redoes only what changed. Delete it, or run `charterc clean`, to start over.\n"
    "# One record per line, fields separated by tabs, hashes 64-bit XXH3 in hex:\n"
    "#   charterc-state <version>\n"
    "#   request <hash>                 charterc's version, the options, the day\n"
    "#   formats <list>, bilingual <list>, formats-explicit <0|1>\n"
    "#                                  what was asked for (`charterc explain` asks the same)\n"
    "#   observed <hash> <kind> <path>  a question asked of the file system, and its answer\n"
    "#   input <hash> <name>            something outputs are made from\n"
    "#   output <hash> <hash> <path>    an output written: the hash of its bytes, of its inputs;\n"
    "#   from <name>                    ... followed by the inputs it was made from\n"
    "#   finding <code> <file> <line> <column> <length> <message> <hint>\n"
    "#                                  ... and what making it reported (replayed when it is\n"
    "#                                  reused), text escaped as below\n"
    "#   exit <code>                    the build's exit code\n"
    "#   complete <0|1>                 whether every output could be made\n"
    "#   stdout <text>                  what it printed (replayed when nothing changed),\n"
    "#   stderr <text>                  with \\\\, \\n, \\r and \\t escaped\n";

// "a\tb\tc" -> {"a", "b\tc"}: the record's kind and its rest.
std::pair<std::string, std::string> SplitRecord(const std::string& line) {
  size_t tab = line.find('\t');
  if (tab == std::string::npos) return {line, ""};
  return {line.substr(0, tab), line.substr(tab + 1)};
}

bool ReadHashed(const std::string& rest, uint64_t* hash, std::string* name) {
  size_t tab = rest.find('\t');
  if (tab == std::string::npos) return false;
  *name = rest.substr(tab + 1);
  return ParseHashHex(rest.substr(0, tab), hash) && !name->empty();
}

// What was printed may quote a source's bytes, valid UTF-8 or not, so it is
// kept byte for byte, with only backslash, line ends and tabs escaped.
std::string Escaped(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
      case '\\': escaped += "\\\\"; break;
      case '\n': escaped += "\\n"; break;
      case '\r': escaped += "\\r"; break;
      case '\t': escaped += "\\t"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

bool Unescaped(const std::string& text, std::string* out) {
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      *out += text[i];
      continue;
    }
    if (++i == text.size()) return false;
    switch (text[i]) {
      case '\\': *out += '\\'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      default: return false;
    }
  }
  return true;
}

// An output path as the state may name it: inside the output folder. A
// state naming anything else is damaged (or forged), and clean or a build
// must never delete that file.
bool SafeOutputPath(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos) return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    std::string part = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return true;
}

// code, file, line, column, length, message, hint: tab-separated.
std::string FindingFields(const Diagnostic& d) {
  const SourceLocation& at = d.location;
  return std::string(InfoOf(d.code).id) + "\t" + Escaped(at.file) + "\t" + std::to_string(at.line) + "\t" +
         std::to_string(at.column) + "\t" + std::to_string(at.length) + "\t" +
         Escaped(MaskInternalNotes(d.message)) + "\t" + Escaped(MaskInternalNotes(d.hint));
}

bool ReadNumber(const std::string& text, int* number) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  *number = std::stoi(text);
  return true;
}

bool ReadFinding(const std::string& rest, Diagnostic* finding) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t tab = rest.find('\t'); tab != std::string::npos; tab = rest.find('\t', start)) {
    fields.push_back(rest.substr(start, tab - start));
    start = tab + 1;
  }
  fields.push_back(rest.substr(start));
  if (fields.size() != 7) return false;
  const DiagCodeInfo* info = FindDiagCode(fields[0]);
  if (info == nullptr || info->id != fields[0]) return false;
  finding->code = info->code;
  finding->severity = info->severity;
  SourceLocation& at = finding->location;
  return Unescaped(fields[1], &at.file) && ReadNumber(fields[2], &at.line) && ReadNumber(fields[3], &at.column) &&
         ReadNumber(fields[4], &at.length) && Unescaped(fields[5], &finding->message) &&
         Unescaped(fields[6], &finding->hint);
}

}  // namespace

std::string BuildStatePath() { return std::string(OutputLayout::kStateFolder) + "/state"; }

std::string BuildState::Serialise() const {
  std::ostringstream out;
  out << kHeader << "charterc-state\t" << kVersion << "\n";
  out << "request\t" << HashHex(request) << "\n";
  out << "formats\t" << formats << "\n";
  out << "bilingual\t" << bilingual << "\n";
  out << "formats-explicit\t" << (formats_explicit ? 1 : 0) << "\n";
  for (const auto& [question, answer] : observed) out << "observed\t" << HashHex(answer) << "\t" << question << "\n";
  for (const auto& [name, hash] : inputs) out << "input\t" << HashHex(hash) << "\t" << name << "\n";
  for (const auto& [path, record] : outputs) {
    out << "output\t" << HashHex(record.content) << "\t" << HashHex(record.signature) << "\t" << path << "\n";
    for (const std::string& name : record.inputs) out << "from\t" << name << "\n";
    for (const Diagnostic& d : record.findings) out << "finding\t" << FindingFields(d) << "\n";
  }
  out << "exit\t" << exit_code << "\n";
  out << "complete\t" << (complete ? 1 : 0) << "\n";
  out << "stdout\t" << Escaped(printed_out) << "\n";
  // Diagnostics quote source lines; notes for assessors stay out of out/.
  out << "stderr\t" << Escaped(MaskInternalNotes(printed_err)) << "\n";
  return out.str();
}

std::optional<BuildState> BuildState::Parse(const std::string& text, std::string* why) {
  BuildState state;
  std::istringstream in(text);
  std::string line;
  bool versioned = false;
  OutputRecord* current = nullptr;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    auto [kind, rest] = SplitRecord(line);
    uint64_t hash = 0;
    std::string name;
    bool ok = true;
    if (kind == "charterc-state") {
      versioned = rest == std::to_string(kVersion);
      if (!versioned) {
        *why = "it is of version " + rest + ", this charterc writes version " + std::to_string(kVersion);
        return std::nullopt;
      }
    } else if (!versioned) {
      ok = false;
    } else if (kind == "request") {
      ok = ParseHashHex(rest, &state.request);
    } else if (kind == "formats") {
      state.formats = rest;
    } else if (kind == "bilingual") {
      state.bilingual = rest;
    } else if (kind == "formats-explicit") {
      ok = rest == "0" || rest == "1";
      state.formats_explicit = rest == "1";
    } else if (kind == "observed" && (ok = ReadHashed(rest, &hash, &name))) {
      state.observed[name] = hash;
    } else if (kind == "input" && (ok = ReadHashed(rest, &hash, &name))) {
      state.inputs[name] = hash;
    } else if (kind == "output" && (ok = ReadHashed(rest, &hash, &name))) {
      std::string path;
      uint64_t signature = 0;
      ok = ReadHashed(name, &signature, &path) && SafeOutputPath(path);
      if (ok) {
        current = &state.outputs[path];
        current->content = hash;
        current->signature = signature;
      }
    } else if (kind == "finding") {
      Diagnostic finding{};
      ok = current != nullptr && ReadFinding(rest, &finding);
      if (ok) current->findings.push_back(std::move(finding));
    } else if (kind == "from") {
      ok = current != nullptr && !rest.empty();
      if (ok) current->inputs.push_back(rest);
    } else if (kind == "complete") {
      ok = rest == "0" || rest == "1";
      state.complete = rest == "1";
    } else if (kind == "exit") {
      ok = !rest.empty() && rest.find_first_not_of("0123456789") == std::string::npos && rest.size() < 4;
      if (ok) state.exit_code = std::stoi(rest);
    } else if (kind == "stdout" || kind == "stderr") {
      ok = Unescaped(rest, kind == "stdout" ? &state.printed_out : &state.printed_err);
    } else if (kind != "observed" && kind != "input" && kind != "output") {
      ok = false;
    }
    if (!ok) {
      *why = "line " + std::to_string(number) + " is damaged";
      return std::nullopt;
    }
  }
  if (!versioned) {
    *why = "it does not start with a version";
    return std::nullopt;
  }
  return state;
}

uint64_t BuildState::Signature(const std::vector<std::string>& names) const {
  HashBuilder hash;
  for (const std::string& name : names) {
    auto it = inputs.find(name);
    if (it == inputs.end()) return 0;
    hash.Add(name).Add(it->second);
  }
  return hash.Finish();
}

}  // namespace charterc
