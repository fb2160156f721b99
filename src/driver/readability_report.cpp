#include "driver/readability_report.h"

#include <algorithm>
#include <cstdio>


namespace charterc {

namespace {

std::string OneDecimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string IndexLabel(const ReadabilityIndex& index) {
  return index.name == "lix" ? "LIX " + OneDecimal(index.value) + " (lower is easier)"
                             : "Flesch reading ease " + OneDecimal(index.value) + " (higher is easier)";
}

}  // namespace

void PrintReadability(const Project& project, const Analysis& analysis, std::ostream& out) {
  for (const Document& doc : project.documents) {
    const Readability& readability = analysis.Of(doc).readability;
    const TextStats& stats = readability.stats;
    if (stats.sentences == 0) continue;
    int longest = 0;
    for (const Sentence& sentence : stats.sentence_list) longest = std::max(longest, sentence.words);
    out << "readability: " << doc.name << " (" << doc.meta.lang << "): " << IndexLabel(readability.index) << ", "
        << OneDecimal(static_cast<double>(stats.words) / stats.sentences) << " words per sentence, longest "
        << longest << "\n";
  }
}

}  // namespace charterc
