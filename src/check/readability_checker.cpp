#include "check/readability_checker.h"

#include <sstream>

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

std::string BlockText(const Block& block) {
  return PlainText(block.inlines, [](const std::string&) { return std::string("0"); });
}

// The opening words of a long sentence, for the message.
std::string Opening(const std::string& sentence) {
  std::istringstream words(sentence);
  std::string word, out;
  for (int i = 0; i < 8 && words >> word; ++i) out += (out.empty() ? "" : " ") + word;
  return out + (words >> word ? " …" : "");
}

}  // namespace

Readability DocumentReadability(const Project& project, const Document& doc) {
  icu::Locale locale = LocaleOf(doc);
  const std::vector<std::string>& abbreviations = AbbreviationsFor(project, doc);
  Readability result;
  ForEachBlock(doc, [&](const Block& block) {
    if (IsProse(block)) result.stats.Add(MeasureText(BlockText(block), locale, abbreviations));
  });
  result.index = IndexFor(result.stats, locale);
  return result;
}

Readability CommitmentReadability(const Project& project, const Document& doc, const Commitment& commitment) {
  icu::Locale locale = LocaleOf(doc);
  Readability result;
  result.stats = MeasureText(WithFactsAsWords(commitment.text), locale, AbbreviationsFor(project, doc));
  result.index = IndexFor(result.stats, locale);
  return result;
}

void CheckReadability(const Project& project, DiagnosticSink& sink) {
  const int limit = project.config.max_sentence_words;
  for (const Document& doc : project.documents) {
    icu::Locale locale = LocaleOf(doc);
    ForEachBlock(doc, [&](const Block& block) {
      if (!IsProse(block)) return;
      for (const Sentence& sentence :
           MeasureText(BlockText(block), locale, AbbreviationsFor(project, doc)).sentence_list) {
        if (sentence.words <= limit) continue;
        sink.Report(DiagCode::W0907, block.location,
                    "a sentence of " + std::to_string(sentence.words) + " words (the limit is " +
                        std::to_string(limit) + "): \"" + Opening(sentence.text) + "\"",
                    "split it in two: one idea per sentence is easier to read aloud and to translate "
                    "(or set max-sentence-words in charterc.yaml)");
      }
    });
  }
}

}  // namespace charterc
