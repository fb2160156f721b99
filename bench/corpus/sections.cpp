#include "sections.h"

#include <algorithm>

namespace bench {
namespace {

Tri Sentence(const Tri& fragment, const Tri& before, const char* end) {
  Tri out;
  for (int lang = 0; lang < kLangs; ++lang) out[lang] = before[lang] + fragment[lang] + end;
  return out;
}

}  // namespace

void SectionWriter::Heading(const Tri& text, const std::string& anchor) {
  // A repeated section is "-b", "-c": charterc numbers the other blocks of a
  // section "<anchor>-2", and a heading named so would share their id.
  std::string id = anchor;
  for (char n = 'b'; used_ids_.count(id) != 0; ++n) id = anchor + "-" + n;
  used_ids_.insert(id);
  ids_.push_back(id);
  Block block;
  block.kind = Block::kHeading;
  block.text = text;
  block.id = id;
  doc_.blocks.push_back(block);
  if (words_percent_ == 0) words_percent_ = 10 + static_cast<int>(rng_.Below(30));
}

void SectionWriter::Paragraph(const Tri& text) {
  Block block;
  block.text = text;
  doc_.blocks.push_back(block);
}

void SectionWriter::Item(const Tri& text, Block::Kind kind) {
  Block block;
  block.kind = kind;
  block.text = text;
  doc_.blocks.push_back(block);
}

void SectionWriter::MarkedItem(const Tri& text, const std::string& slug, const Topic* topic) {
  std::string id = slug;
  for (char n = 'b'; used_ids_.count(id) != 0; ++n) id = slug + "-" + n;
  used_ids_.insert(id);
  ids_.push_back(id);
  Block block;
  block.kind = Block::kItem;
  block.text = text;
  block.id = id;
  block.attrs = Refs(topic);
  doc_.blocks.push_back(block);
}

// The same quantity in every language; one of the topic's facts about a
// third of the time, as the sample charters use facts.yaml.
Tri SectionWriter::Fill(const Topic& topic, const Tri& form) {
  auto facts = pool_.find(topic.slug);
  const bool use_fact = facts != pool_.end() && rng_.Chance(35);
  const std::string fact = use_fact ? rng_.Pick(facts->second) : "";
  const int value = static_cast<int>(rng_.Pick(topic.values));
  const int percent = static_cast<int>(rng_.Pick(std::vector<int>{80, 85, 90, 95}));
  const std::string share_fact =
      rng_.Chance(30) ? rng_.Pick(pool_.at(kShareFacts)) : "";
  Tri out;
  for (int lang = 0; lang < kLangs; ++lang) {
    const Lang l = static_cast<Lang>(lang);
    const std::string q = use_fact ? "{{ " + fact + " }}" : QuantityText(l, topic.unit, value);
    const std::string p = !share_fact.empty() ? "{{ " + share_fact + " }}" : Share(l, percent);
    out[lang] = ReplaceAll(ReplaceAll(form[lang], "{Q}", q), "{P}", p);
  }
  return out;
}

std::string SectionWriter::QuantityText(Lang lang, Unit unit, int value) {
  return Quantity(lang, unit, value, rng_.Chance(words_percent_));
}

const Topic& SectionWriter::AnyTopic() {
  const auto& topics = Topics();
  size_t index = rng_.Below(topics.size());
  for (size_t tries = 0; used_topics_.count(static_cast<int>(index)) != 0 && tries < topics.size();
       ++tries)
    index = (index + 1) % topics.size();
  used_topics_.insert(static_cast<int>(index));
  return topics[index];
}

// A fragment for a lead-in list: mostly a measurable topic, sometimes a
// vague, a yes/no or a hedged one, as real lists mix them.
Tri SectionWriter::FragmentItem(const Topic*& topic) {
  topic = nullptr;
  const uint64_t roll = rng_.Below(100);
  if (roll < 15) return rng_.Pick(VagueFragments());
  if (roll < 28) return rng_.Pick(PlainFragments());
  topic = &AnyTopic();
  const Tri filled = Fill(*topic, topic->fragment);
  if (roll < 36) return Sentence(filled, {{"aim to ", "nous efforcer de ", "ceisio "}}, "");
  return filled;
}

const DocInfo* SectionWriter::Earlier() {
  if (earlier_.empty()) return nullptr;
  // Mostly recent documents, as a set of documents cites its neighbours.
  const size_t span = std::min<size_t>(earlier_.size(), 50);
  return &earlier_[earlier_.size() - 1 - rng_.Below(span)];
}

std::string SectionWriter::Refs(const Topic* topic) {
  std::string refs = "cse:";
  refs += topic != nullptr ? topic->criterion : "3.2.1";
  const DocInfo* other = rng_.Chance(60) ? Earlier() : nullptr;
  if (other != nullptr && !other->ids.empty()) refs += " " + other->name + "#" + rng_.Pick(other->ids);
  std::string attrs = "refs=\"" + refs + "\"";
  if (topic != nullptr) attrs += std::string(" dimension=") + topic->dimension;
  return attrs;
}

std::string SectionWriter::Link(const DocInfo& other, Lang lang) {
  return "[" + other.title[lang] + "](" + other.name + ".md#" + other.ids.front() + ")";
}

}  // namespace bench
