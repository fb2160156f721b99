#include "check/measurability_checker.h"

#include <set>

#include "check/promise_rewrite.h"
#include "i18n/locale_info.h"

namespace charterc {

namespace {

std::string Quoted(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "\"" : ", \"") + word + "\"";
  return text;
}

// What a diagnostic about one commitment needs: where its words are, and
// how its language fills in a rewrite.
struct PromiseContext {
  const Commitment& commitment;
  const TargetReading& reading;
  const Lexicon& lexicon;
  icu::Locale locale;

  // Under the first of `words` in the source, else the whole block.
  SourceLocation At(const std::vector<std::string>& words) const {
    SourceLocation first = commitment.location;
    bool found = false;
    for (const std::string& word : words) {
      SourceLocation at = PhraseLocation(commitment, word, locale);
      if (at.line == commitment.location.line && at.column == commitment.location.column) continue;
      if (!found || at.line < first.line || (at.line == first.line && at.column < first.column)) first = at;
      found = true;
    }
    return first;
  }

  // The rewrite of this promise, else the general rule.
  std::string Hint(const std::string& rule) const {
    std::string rewrite = RewriteForVerdict(commitment, reading, lexicon, locale);
    return rewrite.empty() ? rule : "e.g. \"" + rewrite + "\"; " + rule;
  }
};

void ReportVerdict(const PromiseContext& context, DiagnosticSink& sink) {
  const Commitment& commitment = context.commitment;
  const TargetReading& reading = context.reading;
  const std::string subject = "commitment '" + commitment.id + "'";
  switch (reading.verdict) {
    case Verdict::Measurable: return;
    case Verdict::Vague: {
      std::vector<std::string> words = reading.vague_words;
      words.insert(words.end(), reading.hedges.begin(), reading.hedges.end());
      sink.Report(DiagCode::E0901, context.At(words),
                  subject + " is not measurable: it states no quantity, and " + Quoted(words) +
                      (words.size() == 1 ? " promises" : " promise") + " nothing that can be checked",
                  context.Hint("state a number, a unit and, for a service level, a period"));
      return;
    }
    case Verdict::Incomplete:
      if (reading.share && reading.period.empty()) {
        std::vector<std::string> share;
        for (const Quantity& quantity : reading.quantities) {
          if (quantity.unit == "percent") share.push_back(quantity.text);
        }
        sink.Report(DiagCode::E0902, context.At(share),
                    subject + " gives a share of cases but not the period it is measured over",
                    context.Hint("add the period the share is measured over"));
      } else {
        sink.Report(DiagCode::E0902, context.At(reading.bare_numbers),
                    subject + " has a number without a unit (" + Quoted(reading.bare_numbers) + ")",
                    context.Hint("say what the number counts: a time, a share (%), or the things counted"));
      }
      return;
    case Verdict::Binary:
      sink.Report(DiagCode::W0903, commitment.location, subject + " is a yes/no promise with no quantity",
                  "fine for a rule such as wearing name badges; for a level of service state a number, unit and "
                  "period, e.g. \"100% of staff on duty, checked twice a year\"");
      return;
  }
}

void ReportWording(const PromiseContext& context, DiagnosticSink& sink) {
  const Commitment& commitment = context.commitment;
  const TargetReading& reading = context.reading;
  if (reading.verdict == Verdict::Vague) return;  // its error already names every word
  for (const std::string& hedge : reading.hedges) {
    sink.Report(DiagCode::W0904, context.At({hedge}),
                "\"" + hedge + "\" softens commitment '" + commitment.id + "'",
                "promise plainly: \"We answer ...\" rather than \"We aim to answer ...\"; if it cannot always be "
                "met, give the share, e.g. \"95% of ...\"");
  }
  for (const std::string& word : reading.vague_words) {
    sink.Report(DiagCode::W0905, context.At({word}),
                "\"" + word + "\" in commitment '" + commitment.id + "' has no measurable meaning",
                "the number says how well; drop the word, or replace it with the target it stands for");
  }
}

}  // namespace

// A charter in which nothing reads as a promise is far more likely written
// in a shape charterc does not know than a charter that promises nothing.
void ReportNothingFound(const Document& doc, DiagnosticSink& sink) {
  // Unreadable front matter has its own error; a policy states rules.
  if (!doc.meta.read || doc.meta.type == DocumentType::Policy) return;
  sink.Report(DiagCode::W0908, SourceLocation{doc.path, 1, 1, 3},
              std::string(DocumentTypeName(doc.meta.type)) + " '" + doc.name +
                  "' holds no promise charterc can read, so none of it is checked",
              "charterc looks for numbered clauses (1., 2.1), list items under a lead-in such as \"We will:\", "
              "sentences such as \"We answer ...\" or \"Items will be ...\", and tables with a target or "
              "result column; mark a promise yourself with {#id} at its end (see docs/checking.md)");
}

void CheckMeasurability(const Project& project, const Analysis& analysis, DiagnosticSink& sink) {
  std::set<std::string> reported_langs;
  for (const Document& doc : project.documents) {
    if (doc.commitments.empty()) {
      if (project.lexicons.count(doc.meta.lang)) ReportNothingFound(doc, sink);
      continue;
    }
    if (!project.lexicons.count(doc.meta.lang)) {
      if (reported_langs.insert(doc.meta.lang).second) {
        sink.Report(DiagCode::W0906, SourceLocation{doc.path, 1, 1, 3},
                    "no lexicon for language '" + doc.meta.lang + "': commitments in it are not checked for "
                    "measurability",
                    "add locales/" + doc.meta.lang + "/lexicon.yaml (copy the English one and translate it; see "
                    "docs/checking.md)");
      }
      continue;
    }
    for (const Commitment& commitment : doc.commitments) {
      const std::optional<TargetReading>& reading = analysis.Of(doc, commitment).reading;
      PromiseContext context{commitment, *reading, project.lexicons.at(doc.meta.lang), {}};
      ParseLanguageTag(doc.meta.lang, &context.locale);
      // An undefined fact hides the quantity; its own error says so.
      if (!reading->undefined_fact) ReportVerdict(context, sink);
      ReportWording(context, sink);
    }
  }
}

}  // namespace charterc
