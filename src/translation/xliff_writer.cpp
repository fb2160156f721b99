#include "translation/xliff_writer.h"

#include <map>
#include <sstream>

#include <pugixml.hpp>

#include "i18n/locale_info.h"
#include "translation/unit.h"
#include "diag/diagnostic_sink.h"
#include "markdown/inline_markdown.h"
#include "translation/xliff_codes.h"
#include "translation/xliff_matches.h"

namespace charterc {

namespace {

void AppendNote(pugi::xml_node notes, const char* category, const std::string& text) {
  pugi::xml_node note = notes.append_child("note");
  note.append_attribute("category") = category;
  note.text() = text.c_str();
}

void AppendNotes(const Unit& unit, bool units_compared, pugi::xml_node xml_unit) {
  pugi::xml_node notes = xml_unit.append_child("notes");
  for (const TranslatorNote& note : TranslatorNotes(unit, units_compared)) AppendNote(notes, note.category, note.text);
}

// What an existing file holds for a unit: its translated segment, or the
// previous translation kept as a candidate.
struct KeptUnit {
  pugi::xml_node unit;
  pugi::xml_node target;  // null when not translated
  std::string from;
  std::string state;
};

std::map<std::string, KeptUnit> ExistingUnits(const pugi::xml_document& existing) {
  std::map<std::string, KeptUnit> kept;
  // A file without any state was written by a tool that does not know
  // states; its targets were delivered as translated (see xliff_reader.h).
  bool stateless = !existing.select_node("//*[local-name()='segment' and @state]");
  for (pugi::xml_node unit : existing.child("xliff").child("file").children("unit")) {
    pugi::xml_node segment = unit.child("segment");
    pugi::xml_node target = segment.child("target");
    if (!target || !target.first_child()) target = pugi::xml_node();
    if (!target && !PreviousTranslation(unit)) continue;
    std::string state = stateless && target ? "translated" : segment.attribute("state").value();
    kept[unit.attribute("id").value()] = KeptUnit{unit, target, unit.attribute("cc:from").value(), state};
  }
  return kept;
}

// The file's own translation of a unit: kept as it is when the source is
// unchanged, else moved into a candidate.
void KeepOwn(const KeptUnit& old, const Unit& unit, pugi::xml_node xml_unit, pugi::xml_node segment) {
  if (!old.target) {
    xml_unit.prepend_copy(PreviousTranslation(old.unit).parent());
    segment.prepend_attribute("id") = kMatchedSegmentId;
    segment.append_attribute("state") = "initial";
    return;
  }
  // No cc:from (a tool that drops it): current, as the reader takes it.
  if (old.from.empty() || old.from == unit.fingerprint) {
    segment.append_attribute("state") = old.state.empty() ? "initial" : old.state.c_str();
    segment.append_copy(old.target);
    return;
  }
  segment.append_attribute("state") = "initial";
  AppendPreviousTranslation(xml_unit, old.target.parent().child("source"), old.target,
                            old.unit.child("originalData"));
}

// A translation from another file (PO, Markdown edition) of the same language.
void KeepCarried(const TranslatedUnit& carried, const Unit& unit, pugi::xml_node xml_unit, pugi::xml_node segment) {
  bool current = carried.from.empty() || carried.from == unit.fingerprint;
  segment.append_attribute("state") = current && !carried.unconfirmed ? "translated" : "initial";
  if (current || carried.made_from.empty()) {
    AppendXliffTarget(carried.inlines, segment.append_child("target"), segment.child("source"));
    return;
  }
  // Stale: the wording it was made from, with its own codes, as a candidate.
  pugi::xml_document scratch;
  pugi::xml_node match = scratch.append_child("match");
  pugi::xml_node source = match.append_child("source");
  DiagnosticSink ignored;
  AppendXliffInlines(ParseInlineMarkdown("", carried.made_from, 1, ignored), source, match);
  pugi::xml_node target = match.append_child("target");
  AppendXliffTarget(carried.inlines, target, source);
  AppendPreviousTranslation(xml_unit, source, target, match.child("originalData"));
}

}  // namespace

std::string WriteXliff(const Document& doc, const std::string& source_lang, const std::string& lang,
                       const std::string& existing, const Translation* carried, bool units_compared) {
  pugi::xml_document old;
  if (!existing.empty()) old.load_buffer(existing.data(), existing.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  std::map<std::string, KeptUnit> kept = ExistingUnits(old);

  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = xml.append_child("xliff");
  root.append_attribute("xmlns") = kXliffNamespace;
  root.append_attribute("xmlns:cc") = kCharterNamespace;
  root.append_attribute("version") = "2.1";
  root.append_attribute("srcLang") = source_lang.c_str();
  root.append_attribute("trgLang") = lang.c_str();
  pugi::xml_node file = root.append_child("file");
  file.append_attribute("id") = doc.name.c_str();
  // Relative to the project, whatever folder charterc was run from.
  file.append_attribute("original") = ("charters/" + doc.name + ".md").c_str();
  file.append_attribute("srcDir") = TextDirection(source_lang).c_str();
  file.append_attribute("trgDir") = TextDirection(lang).c_str();

  for (const Unit& unit : SegmentDocument(doc)) {
    pugi::xml_node xml_unit = file.append_child("unit");
    xml_unit.append_attribute("id") = unit.id.c_str();
    xml_unit.append_attribute("type") = (std::string("cc:") + UnitKindName(unit.kind)).c_str();
    xml_unit.append_attribute("cc:from") = unit.fingerprint.c_str();
    AppendNotes(unit, units_compared, xml_unit);
    pugi::xml_node segment = xml_unit.append_child("segment");
    AppendXliffInlines(unit.inlines, segment.append_child("source"), xml_unit);
    auto own = kept.find(unit.id);
    const TranslatedUnit* other = carried ? carried->Find(unit.id) : nullptr;
    if (own != kept.end()) {
      KeepOwn(own->second, unit, xml_unit, segment);
    } else if (other != nullptr) {
      KeepCarried(*other, unit, xml_unit, segment);
    } else {
      segment.append_attribute("state") = "initial";
    }
  }
  std::ostringstream out;
  // pugixml does not indent inside an element that holds text, so the
  // structure is indented for people while <source> and <target> keep
  // their spacing exactly.
  xml.save(out, "  ", pugi::format_indent);
  return out.str();
}

}  // namespace charterc
