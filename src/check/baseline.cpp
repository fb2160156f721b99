#include "check/baseline.h"

#include <nlohmann/json.hpp>

#include "translation/fingerprint.h"

namespace charterc {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kVersion = 1;

const Document* DocumentAt(const Project& project, const std::string& path) {
  for (const Document& doc : project.documents) {
    if (doc.path == path) return &doc;
  }
  return nullptr;
}

}  // namespace

bool Baselinable(const Diagnostic& d) {
  return InfoOf(d.code).kind == DiagKind::Quality && d.severity != Severity::Note;
}

FindingKey KeyOf(const Diagnostic& d, const LoadedProject& loaded, const FindingIndex& index) {
  FindingKey key{ProjectRelativePath(loaded.project.root, d.location.file), std::string(InfoOf(d.code).id), ""};
  const Document* doc = DocumentAt(loaded.project, d.location.file);
  int commitment = index.CommitmentAt(d.location);
  if (doc != nullptr && commitment >= 0) {
    key.subject = "commitment:" + doc->commitments[commitment].id;
    return key;
  }
  if (!d.details.empty()) {
    // A summary finding (every uncovered criterion, every uncited standard)
    // is the same finding only while it counts the same things: one more
    // uncovered criterion is new.
    std::string all;
    for (const std::string& detail : d.details) all += detail + "\n";
    key.subject = "details:" + Fingerprint(all);
    return key;
  }
  const SourceFile* source = d.location.line > 0 ? loaded.Source(d.location.file) : nullptr;
  // A whole-file finding (line 0) has nothing more specific than its file.
  key.subject = "line:" + Fingerprint(source != nullptr ? std::string(source->Line(d.location.line)) : "");
  return key;
}

void Baseline::Add(const FindingKey& key, const std::string& message) {
  Entry& entry = entries_[key];
  if (entry.count++ == 0) entry.message = message;
}

bool Baseline::Take(const FindingKey& key) {
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.count == 0) return false;
  --it->second.count;
  return true;
}

int Baseline::size() const {
  int total = 0;
  for (const auto& [key, entry] : entries_) total += entry.count;
  return total;
}

bool Baseline::Parse(const std::string& text, std::string* error) {
  Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) {
    *error = "it is not JSON";
    return false;
  }
  if (!root["format"].is_string() || root["format"] != "charterc-baseline" || !root["version"].is_number_integer()) {
    *error = "it has no \"format\": \"charterc-baseline\" and \"version\"";
    return false;
  }
  if (root["version"].get<int>() != kVersion) {
    *error = "it is version " + root["version"].dump() + "; this charterc reads version " + std::to_string(kVersion);
    return false;
  }
  if (!root["findings"].is_array()) {
    *error = "it has no \"findings\" list";
    return false;
  }
  for (Json& finding : root["findings"]) {  // non-const: a missing key reads as null
    if (!finding.is_object() || !finding["file"].is_string() || !finding["code"].is_string() ||
        !finding["subject"].is_string() || !finding["count"].is_number_integer() || finding["count"].get<int>() < 1) {
      *error = "a finding lacks its file, code, subject or count: " + finding.dump();
      return false;
    }
    FindingKey key{finding["file"], finding["code"], finding["subject"]};
    Entry& entry = entries_[key];
    entry.count += finding["count"].get<int>();
    if (finding["message"].is_string()) entry.message = finding["message"];
  }
  return true;
}

std::string Baseline::ToJson() const {
  Json findings = Json::array();
  for (const auto& [key, entry] : entries_) {  // sorted by key: stable diffs
    if (entry.count == 0) continue;
    findings.push_back({{"file", key.file},
                        {"code", key.code},
                        {"subject", key.subject},
                        {"count", entry.count},
                        {"message", entry.message}});
  }
  Json root = {{"format", "charterc-baseline"}, {"version", kVersion}, {"findings", findings}};
  // Messages quote the user's text: a stray invalid byte must not abort.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace charterc
