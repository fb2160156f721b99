#include "translation/xliff_reader.h"

#include <algorithm>

#include <pugixml.hpp>

#include "base/suggest.h"
#include "i18n/locale_info.h"
#include "markdown/attribute_block.h"
#include "markdown/inline_markdown.h"
#include "translation/fingerprint.h"
#include "translation/xml_entity_scan.h"
#include "translation/unit.h"
#include "translation/xliff_codes.h"
#include "translation/xliff_matches.h"
#include "translation/xliff_writer.h"

namespace charterc {

namespace {

SourceLocation At(const SourceFile& file, pugi::xml_node node) {
  ptrdiff_t offset = node.offset_debug();
  return file.LocationOf(offset < 0 ? 0 : static_cast<size_t>(offset));
}

std::string CanonicalOrEmpty(const std::string& tag) {
  icu::Locale locale;
  return ParseLanguageTag(tag, &locale) ? CanonicalLanguageTag(locale) : std::string();
}

const Unit* Find(const std::vector<Unit>& units, const std::string& id) {
  for (const Unit& unit : units) {
    if (unit.id == id) return &unit;
  }
  return nullptr;
}

// An absent state is "initial" in XLIFF 2, except in a file where no
// segment has one: a tool that does not know states wrote it (the npm
// xliff package's js2xliff does), and its targets are what the translator
// delivered. charterc itself always writes a state.
bool Confirmed(const std::string& state, bool file_has_states, const XliffReadOptions& options) {
  if (state == "reviewed" || state == "final") return true;
  if (options.min_state == "reviewed") return false;
  return state == "translated" || (state.empty() && !file_has_states);
}

bool HasStates(pugi::xml_node root) {
  return static_cast<bool>(root.select_node(".//*[local-name()='segment' and @state]"));
}

// Whitespace in a target is not significant (charterc never writes
// xml:space="preserve"), and tools that indent inline content add it:
// runs become one space, and the ends are trimmed.
void NormalizeSpace(std::vector<Inline>* inlines) {
  for (Inline& item : *inlines) {
    if (item.kind == InlineKind::Text) {
      std::string collapsed;
      for (char c : item.text) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space) collapsed += c;
        else if (collapsed.empty() || collapsed.back() != ' ') collapsed += ' ';
      }
      item.text = collapsed;
    }
    NormalizeSpace(&item.children);
  }
  if (!inlines->empty() && inlines->front().kind == InlineKind::Text) {
    std::string& text = inlines->front().text;
    text.erase(0, text.find_first_not_of(' ') == std::string::npos ? text.size() : text.find_first_not_of(' '));
  }
  if (!inlines->empty() && inlines->back().kind == InlineKind::Text) {
    std::string& text = inlines->back().text;
    text.erase(text.find_last_not_of(' ') + 1);
  }
}

// Codes whose data a tool dropped with <originalData> (a link's address)
// are filled in from the current source, whose codes charterc numbers the
// same way when it writes the file.
void FillMissingData(const Unit* current, XliffCodes* codes) {
  if (current == nullptr) return;
  pugi::xml_document scratch;
  pugi::xml_node unit = scratch.append_child("unit");
  pugi::xml_node source = unit.append_child("segment").append_child("source");
  AppendXliffInlines(current->inlines, source, unit);
  XliffCodes fresh = ReadXliffCodes(unit, source);
  for (auto& [id, code] : *codes) {
    auto same = fresh.find(id);
    if (same == fresh.end() || same->second.prototype.kind != code.prototype.kind) continue;
    if (code.prototype.text.empty()) code.prototype = same->second.prototype;
  }
}

// Attribute blocks are the source's: in a translation, a block's text (notes
// for assessors included) would be published as words (E1505).
// Only the translator's words count: code spans and facts are the source's.
void AppendWords(const std::vector<Inline>& inlines, std::string* words) {
  for (const Inline& node : inlines) {
    if (node.kind == InlineKind::Text) *words += node.text;
    if (node.kind != InlineKind::Code && node.kind != InlineKind::Fact) AppendWords(node.children, words);
  }
}

void ReportAttributeBlocks(const TranslatedUnit& unit, pugi::xml_node target,
                           std::vector<XliffInlineProblem>* problems) {
  std::string words;
  AppendWords(unit.inlines, &words);
  if (FindAttributeBlocks(words).empty()) return;
  problems->push_back({"the translation holds an attribute block {...}, which would be published as text", target,
                       DiagCode::E1505});
}

std::string HintFor(DiagCode code) {
  switch (code) {
    case DiagCode::E1501: return "translate the words and keep the source's codes; nest them as the source does";
    case DiagCode::E1505: return "remove the block; ids and notes come from the source document";
    default: return "facts, links and code spans are protected: keep each <ph>/<pc> of the source in the target";
  }
}

TranslatedUnit ReadTarget(const SourceFile& file, pugi::xml_node xml_unit, pugi::xml_node segment,
                          bool file_has_states, const Unit* current, const XliffReadOptions& options,
                          std::vector<XliffInlineProblem>* problems) {
  pugi::xml_node source = segment.child("source");
  pugi::xml_node target = segment.child("target");
  XliffCodes codes = ReadXliffCodes(xml_unit, source);
  FillMissingData(current, &codes);
  TranslatedUnit unit;
  unit.id = xml_unit.attribute("id").value();
  unit.inlines = ReadXliffInlines(target, codes, problems);
  NormalizeSpace(&unit.inlines);
  unit.from = xml_unit.attribute("cc:from").value();
  unit.unconfirmed = !Confirmed(segment.attribute("state").value(), file_has_states, options);
  std::vector<XliffInlineProblem> ignored;
  unit.made_from = InlinesToMarkdown(ReadXliffInlines(source, codes, &ignored));
  unit.location = At(file, target);
  return unit;
}

// The previous translation kept as a candidate: never confirmed, made from
// the match's own source (whose codes its own originalData describes).
TranslatedUnit ReadCandidate(const SourceFile& file, pugi::xml_node match,
                             std::vector<XliffInlineProblem>* problems) {
  XliffCodes codes = ReadXliffCodes(match, match.child("source"));
  TranslatedUnit unit;
  unit.id = match.parent().parent().attribute("id").value();
  unit.inlines = ReadXliffInlines(match.child("target"), codes, problems);
  NormalizeSpace(&unit.inlines);
  std::vector<XliffInlineProblem> ignored;
  unit.made_from = InlinesToMarkdown(ReadXliffInlines(match.child("source"), codes, &ignored));
  unit.from = Fingerprint(unit.made_from);
  unit.unconfirmed = true;
  unit.location = At(file, match.child("target"));
  return unit;
}

// A target with words or inline codes in it; one holding only whitespace
// (a tool's pretty-printing of an empty target) is not a translation.
bool HasContent(pugi::xml_node target) {
  if (!target) return false;
  for (pugi::xml_node node = target.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_element) return true;
    std::string_view text = node.value();
    if (text.find_first_not_of(" \t\r\n") != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<Translation> ReadXliff(const SourceFile& file, const Document& source, const std::string& lang,
                                     DiagnosticSink& sink, const XliffReadOptions& options) {
  pugi::xml_document xml;
  pugi::xml_parse_result parsed =
      xml.load_buffer(file.text().data(), file.text().size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) {
    sink.Report(DiagCode::E1004, file.LocationOf(static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0))),
                std::string("not well-formed XML: ") + parsed.description(),
                "repair the XML where shown, or restore the file from version control; charterc xliff "
                "extract will not overwrite a file it cannot read");
    return std::nullopt;
  }
  if (std::optional<UndefinedEntity> entity = FindUndefinedEntity(file.text())) {
    const int width = static_cast<int>(entity->name.size()) + 2;
    if (entity->numeric) {
      sink.Report(DiagCode::E1004, file.LocationOf(entity->offset, width),
                  "'&" + entity->name + ";' refers to a character XML does not allow in a document",
                  "remove it; a control character or a NUL cannot appear in a translation");
    } else {
      sink.Report(DiagCode::E1004, file.LocationOf(entity->offset, width),
                  "'&" + entity->name + ";' is not an entity XML knows, and would be published as it stands",
                  "write the character itself (XLIFF files are UTF-8), or a numeric reference such as &#160;");
    }
    return std::nullopt;
  }
  pugi::xml_node root = xml.child("xliff");
  if (!root || std::string(root.attribute("xmlns").value()) != kXliffNamespace ||
      std::string(root.attribute("version").value()).rfind("2.", 0) != 0) {
    sink.Report(DiagCode::E1004, At(file, root ? root : xml.first_child()), "this is not an XLIFF 2 file",
                "charterc reads XLIFF 2.0 and 2.1 (namespace " + std::string(kXliffNamespace) +
                    "); export XLIFF 2 from your translation tool");
    return std::nullopt;
  }
  std::string target_lang = root.attribute("trgLang").value();
  if (CanonicalOrEmpty(target_lang) != lang) {
    sink.Report(DiagCode::E1004, At(file, root),
                "trgLang is '" + target_lang + "' but the file is in locales/" + lang + "/",
                "move the file to locales/" + (target_lang.empty() ? std::string("<lang>") : target_lang) +
                    "/ or set trgLang=\"" + lang + "\"");
    return std::nullopt;
  }
  Translation translation;
  translation.document = source.name;
  translation.lang = lang;
  translation.path = file.path();
  translation.format = TranslationFormat::Xliff;
  std::vector<Unit> units = SegmentDocument(source);
  std::vector<std::string> source_ids = UnitIds(source);
  bool file_has_states = HasStates(root);
  for (pugi::xml_node xml_unit : root.child("file").children("unit")) {
    std::string id = xml_unit.attribute("id").value();
    pugi::xml_node segment = xml_unit.child("segment");
    pugi::xml_node target = segment.child("target");
    pugi::xml_node candidate = PreviousTranslation(xml_unit);
    bool translated = HasContent(target);
    if (!translated && !candidate) continue;  // not translated yet
    if (std::find(source_ids.begin(), source_ids.end(), id) == source_ids.end()) {
      std::string suggestion = DidYouMean(id, source_ids);
      sink.Report(DiagCode::E1003, At(file, xml_unit), "unit '" + id + "' is not in " + source.path,
                  suggestion.empty() ? "run 'charterc xliff extract --lang " + lang + "' to bring the file up to date"
                                     : suggestion);
      continue;
    }
    std::vector<XliffInlineProblem> problems;
    TranslatedUnit unit =
        translated ? ReadTarget(file, xml_unit, segment, file_has_states, Find(units, id), options, &problems) : ReadCandidate(file, candidate, &problems);
    ReportAttributeBlocks(unit, translated ? target : candidate.child("target"), &problems);
    for (const XliffInlineProblem& problem : problems) {
      sink.Report(problem.code, At(file, problem.at), "unit '" + id + "': " + problem.message, HintFor(problem.code));
    }
    if (problems.empty()) translation.units.push_back(std::move(unit));
  }
  return translation;
}

}  // namespace charterc
