#include "translation/xliff_reader.h"

#include <algorithm>

#include <pugixml.hpp>

#include "base/suggest.h"
#include "i18n/locale_info.h"
#include "translation/unit.h"
#include "translation/xliff_codes.h"
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

}  // namespace

std::optional<Translation> ReadXliff(const SourceFile& file, const Document& source, const std::string& lang,
                                     DiagnosticSink& sink) {
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
  std::vector<std::string> source_ids = UnitIds(source);
  for (pugi::xml_node xml_unit : root.child("file").children("unit")) {
    std::string id = xml_unit.attribute("id").value();
    pugi::xml_node segment = xml_unit.child("segment");
    pugi::xml_node target = segment.child("target");
    if (!target || !target.first_child()) continue;  // not translated yet
    if (std::find(source_ids.begin(), source_ids.end(), id) == source_ids.end()) {
      std::string suggestion = DidYouMean(id, source_ids);
      sink.Report(DiagCode::E1003, At(file, xml_unit), "unit '" + id + "' is not in " + source.path,
                  suggestion.empty() ? "run 'charterc xliff extract --lang " + lang + "' to bring the file up to date"
                                     : suggestion);
      continue;
    }
    std::vector<XliffInlineProblem> problems;
    XliffCodes codes = ReadXliffCodes(xml_unit, segment.child("source"));
    TranslatedUnit unit;
    unit.id = id;
    unit.inlines = ReadXliffInlines(target, codes, &problems);
    unit.from = xml_unit.attribute("cc:from").value();
    std::string state = segment.attribute("state").value();
    unit.unconfirmed = state.empty() || state == "initial";
    unit.location = At(file, target);
    for (const XliffInlineProblem& problem : problems) {
      sink.Report(DiagCode::E1005, At(file, problem.at), problem.message,
                  "facts, links and code spans are protected: keep each <ph>/<pc> of the source in the target");
    }
    if (problems.empty()) translation.units.push_back(std::move(unit));
  }
  return translation;
}

}  // namespace charterc
