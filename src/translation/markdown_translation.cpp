#include "translation/markdown_translation.h"

#include <algorithm>

#include "base/suggest.h"
#include "i18n/locale_info.h"
#include "translation/unit.h"

namespace charterc {

namespace {

std::string UnknownUnitHint(const Unit& unit, const Document& source, const std::vector<std::string>& source_ids) {
  if (IsFrontMatter(unit.kind)) {
    return "a translation may only translate the source's own '" + std::string(UnitKindName(unit.kind)) +
           "': add it to " + source.path + " first, or delete this line";
  }
  if (unit.kind != UnitKind::Commitment) {
    return "keep the source's structure: the same headings, paragraphs and list items in the same order, so each "
           "block can be matched to the one it translates";
  }
  std::string suggestion = DidYouMean(unit.id, source_ids);
  return suggestion.empty() ? "use the id of the commitment it translates" : suggestion;
}

}  // namespace

Translation FromMarkdownEdition(const Document& edition, const Document& source, DiagnosticSink& sink) {
  Translation translation;
  translation.document = source.name;
  translation.lang = edition.meta.lang;
  translation.path = edition.path;
  translation.format = TranslationFormat::Markdown;
  std::vector<std::string> section_ids;
  for (const Section& section : source.sections) section_ids.push_back(section.id);
  std::vector<std::string> source_ids = UnitIds(source);
  for (Unit& unit : SegmentDocument(edition, &section_ids)) {
    if (std::find(source_ids.begin(), source_ids.end(), unit.id) == source_ids.end()) {
      std::string hint = UnknownUnitHint(unit, source, source_ids);
      std::string what = IsFrontMatter(unit.kind) ? "'" + std::string(UnitKindName(unit.kind)) + "'"
                                                  : std::string(UnitKindName(unit.kind)) + " '" + unit.id + "'";
      sink.Report(DiagCode::E1003, unit.location, what + " is not in " + source.path, hint);
      continue;
    }
    translation.units.push_back(TranslatedUnit{unit.id, std::move(unit.inlines), unit.from, false, {}, unit.location});
  }
  return translation;
}

std::optional<EditionName> ParseEditionFileName(const std::string& file, const std::vector<std::string>& sources) {
  const std::string suffix = ".md";
  if (file.size() <= suffix.size() || file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return std::nullopt;
  }
  std::string stem = file.substr(0, file.size() - suffix.size());
  size_t dot = stem.rfind('.');
  if (dot == std::string::npos || dot == 0) return std::nullopt;
  std::string document = stem.substr(0, dot);
  if (std::find(sources.begin(), sources.end(), document) == sources.end()) return std::nullopt;
  icu::Locale locale;
  if (!ParseLanguageTag(stem.substr(dot + 1), &locale)) return std::nullopt;
  return EditionName{document, CanonicalLanguageTag(locale)};
}

}  // namespace charterc
