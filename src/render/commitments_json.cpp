#include "render/commitments_json.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "output/output_layout.h"
#include "analysis/promise_summary.h"
#include "render/meta_text.h"
#include "render/render_context.h"

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

// Texts read from the source ("within {{ reply.email }}") as its page
// shows them ("within 2 working days").
using Published = std::function<std::string(const std::string&)>;

Json TargetJson(const std::optional<TargetReading>& reading, const Published& published) {
  if (!reading) return nullptr;  // no lexicon for the language: not read
  Json quantities = Json::array();
  for (const Quantity& quantity : reading->quantities) {
    quantities.push_back({{"value", quantity.value},
                          {"unit", quantity.unit},
                          {"text", published(quantity.text)},
                          {"counted", quantity.counted.empty() ? Json(nullptr) : Json(quantity.counted)}});
  }
  return {{"quantities", quantities},
          {"share", reading->share ? Json(*reading->share) : Json(nullptr)},
          {"period", reading->period.empty() ? Json(nullptr) : Json(reading->period)},
          {"frequency", reading->frequency.empty() ? Json(nullptr) : Json(reading->frequency)},
          {"event", reading->event.empty() ? Json(nullptr) : Json(reading->event)}};
}

// `text` (plain text) escaped for HTML, so it can be inserted as markup
// and still shows exactly `text`: a '<' the author wrote, or one left next
// to a raw HTML tag the Markdown stage dropped ("<<b>img onerror=...>"),
// is "&lt;", never the start of a tag. Quotes too, so it may go in an
// attribute.
std::string EscapedHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
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

Json Nullable(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// A source's row carries its readability and findings; an edition's row
// shares the source's reading (the same promise, the same verdict in every
// language) and has neither: the findings are about the source's words.
Json CommitmentJson(const PublishedCommitment& row, const CommitmentAnalysis& analysis,
                    const std::vector<const Diagnostic*>& findings, const Published& published) {
  const Commitment& commitment = *row.commitment;
  const std::optional<TargetReading>& reading = analysis.reading;
  const bool source = row.translation_file.empty();
  Json refs = Json::array();
  for (const Ref& ref : commitment.refs) refs.push_back(RefJson(ref, *row.source));
  const Commitment& original = row.source->commitments[static_cast<size_t>(row.index)];
  return {{"id", commitment.id},
          {"document", row.source->name},
          {"lang", row.lang},
          {"url", row.url},
          {"section", Nullable(commitment.section_id)},
          {"text", row.text},
          {"text_html", EscapedHtml(row.text)},
          {"lead_in", Nullable(row.lead_in)},
          {"lead_in_html", Nullable(EscapedHtml(row.lead_in))},
          {"translated", row.translated},
          {"verdict", reading ? Json(std::string(VerdictName(reading->verdict))) : Json(nullptr)},
          {"measure", reading ? Json(published(MeasureText(*reading))) : Json(nullptr)},
          {"missing", MissingJson(reading)},
          {"target", TargetJson(reading, published)},
          {"explicit_target", Nullable(commitment.target)},
          {"dimension", Nullable(commitment.dimension)},
          {"refs", refs},
          {"readability", source ? ReadabilityJson(analysis.readability) : Json(nullptr)},
          {"source",
           {{"file", row.source_file}, {"line", original.location.line}, {"column", original.location.column}}},
          {"translation", source ? Json(nullptr) : Json{{"file", row.translation_file}}},
          {"findings", source ? FindingsJson(findings) : Json(nullptr)}};
}

Json EditionsJson(const Project& project, const Document& source, const std::list<Document>& editions,
                  const LanguageStrings& strings) {
  const OutputLayout layout(project.config.base_url, project.config.path_prefix);
  Json list = Json::array();
  for (const Document& edition : editions) {
    if (edition.name != source.name) continue;
    list.push_back({{"lang", edition.meta.lang},
                    {"title", TitleText(project, strings(edition.meta.lang), edition)},
                    {"url", layout.Published(OutputLayout::Document(edition.meta.lang, edition.name))},
                    {"translation_file", ProjectFile(project, edition.translation_path)}});
  }
  return list;
}

}  // namespace

std::string CommitmentsJson(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                            const std::function<Publication(const Document&)>& publication,
                            const std::list<Document>& editions, const LanguageStrings& strings) {
  const OutputLayout layout(project.config.base_url, project.config.path_prefix);
  Json documents = Json::array();
  for (const Document& doc : project.documents) {
    documents.push_back({{"name", doc.name},
                         {"title", TitleText(project, strings(doc.meta.lang), doc)},
                         {"type", DocumentTypeName(doc.meta.type)},
                         {"lang", doc.meta.lang},
                         {"owner", doc.meta.owner},
                         {"reviewed", Nullable(doc.meta.reviewed)},
                         {"next_review", Nullable(doc.meta.next_review)},
                         {"published", PublicationName(publication(doc))},
                         {"url", layout.Published(OutputLayout::Document(doc.meta.lang, doc.name))},
                         {"source_file", ProjectFile(project, doc.path)},
                         {"editions", EditionsJson(project, doc, editions, strings)},
                         {"readability", ReadabilityJson(analysis.Of(doc).readability)},
                         {"findings", FindingsJson(findings.OutsideCommitments(doc))}});
  }
  Json commitments = Json::array();
  for (const PublishedCommitment& row : PublishedCommitments(project, editions, strings)) {
    const Commitment& original = row.source->commitments[static_cast<size_t>(row.index)];
    const UiStrings& source_strings = strings(row.source->meta.lang);
    auto published = [&](const std::string& text) { return WithFactsFormatted(project, source_strings, text); };
    commitments.push_back(
        CommitmentJson(row, analysis.Of(*row.source, original), findings.Of(*row.source, row.index), published));
  }
  Json root = {{"format", "charterc-commitments"},
               {"version", 2},
               {"project", project.config.title},
               {"base_url", Nullable(project.config.base_url)},
               {"documents", documents},
               {"commitments", commitments}};
  // Messages quote the user's text: a stray invalid byte must not abort.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace charterc
