#include "generate.h"

#include <cctype>
#include <cstdio>
#include <functional>

#include "sections.h"
#include "vocabulary.h"

namespace bench {
namespace {

// Source documents stay between these sizes (English, charterc syntax).
constexpr size_t kMinBytes = 4096;
constexpr size_t kMaxBytes = 8192;
constexpr size_t kContactBytes = 700;  // room kept for the closing section
constexpr int kFactsPerTopic = 6;

struct KindWords {
  DocKind kind;
  const char* slug;
  const char* type;  // front matter
  Tri title;
};

const std::vector<KindWords> kKinds{
    {DocKind::kCharter, "charter", "charter",
     {{"Customer Service Charter", "Charte de service client", "Siarter Gwasanaeth Cwsmeriaid"}}},
    {DocKind::kStatement, "care-statement", "statement",
     {{"Customer Care Statement", "Engagement d'accueil", "Datganiad Gofal Cwsmeriaid"}}},
    {DocKind::kStandards, "standards", "standards",
     {{"Service Standards and Results", "Normes de service et résultats",
       "Safonau Gwasanaeth a Chanlyniadau"}}},
    {DocKind::kPolicy, "service-policy", "policy",
     {{"Customer Service Policy", "Politique de service aux usagers", "Polisi Gwasanaeth Cwsmeriaid"}}}};

std::string Slug(const std::string& place) {
  std::string slug;
  for (char c : place) slug += c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return slug;
}

// Facts per topic, with the values its promises take, and shares; seconds
// are no unit of facts.yaml, so phone times are always written out.
Facts MakeFacts(Rng& rng, FactPool& pool) {
  Facts facts;
  for (const Topic& topic : Topics()) {
    if (topic.unit == Unit::kSecond) continue;
    for (int k = 1; k <= kFactsPerTopic; ++k) {
      const std::string name = std::string(topic.slug) + ".v" + std::to_string(k);
      facts[name] = {topic.unit, static_cast<int>(rng.Pick(topic.values))};
      pool[topic.slug].push_back(name);
    }
  }
  for (int k = 1; k <= kFactsPerTopic; ++k) {
    const std::string name = std::string(kShareFacts) + ".v" + std::to_string(k);
    facts[name] = {Unit::kPercent, static_cast<int>(rng.Pick(std::vector<int>{80, 85, 90, 95}))};
    pool[kShareFacts].push_back(name);
  }
  facts[kTenDocumentFact] = {Unit::kWorkingDay, 4};
  return facts;
}

void Identity(Document& doc, Rng& rng, int index) {
  const int roll = static_cast<int>(rng.Below(100));
  const KindWords& kind = kKinds[roll < 30 ? 0 : roll < 50 ? 1 : roll < 80 ? 2 : 3];
  const std::string& place = rng.Pick(Places());
  const Tri& org_form = rng.Pick(Organisations());
  for (int lang = 0; lang < kLangs; ++lang) doc.org[lang] = ReplaceAll(org_form[lang], "{P}", place);
  char number[16];
  std::snprintf(number, sizeof number, "%04d", index + 1);
  doc.name = Slug(place) + "-" + kind.slug + "-" + number;
  doc.kind = kind.kind;
  doc.marked = kind.kind == DocKind::kCharter;
  doc.title = {{doc.org[kEn] + " " + kind.title[kEn], kind.title[kFr] + " — " + doc.org[kFr],
                kind.title[kCy] + " " + doc.org[kCy]}};
  doc.summary = {{"What everyone who uses " + doc.org[kEn] +
                      " can expect from us, and how we show that we keep our word.",
                  "Ce que toute personne qui fait appel à " + doc.org[kFr] +
                      " peut attendre de nous, et comment nous tenons parole.",
                  "Beth y gall pawb sy'n defnyddio " + doc.org[kCy] +
                      " ei ddisgwyl gennym, a sut rydym yn dangos ein bod yn cadw ein gair."}};
  doc.owner = {{"Head of Customer Services, " + doc.org[kEn], "Responsable de l'accueil, " + doc.org[kFr],
                "Pennaeth Gwasanaethau Cwsmeriaid, " + doc.org[kCy]}};
  doc.contact = "enquiries@" + Slug(place) + ".example.org";
}

using Section = std::function<void(SectionWriter&)>;

std::vector<Section> SectionsFor(const Document& doc) {
  using W = SectionWriter;
  if (doc.marked)
    return {&W::MarkedSentences, &W::LeadIn, &W::About, &W::MarkedSentences, &W::Staff,
            &W::Measuring, &W::MarkedSentences, &W::Obligations, &W::MarkedSentences, &W::LeadIn};
  switch (doc.kind) {
    case DocKind::kStatement:
      return {&W::LeadIn, &W::Staff, &W::About, &W::Conditional, &W::Numbered, &W::Obligations,
              &W::Passive, &W::Measuring, &W::LeadIn};
    case DocKind::kStandards:
      return {&W::ToBullets, &W::ResultsTable, &W::Measuring, &W::Passive, &W::YearsTable,
              &W::About, &W::Numbered, &W::LeadIn, &W::ToBullets};
    default:
      return {&W::Passive, &W::About, &W::Numbered, &W::Conditional, &W::Obligations,
              &W::Measuring, &W::LeadIn, &W::ToBullets, &W::Passive};
  }
}

// Adds sections in a shuffled order of the kind's list until the source
// reaches its drawn size; a section that would overshoot is taken back.
void Body(Document& doc, SectionWriter& writer, Rng& rng, bool uses_ten_fact) {
  writer.Scope();
  std::vector<Section> sections = SectionsFor(doc);
  for (size_t i = sections.size(); i > 1; --i) std::swap(sections[i - 1], sections[rng.Below(i)]);
  const size_t target = kMinBytes + rng.Below(kMaxBytes - kMinBytes - 2 * kContactBytes);
  // Short lists come round again: a long charter repeats a shape.
  for (size_t n = 0; n < 4 * sections.size(); ++n) {
    const Section& section = sections[n % sections.size()];
    const SectionWriter::Checkpoint checkpoint = writer.Save();
    const size_t before = SourceMarkdown(doc, kEn).size();
    section(writer);
    const size_t after = SourceMarkdown(doc, kEn).size();
    if (after + kContactBytes > kMaxBytes && before + kContactBytes >= kMinBytes) {
      writer.Restore(checkpoint);
      break;
    }
    if (after >= target) break;
  }
  writer.Contact(uses_ten_fact);
}

}  // namespace

Corpus Generate(int documents, uint64_t seed) {
  Corpus corpus;
  corpus.seed = seed;
  Rng fact_rng(seed);
  FactPool pool;
  corpus.facts = MakeFacts(fact_rng, pool);
  std::vector<DocInfo> earlier;
  for (int i = 0; i < documents; ++i) {
    // Each document draws from its own stream, so it does not depend on how
    // many draws the documents before it made.
    Rng rng(seed * 1000003 + static_cast<uint64_t>(i) + 1);
    Document doc;
    Identity(doc, rng, i);
    // Exactly ten documents use the fact the benchmark changes, spread
    // evenly (every document of a corpus smaller than ten).
    const bool ten = documents < 10 || i == 0 || (i * 10) / documents != (i * 10 - 10) / documents;
    SectionWriter writer(rng, pool, earlier, doc);
    Body(doc, writer, rng, ten);
    if (ten) corpus.ten_fact_documents.push_back(doc.name);
    earlier.push_back({doc.name, doc.title, writer.Ids()});
    corpus.documents.push_back(std::move(doc));
  }
  return corpus;
}

}  // namespace bench
