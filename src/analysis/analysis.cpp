#include "analysis/analysis.h"

#include <cassert>

#include "analysis/reading_cache.h"
#include "analysis/target_reader.h"
#include "i18n/locale_info.h"
#include "model/fact_placeholders.h"
#include "model/visit.h"

namespace charterc {

namespace {

icu::Locale LocaleOf(const Document& doc) {
  icu::Locale locale;
  if (!ParseLanguageTag(doc.meta.lang, &locale)) locale = icu::Locale::getEnglish();
  return locale;
}

const std::vector<std::string>& AbbreviationsFor(const Project& project, const Document& doc) {
  static const std::vector<std::string> kNone;
  auto found = project.lexicons.find(doc.meta.lang);
  return found != project.lexicons.end() ? found->second.abbreviations : kNone;
}

// A fact reads as one word ("0"), whatever value it has today.
std::string WithFactsAsWords(const std::string& text) {
  std::string out;
  SplitFactPlaceholders(
      text, [&](std::string_view plain) { out += plain; }, [&](const std::string&, std::string_view) { out += "0"; });
  return out;
}

bool IsProse(const Block& block) {
  return (block.kind == BlockKind::Paragraph || block.kind == BlockKind::ListItem) && !block.inlines.empty();
}

DocumentAnalysis AnalyseDocument(const Project& project, const Document& doc, ReadingCache* cache) {
  icu::Locale locale = LocaleOf(doc);
  const std::vector<std::string>& abbreviations = AbbreviationsFor(project, doc);
  DocumentAnalysis analysis;
  ForEachBlock(doc, [&](const Block& block) {
    if (!IsProse(block)) return;
    std::string text = PlainText(block.inlines, [](const std::string&) { return std::string("0"); });
    analysis.prose.push_back({block.location, CachedMeasureText(cache, text, locale, abbreviations)});
    analysis.readability.stats.Add(analysis.prose.back().stats);
  });
  analysis.readability.index = IndexFor(analysis.readability.stats, locale);
  for (const Commitment& commitment : doc.commitments) {
    CommitmentAnalysis& result = analysis.commitments.emplace_back();
    result.reading = ReadCommitment(project, doc, commitment, cache);
    result.readability.stats = CachedMeasureText(cache, WithFactsAsWords(commitment.text), locale, abbreviations);
    result.readability.index = IndexFor(result.readability.stats, locale);
  }
  return analysis;
}

}  // namespace

const DocumentAnalysis& Analysis::Of(const Document& doc) const {
  auto it = documents.find(doc.path);
  assert(it != documents.end() && "every source document is analysed");
  return it->second;
}

const CommitmentAnalysis& Analysis::Of(const Document& doc, const Commitment& commitment) const {
  size_t index = static_cast<size_t>(&commitment - doc.commitments.data());
  assert(index < doc.commitments.size() && "the commitment belongs to the document");
  return Of(doc).commitments.at(index);
}

const std::vector<AssessedUnit>& Analysis::Of(const Translation& translation) const {
  auto it = translations.find(translation.path);
  assert(it != translations.end() && "every translation is analysed");
  return it->second;
}

std::optional<TargetReading> ReadCommitment(const Project& project, const Document& doc, const Commitment& commitment,
                                            ReadingCache* cache) {
  auto lexicon = project.lexicons.find(doc.meta.lang);
  if (lexicon == project.lexicons.end()) return std::nullopt;
  icu::Locale locale = LocaleOf(doc);
  // A fragment bullet is read with its lead-in: "We aim to:" hedges each one.
  const std::string text = !commitment.target.empty() ? commitment.target
                           : commitment.lead_in.empty() ? commitment.text
                                                        : commitment.lead_in + " " + commitment.text;
  TargetReading reading = CachedReadTarget(cache, text, lexicon->second, locale, project.facts);
  if (reading.period.empty() && !commitment.period.empty() && commitment.target.empty()) {
    reading.period = commitment.period;
    reading.verdict = DecideVerdict(reading);
  }
  return reading;
}

Analysis Analyse(const Project& project, ReadingCache* cache) {
  Analysis analysis;
  // A file counts as read afresh when one of its readings was not in the
  // cache (see Analysis::afresh).
  auto misses = [cache] { return cache != nullptr ? cache->misses() : 0; };
  for (const Document& doc : project.documents) {
    const int before = misses();
    analysis.documents.emplace(doc.path, AnalyseDocument(project, doc, cache));
    if (cache == nullptr || misses() != before) analysis.afresh.push_back(doc.path);
  }
  for (const Translation& translation : project.translations) {
    const Document* source = project.FindDocument(translation.document);
    const int before = misses();
    analysis.translations[translation.path] =
        source ? AssessTranslation(project, *source, translation, cache) : std::vector<AssessedUnit>{};
    if (cache == nullptr || misses() != before) analysis.afresh.push_back(translation.path);
  }
  analysis.coverage = ComputeCoverage(project);
  analysis.results = CollectResults(project, [&analysis](const Document& doc, const Commitment& commitment)
                                                 -> const std::optional<TargetReading>& {
    return analysis.Of(doc, commitment).reading;
  });
  return analysis;
}

}  // namespace charterc
