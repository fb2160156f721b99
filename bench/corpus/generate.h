// Generates the whole corpus (facts and documents) from a seed, and renders
// a document for charterc, for Hugo and as plain Markdown.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus.h"

namespace bench {

struct Corpus {
  uint64_t seed = 0;
  Facts facts;
  std::vector<Document> documents;
  std::vector<std::string> ten_fact_documents;  // the documents using kTenDocumentFact
};

Corpus Generate(int documents, uint64_t seed);

// charterc's syntax: the source (attribute blocks with refs) or a
// translation (ids only, front matter only what readers see).
std::string SourceMarkdown(const Document& doc, Lang lang);

enum class Peer { kPlain, kHugo };
// The same content for tools that know no facts or attribute blocks: facts
// formatted, attribute blocks dropped (Hugo keeps heading ids, which its
// Markdown reads), links pointing at the peer's pages.
std::string PeerMarkdown(const Document& doc, Lang lang, const Facts& facts, Peer peer);

}  // namespace bench
