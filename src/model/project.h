#pragma once
// The whole charter project after parsing: settings, facts, documents.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/document.h"
#include "model/fact.h"
#include "model/framework.h"
#include "model/image.h"
#include "model/lexicon.h"
#include "model/results_file.h"
#include "model/translation.h"

namespace charterc {

// A framework criterion the project chose not to cover, and why.
struct Waiver {
  std::string reason;
  SourceLocation location;
};

struct ProjectConfig {
  std::string title = "Charters";
  std::string source_lang = "en";
  std::string base_url;
  // path-prefix: the folder out/ is served from ("/charters/"), for links
  // that must work from anywhere on the site (fragments, manifest.json);
  // empty: the base URL's path (output/output_layout.h).
  std::string path_prefix;
  // fragment-prefix: what every class and id of an embeddable fragment
  // starts with ("charterc" -> class="charterc-summary").
  std::string fragment_prefix = "charterc";
  // csv-bom: commitments.csv starts with a byte order mark, which some
  // spreadsheet programs need to read UTF-8.
  bool csv_bom = false;
  // images: {allow-remote: ["https://cdn.example.org/"]}: the only web
  // addresses images may be shown from (each reader's browser fetches
  // them, telling that server who reads the page); none by default.
  std::vector<std::string> remote_images;
  // images: {max-kib: 2048}: the largest image file published, in KiB
  // (at most the built-in limit, model/image.h).
  size_t max_image_bytes = kMaxImageBytes;
  std::string paper = "A4";  // printed pages (PDF): "A4" or "letter"
  int max_sentence_words = 30;  // longer sentences are warnings (W0907)
  // translation-state: the least XLIFF segment state that publishes a
  // target, "translated" or "reviewed" (see translation/xliff_reader.h).
  std::string xliff_min_state = "translated";
  std::string framework;  // what documents without a framework: key cite
  SourceLocation framework_location;
  std::map<std::string, Waiver> waivers;  // by ref, e.g. "cse:2.1.1"
  // severity: {vague-word: error, W0907: off}: a team's own gate.
  std::map<DiagCode, SeverityChoice> severities;
  // languages: [cy, fr]: the translations published; a language not listed
  // is checked but gets no pages. Without the key (has_languages false),
  // a language is published once min_translated % of its commitments and
  // titles are translated.
  bool has_languages = false;
  std::vector<std::string> languages;  // canonical tags
  double min_translated = 100;
  // numbers: latn, or numbers: {ar: latn}: the numbering system a
  // language's pages write numbers in; the key "" stands for every
  // language. Absent: the locale's own (CLDR's default).
  std::map<std::string, std::string> numbers;
};

struct Project {
  std::string root;  // the project folder
  ProjectConfig config;
  FactTable facts;
  FrameworkTable frameworks;  // built-in ones and the project's own
  LexiconTable lexicons;      // by document language; absent when none exists
  std::vector<Document> documents;  // sources, sorted by name
  std::vector<Translation> translations;  // by document, then language
  std::vector<ResultsFile> results_files;  // data/*.csv, by path: measured results
  // Every image file a document shows that passed its checks, by path
  // relative to the project (model/image.h).
  std::map<std::string, ImageFile> images;
  // Every image file the loader asked about, as the file system path it
  // asked (usable or not): inputs of the pages showing them, not of all.
  std::set<std::string> image_paths;

  const Document* FindDocument(const std::string& name) const;
  // The translation of `document` into `lang` (one per pair, files merged).
  const Translation* FindTranslation(const std::string& document, const std::string& lang) const;
  Translation* FindTranslation(const std::string& document, const std::string& lang);
  // The framework a document's commitments must cite: its own `framework:`,
  // else the project's; empty when neither names one.
  const std::string& FrameworkOf(const Document& doc) const;
};

}  // namespace charterc
