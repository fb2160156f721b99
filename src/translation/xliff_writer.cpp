#include "translation/xliff_writer.h"

#include <map>
#include <sstream>

#include <pugixml.hpp>

#include "i18n/locale_info.h"
#include "translation/unit.h"
#include "translation/xliff_codes.h"

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

// The translated segments of an existing file, by unit id.
struct KeptTarget {
  pugi::xml_node target;
  std::string from;
  std::string state;
};

std::map<std::string, KeptTarget> ExistingTargets(const pugi::xml_document& existing) {
  std::map<std::string, KeptTarget> kept;
  for (pugi::xml_node unit : existing.child("xliff").child("file").children("unit")) {
    pugi::xml_node segment = unit.child("segment");
    pugi::xml_node target = segment.child("target");
    if (!target || !target.first_child()) continue;
    kept[unit.attribute("id").value()] =
        KeptTarget{target, unit.attribute("cc:from").value(), segment.attribute("state").value()};
  }
  return kept;
}

}  // namespace

std::string WriteXliff(const Document& doc, const std::string& source_lang, const std::string& lang,
                       const std::string& existing, bool units_compared) {
  pugi::xml_document old;
  if (!existing.empty()) old.load_buffer(existing.data(), existing.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  std::map<std::string, KeptTarget> kept = ExistingTargets(old);

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
    auto old_target = kept.find(unit.id);
    if (old_target == kept.end()) {
      segment.append_attribute("state") = "initial";
      continue;
    }
    bool same_source = old_target->second.from == unit.fingerprint;
    std::string state = same_source && !old_target->second.state.empty() ? old_target->second.state : "initial";
    segment.append_attribute("state") = state.c_str();
    segment.append_copy(old_target->second.target);
  }
  std::ostringstream out;
  // pugixml does not indent inside an element that holds text, so the
  // structure is indented for people while <source> and <target> keep
  // their spacing exactly.
  xml.save(out, "  ", pugi::format_indent);
  return out.str();
}

}  // namespace charterc
