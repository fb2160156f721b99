#include "check/readability_checker.h"

#include <sstream>

namespace charterc {

namespace {

// The opening words of a long sentence, for the message.
std::string Opening(const std::string& sentence) {
  std::istringstream words(sentence);
  std::string word, out;
  for (int i = 0; i < 8 && words >> word; ++i) out += (out.empty() ? "" : " ") + word;
  return out + (words >> word ? " …" : "");
}

}  // namespace

void CheckReadability(const Project& project, const Analysis& analysis, DiagnosticSink& sink) {
  const int limit = project.config.max_sentence_words;
  for (const Document& doc : project.documents) {
    for (const ProseBlock& block : analysis.Of(doc).prose) {
      for (const Sentence& sentence : block.stats.sentence_list) {
        if (sentence.words <= limit) continue;
        sink.Report(DiagCode::W0907, block.location,
                    "a sentence of " + std::to_string(sentence.words) + " words (the limit is " +
                        std::to_string(limit) + "): \"" + Opening(sentence.text) + "\"",
                    "split it in two: one idea per sentence is easier to read aloud and to translate "
                    "(or set max-sentence-words in charterc.yaml)");
      }
    }
  }
}

}  // namespace charterc
