#pragma once
// One charter document (source or translation) as the rest of the pipeline
// sees it: metadata, block tree, sections, commitments.

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/source_location.h"
#include "model/block.h"
#include "model/commitment.h"

namespace charterc {

enum class DocumentType { Charter, Statement, Standards, Policy };

struct DocumentMeta {
  std::string title;  // plain text of title_inlines, facts as {{ name }}
  DocumentType type = DocumentType::Charter;
  std::string lang = "en";
  std::string owner;
  std::string reviewed;     // ISO date, as written
  std::string next_review;  // ISO date, as written
  SourceLocation next_review_location;
  std::string framework;  // the criteria set its commitments cite (else the project's)
  SourceLocation framework_location;
  std::string summary;  // plain text of summary_inlines, facts as {{ name }}
  // The title and summary read as Markdown, like a paragraph of the body
  // (markdown/meta_inlines.h): emphasis, code, links and {{ facts }}.
  // Renderers show them through render/meta_text.h, never `title` itself.
  std::vector<Inline> title_inlines;
  std::vector<Inline> summary_inlines;
  std::string contact;
  bool read = false;              // the front matter was there and is valid YAML
  std::vector<std::string> keys;  // every known key the front matter wrote, even with a bad value
  std::map<std::string, SourceLocation> locations;  // where the value of each key read was written
  bool Has(const std::string& key) const { return std::find(keys.begin(), keys.end(), key) != keys.end(); }
};

struct Section {
  std::string id;
  std::string title;                 // plain text, facts as {{ name }}
  std::vector<Inline> title_inlines;
  int level = 2;
  SourceLocation location;
};

// How much of an edition in another language is translated (see
// translation/edition_builder.h).
struct EditionStatus {
  std::string source_lang;
  int units = 0;
  int translated = 0;
  int stale = 0;
  int missing = 0;  // includes units whose translation is wrong
  // Front matter shown in the source language (not translated, or stale).
  bool title_fallback = false;
  bool summary_fallback = false;
  bool owner_fallback = false;
  bool contact_fallback = false;
};

struct Document {
  std::string name;  // file stem: "charter" for charters/charter.md
  std::string path;  // as shown in diagnostics: "charters/charter.md"
  DocumentMeta meta;
  std::vector<Block> blocks;
  std::vector<Section> sections;
  std::vector<Commitment> commitments;
  // Every id in the document (headings, commitments, other blocks) and where
  // it was first defined.
  std::map<std::string, SourceLocation> ids;
  // Set on an edition built from a translation; the source has none.
  std::optional<EditionStatus> edition;
  std::string translation_path;  // the translation file an edition was built from
};

const char* DocumentTypeName(DocumentType type);

}  // namespace charterc
