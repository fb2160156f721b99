#include "render/commitments_json.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "output/output_layout.h"
#include "analysis/promise_summary.h"

namespace charterc {

namespace {

using Json = nlohmann::ordered_json;

Json RefJson(const Ref& ref, const Document& doc) {
  switch (ref.kind) {
    case Ref::Kind::Criterion:
      return {{"kind", "criterion"}, {"text", ref.text}, {"framework", ref.framework}, {"criterion", ref.criterion}};
    case Ref::Kind::Document:
      return {{"kind", "document"}, {"text", ref.text}, {"document", ref.document}, {"id", ref.id}};
    case Ref::Kind::Local:
      return {{"kind", "document"}, {"text", ref.text}, {"document", doc.name}, {"id", ref.id}};
  }
  return {};
}

Json TargetJson(const std::optional<TargetReading>& reading) {
  if (!reading) return nullptr;  // no lexicon for the language: not read
  Json quantities = Json::array();
  for (const Quantity& quantity : reading->quantities) {
    quantities.push_back({{"value", quantity.value},
                          {"unit", quantity.unit},
                          {"text", quantity.text},
                          {"counted", quantity.counted.empty() ? Json(nullptr) : Json(quantity.counted)}});
  }
  return {{"quantities", quantities},
          {"share", reading->share ? Json(*reading->share) : Json(nullptr)},
          {"period", reading->period.empty() ? Json(nullptr) : Json(reading->period)},
          {"frequency", reading->frequency.empty() ? Json(nullptr) : Json(reading->frequency)},
          {"event", reading->event.empty() ? Json(nullptr) : Json(reading->event)}};
}

// Rounded to one decimal: the scores are estimates, not measurements.
double Rounded(double value) { return std::round(value * 10) / 10; }

Json ReadabilityJson(const Readability& readability) {
  const TextStats& stats = readability.stats;
  int longest = 0;
  for (const Sentence& sentence : stats.sentence_list) longest = std::max(longest, sentence.words);
  return {{"sentences", stats.sentences},
          {"words", stats.words},
          {"words_per_sentence", stats.sentences > 0 ? Rounded(double(stats.words) / stats.sentences) : 0.0},
          {"longest_sentence", longest},
          {"long_words", stats.long_words},
          {"index", {{"name", readability.index.name}, {"value", Rounded(readability.index.value)}}}};
}

Json FindingsJson(const std::vector<const Diagnostic*>& findings) {
  Json list = Json::array();
  for (const Diagnostic* d : findings) {
    list.push_back({{"code", InfoOf(d->code).id},
                    {"name", InfoOf(d->code).name},
                    {"severity", SeverityName(d->severity)},
                    {"message", d->message},
                    {"line", d->location.line},
                    {"baselined", d->baselined}});
    if (!d->details.empty()) list.back()["details"] = d->details;  // all that a summary finding counts
  }
  return list;
}

Json MissingJson(const std::optional<TargetReading>& reading) {
  if (!reading) return nullptr;
  Json missing = Json::array();
  for (const std::string& part : MissingParts(*reading)) missing.push_back(part);
  return missing;
}

Json CommitmentJson(const Document& doc, const Commitment& commitment, const CommitmentAnalysis& analysis,
                    const std::vector<const Diagnostic*>& findings) {
  const std::optional<TargetReading>& reading = analysis.reading;
  Json refs = Json::array();
  for (const Ref& ref : commitment.refs) refs.push_back(RefJson(ref, doc));
  return {{"id", commitment.id},
          {"document", doc.name},
          {"lang", doc.meta.lang},
          {"url", OutputLayout::Document(doc.meta.lang, doc.name) + "#" + commitment.id},
          {"section", commitment.section_id.empty() ? Json(nullptr) : Json(commitment.section_id)},
          {"text", commitment.text},
          {"lead_in", commitment.lead_in.empty() ? Json(nullptr) : Json(commitment.lead_in)},
          {"verdict", reading ? Json(std::string(VerdictName(reading->verdict))) : Json(nullptr)},
          {"measure", reading ? Json(MeasureText(*reading)) : Json(nullptr)},
          {"missing", MissingJson(reading)},
          {"target", TargetJson(reading)},
          {"explicit_target", commitment.target.empty() ? Json(nullptr) : Json(commitment.target)},
          {"dimension", commitment.dimension.empty() ? Json(nullptr) : Json(commitment.dimension)},
          {"refs", refs},
          {"readability", ReadabilityJson(analysis.readability)},
          {"source", {{"file", doc.path}, {"line", commitment.location.line}, {"column", commitment.location.column}}},
          {"findings", FindingsJson(findings)}};
}

}  // namespace

std::string CommitmentsJson(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                            const std::function<Publication(const Document&)>& publication) {
  Json documents = Json::array();
  Json commitments = Json::array();
  for (const Document& doc : project.documents) {
    documents.push_back({{"name", doc.name},
                         {"title", doc.meta.title},
                         {"type", DocumentTypeName(doc.meta.type)},
                         {"lang", doc.meta.lang},
                         {"owner", doc.meta.owner},
                         {"next_review", doc.meta.next_review.empty() ? Json(nullptr) : Json(doc.meta.next_review)},
                         {"published", PublicationName(publication(doc))},
                         {"readability", ReadabilityJson(analysis.Of(doc).readability)},
                         {"findings", FindingsJson(findings.OutsideCommitments(doc))}});
    for (size_t i = 0; i < doc.commitments.size(); ++i) {
      const Commitment& commitment = doc.commitments[i];
      commitments.push_back(CommitmentJson(doc, commitment, analysis.Of(doc, commitment),
                                           findings.Of(doc, static_cast<int>(i))));
    }
  }
  Json root = {{"format", "charterc-commitments"},
               {"version", 1},
               {"project", project.config.title},
               {"documents", documents},
               {"commitments", commitments}};
  // Messages quote the user's text: a stray invalid byte must not abort.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace charterc
