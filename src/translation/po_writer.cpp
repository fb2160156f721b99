#include "translation/po_writer.h"

#include <map>

#include "markdown/inline_markdown.h"
#include "translation/po_file.h"
#include "translation/unit.h"

namespace charterc {

namespace {

// The fields msgfmt --check expects; a translator's tool fills in the empty ones.
constexpr const char* kDefaultHeader =
    "Project-Id-Version: \n"
    "PO-Revision-Date: \n"
    "Last-Translator: \n"
    "Language-Team: \n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n";

// For entries with more than plain words.
constexpr const char* kMarkdownNote =
    "Markdown: translate the words of [link text](address) but never the address; "
    "keep {{ name }} (a published fact) and `code` exactly as they are.";

bool HasMarkup(const std::vector<Inline>& inlines) {
  for (const Inline& item : inlines) {
    if (item.kind != InlineKind::Text && item.kind != InlineKind::SoftBreak) return true;
  }
  return false;
}

std::string JoinNotes(const Unit& unit, bool units_compared) {
  std::string joined;
  for (const TranslatorNote& note : TranslatorNotes(unit, units_compared)) joined += (joined.empty() ? "" : "\n") + note.text;
  return HasMarkup(unit.inlines) ? joined + "\n" + kMarkdownNote : joined;
}

// The entry kept from the previous file for a unit whose msgid is now
// `source`: same text and state when the source is unchanged; otherwise
// fuzzy, remembering the wording it was translated from.
void Keep(const PoMessage& old, const std::string& source, PoMessage* entry) {
  entry->str = old.str;
  if (old.id == source) {
    entry->fuzzy = old.fuzzy;
    entry->previous_id = old.previous_id;
    return;
  }
  entry->fuzzy = true;
  entry->previous_id = old.fuzzy && !old.previous_id.empty() ? old.previous_id : old.id;
}

// A translation from another file (XLIFF, Markdown edition) of the language.
void KeepCarried(const TranslatedUnit& carried, const Unit& unit, PoMessage* entry) {
  entry->str = InlinesToMarkdown(carried.inlines);
  bool current = carried.from.empty() || carried.from == unit.fingerprint;
  entry->fuzzy = carried.unconfirmed || !current;
  if (!current) entry->previous_id = carried.made_from;
}

}  // namespace

std::string WritePo(const Document& doc, const std::string& lang, const std::string& existing,
                    const Translation* carried, bool units_compared) {
  std::vector<PoProblem> ignored;
  std::optional<PoCatalog> old = existing.empty() ? std::nullopt : ReadPoText(existing, &ignored);
  std::map<std::string, const PoMessage*> kept;
  if (old) {
    for (const PoMessage& message : old->messages) {
      if (!message.str.empty()) kept[message.context] = &message;
    }
  }

  PoCatalog catalog;
  catalog.header = old && !old->header.empty() ? old->header : kDefaultHeader;
  catalog.header = SetPoHeaderField(catalog.header, "Project-Id-Version", doc.name);
  catalog.header = SetPoHeaderField(catalog.header, "Language", lang);
  catalog.header = SetPoHeaderField(catalog.header, "X-Generator", "charterc");
  for (const Unit& unit : SegmentDocument(doc)) {
    PoMessage entry;
    entry.context = unit.id;
    entry.id = InlinesToMarkdown(unit.inlines);
    entry.extracted_comments = JoinNotes(unit, units_compared);
    if (unit.location.line > 0) entry.references.emplace_back("charters/" + doc.name + ".md", unit.location.line);
    auto previous = kept.find(unit.id);
    if (previous != kept.end()) {
      Keep(*previous->second, entry.id, &entry);
      kept.erase(previous);
    } else if (const TranslatedUnit* other = carried ? carried->Find(unit.id) : nullptr) {
      KeepCarried(*other, unit, &entry);
    }
    catalog.messages.push_back(std::move(entry));
  }
  // Translations of units the source no longer has are not thrown away.
  for (const auto& [id, message] : kept) {
    PoMessage gone = *message;
    gone.obsolete = true;
    gone.references.clear();
    catalog.messages.push_back(std::move(gone));
  }
  return WritePoText(catalog);
}

}  // namespace charterc
