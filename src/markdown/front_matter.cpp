#include "markdown/front_matter.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "base/suggest.h"
#include "i18n/dates.h"
#include "i18n/locale_info.h"
#include "model/link_policy.h"
#include "project/yaml_duplicate_keys.h"

namespace charterc {

namespace {

const std::vector<std::string> kKnownKeys = {
    "title", "type", "lang", "owner", "reviewed", "next-review", "framework", "summary", "contact"};
// What a translation may set; it takes the rest from its source document.
const std::vector<std::string> kTranslationKeys = {"lang", "title", "summary", "owner", "contact"};

bool Contains(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string Joined(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& key : keys) out += (out.empty() ? "" : ", ") + key;
  return out;
}

bool IsDelimiter(std::string_view line, bool closing) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  return line == "---" || (closing && line == "...");
}

SourceLocation At(const SourceFile& source, const FrontMatterSplit& split, const YAML::Mark& mark) {
  int line = split.yaml_first_line + mark.line;
  int last_yaml_line = split.body_first_line - 2;
  if (line > last_yaml_line) {
    // yaml-cpp reports an unclosed '[', '{' or quote where the YAML ends;
    // the end of the last front-matter line is where the fix goes.
    line = std::max(split.yaml_first_line, last_yaml_line);
    return source.LocationOf(source.LineStart(line) + source.Line(line).size());
  }
  return source.LocationOf(source.LineStart(line) + mark.column);
}

class MetaReader {
 public:
  MetaReader(const SourceFile& source, const FrontMatterSplit& split, DocumentMeta* meta, DiagnosticSink& sink,
             FrontMatterRole role)
      : source_(source), split_(split), meta_(meta), sink_(sink), role_(role) {}

  void Read(const YAML::Node& root) {
    meta_->read = true;
    for (auto it = root.begin(); it != root.end(); ++it) {
      std::string key = it->first.as<std::string>("");
      SourceLocation key_location = At(source_, split_, it->first.Mark());
      if (!Accepted(key, key_location)) continue;
      meta_->keys.push_back(key);
      if (it->second.IsNull()) {
        // Reported at the key: an empty value has no position of its own.
        sink_.Report(DiagCode::E0206, key_location, "'" + key + "' has no value",
                     "write the value after the colon, e.g. " + key + ": ..., or delete the line");
        continue;
      }
      meta_->locations[key] = At(source_, split_, it->second.Mark());
      ReadKey(key, it->second);
    }
    // A translation without a title shows its source's.
    if (role_ == FrontMatterRole::Source && meta_->title.empty() && !root["title"]) {
      sink_.Report(DiagCode::E0204, SourceLocation{source_.path(), 1, 1, 3}, "front matter has no 'title'",
                   "add a line such as: title: Customer Service Charter");
    }
  }

 private:
  // Whether this front matter may set `key`; reported (and skipped) if not.
  bool Accepted(const std::string& key, const SourceLocation& at) {
    bool known = Contains(kKnownKeys, key);
    bool translation = role_ == FrontMatterRole::Translation;
    if (known && (!translation || Contains(kTranslationKeys, key))) return true;
    if (known) {
      sink_.Report(DiagCode::W0209, at, "a translation cannot set '" + key + "'",
                   "a translation takes '" + key + "' from its source document; delete this line (a translation "
                   "may set " + Joined(kTranslationKeys) + ")");
      return false;
    }
    const std::vector<std::string>& allowed = translation ? kTranslationKeys : kKnownKeys;
    std::string suggestion = DidYouMean(key, allowed);
    std::string list = (translation ? "a translation may set: " : "known keys: ") + Joined(allowed);
    sink_.Report(DiagCode::W0205, at, "unknown front-matter key '" + key + "'",
                 suggestion.empty() ? list : suggestion + " (" + list + ")");
    return false;
  }

  void ReadKey(const std::string& key, const YAML::Node& node) {
    if (!node.IsScalar()) {
      sink_.Report(DiagCode::E0206, At(source_, split_, node.Mark()), "'" + key + "' must be a single value",
                   "write it on one line, e.g. " + key + ": ...");
      return;
    }
    std::string value = node.Scalar();
    if (key == "title") meta_->title = value;
    else if (key == "type") ReadType(value, node);
    else if (key == "lang") ReadLang(value, node);
    else if (key == "owner") meta_->owner = value;
    else if (key == "reviewed") ReadDate(key, value, node, &meta_->reviewed);
    else if (key == "next-review") {
      ReadDate(key, value, node, &meta_->next_review);
      meta_->next_review_location = At(source_, split_, node.Mark());
    }
    else if (key == "framework") {
      meta_->framework = value;
      meta_->framework_location = At(source_, split_, node.Mark());
    }
    else if (key == "summary") meta_->summary = value;
    else if (key == "contact") ReadContact(value, node);
  }

  // The contact becomes a link on a public page, so only an email address
  // or a link with a safe scheme is accepted.
  void ReadContact(const std::string& value, const YAML::Node& node) {
    if (!IsContactAddress(value)) {
      sink_.Report(DiagCode::E0206, At(source_, split_, node.Mark()),
                   "'contact' must be an email address or an https:, mailto: or tel: link, not '" + value + "'",
                   "write e.g. contact: library@example.ac.uk or contact: https://library.example.ac.uk/contact");
      return;
    }
    meta_->contact = value;
  }

  void ReadType(const std::string& value, const YAML::Node& node) {
    static constexpr std::array<std::pair<std::string_view, DocumentType>, 4> kTypes = {{
        {"charter", DocumentType::Charter},
        {"statement", DocumentType::Statement},
        {"standards", DocumentType::Standards},
        {"policy", DocumentType::Policy},
    }};
    for (const auto& [name, type] : kTypes) {
      if (value == name) {
        meta_->type = type;
        return;
      }
    }
    sink_.Report(DiagCode::E0206, At(source_, split_, node.Mark()), "unknown document type '" + value + "'",
                 "use one of: charter, statement, standards, policy");
  }

  void ReadLang(const std::string& value, const YAML::Node& node) {
    icu::Locale locale;
    if (!ParseLanguageTag(value, &locale)) {
      sink_.Report(DiagCode::E0206, At(source_, split_, node.Mark()), "'" + value + "' is not a language tag",
                   "use a BCP 47 tag such as en, fr, cy, ar or zh-Hans");
      return;
    }
    meta_->lang = CanonicalLanguageTag(locale);
  }

  void ReadDate(const std::string& key, const std::string& value, const YAML::Node& node, std::string* out) {
    if (!ParseIsoDate(value)) {
      sink_.Report(DiagCode::E0206, At(source_, split_, node.Mark()),
                   "'" + key + "' is not a date: '" + value + "'", "write the date as YYYY-MM-DD, e.g. 2026-09-01");
      return;
    }
    *out = value;
  }

  const SourceFile& source_;
  const FrontMatterSplit& split_;
  DocumentMeta* meta_;
  DiagnosticSink& sink_;
  FrontMatterRole role_;
};

}  // namespace

FrontMatterSplit SplitFrontMatter(const SourceFile& source) {
  FrontMatterSplit split;
  if (source.LineCount() == 0 || !IsDelimiter(source.Line(1), false)) return split;
  split.present = true;
  split.yaml_first_line = 2;
  for (int line = 2; line <= source.LineCount(); ++line) {
    if (IsDelimiter(source.Line(line), true)) {
      split.closed = true;
      split.yaml = source.text().substr(source.LineStart(2), source.LineStart(line) - source.LineStart(2));
      split.body_first_line = line + 1;
      split.body_offset = source.LineStart(line + 1);
      return split;
    }
  }
  return split;
}

bool ParseFrontMatter(const SourceFile& source, const FrontMatterSplit& split, DocumentMeta* meta,
                      DiagnosticSink& sink, FrontMatterRole role) {
  if (!split.present) {
    sink.Report(DiagCode::E0203, SourceLocation{source.path(), 1, 1, 0}, "document has no front matter",
                "start the file with '---', a line such as 'title: ...', and a closing '---'");
    return false;
  }
  if (!split.closed) {
    sink.Report(DiagCode::E0202, SourceLocation{source.path(), 1, 1, 3}, "front matter is never closed",
                "add a line '---' after the last front-matter key");
    return false;
  }
  YAML::Node root;
  try {
    root = YAML::Load(split.yaml);
  } catch (const YAML::ParserException& e) {
    sink.Report(DiagCode::E0201, At(source, split, e.mark), "front matter is not valid YAML: " + e.msg,
                "write one 'key: value' per line; quote values that contain ': ' or start with '{' or '['");
    return false;
  }
  ReportDuplicateKeys(source, root, sink, split.yaml_first_line);
  if (!root.IsMap()) {
    sink.Report(DiagCode::E0201, SourceLocation{source.path(), split.yaml_first_line, 1, 0},
                "front matter is not a list of 'key: value' lines", "write one 'key: value' per line");
    return false;
  }
  MetaReader(source, split, meta, sink, role).Read(root);
  return true;
}

}  // namespace charterc
