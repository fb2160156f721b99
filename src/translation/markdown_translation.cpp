#include "translation/markdown_translation.h"

#include <algorithm>

#include "base/suggest.h"
#include "i18n/locale_info.h"
#include "translation/block_alignment.h"
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

// The id an edition's unit takes: a commitment of the edition keeps the
// id its translator marked; any other block takes the id of the source
// unit whose block it was aligned with (see translation/block_alignment.h),
// so a document written without ids lines up block by block. Empty when
// the block has no counterpart (already reported).
std::string AlignedId(const Unit& unit, const std::map<BlockPath, BlockPath>& aligned,
                      const std::map<BlockPath, std::string>& source_ids) {
  if (IsFrontMatter(unit.kind) || unit.kind == UnitKind::Commitment) return unit.id;
  auto source_path = aligned.find(unit.path);
  if (source_path == aligned.end()) return "";
  auto id = source_ids.find(source_path->second);
  return id == source_ids.end() ? "" : id->second;
}

}  // namespace

Translation FromMarkdownEdition(const Document& edition, const Document& source, const FactTable& facts,
                                DiagnosticSink& sink, ReadingCache* cache) {
  Translation translation;
  translation.document = source.name;
  translation.lang = edition.meta.lang;
  translation.path = edition.path;
  translation.format = TranslationFormat::Markdown;
  std::vector<std::string> section_ids;
  for (const Section& section : source.sections) section_ids.push_back(section.id);
  std::vector<std::string> source_ids = UnitIds(source);
  std::map<BlockPath, std::string> source_id_by_path;
  for (const Unit& unit : SegmentDocument(source)) {
    if (!IsFrontMatter(unit.kind)) source_id_by_path[unit.path] = unit.id;
  }
  std::map<BlockPath, BlockPath> aligned = AlignBlocks(source, edition, facts, sink, cache);
  for (Unit& unit : SegmentDocument(edition, &section_ids)) {
    unit.id = AlignedId(unit, aligned, source_id_by_path);
    if (unit.id.empty()) continue;
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
