#include "analysis/promise_summary.h"

namespace charterc {

namespace {

void Append(std::string* text, const std::string& part) {
  if (part.empty()) return;
  if (!text->empty()) *text += " · ";
  *text += part;
}

std::string Quoted(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "\"" : ", \"") + word + "\"";
  return text;
}

}  // namespace

std::string MeasureText(const TargetReading& reading) {
  std::string text;
  for (const Quantity& quantity : reading.quantities) Append(&text, quantity.text);
  Append(&text, reading.period);
  Append(&text, reading.frequency);
  Append(&text, reading.event);
  return text;
}

std::vector<std::string> MissingParts(const TargetReading& reading) {
  std::vector<std::string> missing;
  if (reading.verdict == Verdict::Incomplete && reading.share && reading.period.empty()) {
    missing.push_back("the period the share is measured over");
  }
  if (reading.verdict == Verdict::Incomplete) {
    for (const std::string& number : reading.bare_numbers) missing.push_back("a unit for " + number);
  }
  if (reading.verdict == Verdict::Vague || reading.verdict == Verdict::Binary) missing.push_back("a quantity");
  if (!reading.hedges.empty()) missing.push_back("a plain promise, not " + Quoted(reading.hedges));
  if (!reading.vague_words.empty()) missing.push_back("a target instead of " + Quoted(reading.vague_words));
  return missing;
}

}  // namespace charterc
