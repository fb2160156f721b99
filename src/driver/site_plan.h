#pragma once
// The render stage of a build as output jobs: for each published page (a
// source or an edition) its HTML page and, on request, its plain text, EPUB
// and PDFs; each language's traceability page and book of all documents,
// the stylesheet, the index, bilingual editions and the assessors' pack.
// Planning renders nothing: the jobs do, on the job runner's threads.

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "driver/env.h"
#include "driver/job_inputs.h"
#include "driver/pdf_writer.h"
#include "output/output_job.h"
#include "output/publication.h"
#include "render/epub_edition.h"
#include "render/format_links.h"
#include "render/html_page.h"
#include "render/theme.h"
#include "results/results_book.h"
#include "translation/localise.h"

namespace charterc {

struct SiteOptions {
  std::string project_dir;
  std::string out_dir;
  bool html = true;   // pages, traceability, index and stylesheet
  bool text = false;  // out/<lang>/<doc>.txt
  bool epub = false;  // out/<lang>/<doc>.epub, and out/<lang>/documents.epub with all of them
  bool evidence_pack = false;  // out/evidence/index.html, with internal notes
  std::vector<std::string> bilingual;  // two language tags, page language first; empty: no bilingual editions
  PdfOptions pdf = {};  // out/<lang>/<doc>.pdf and .large-print.pdf
  int threads = 1;      // how many workers will run the jobs (per-worker caches)
  std::set<std::string> withheld_langs = {};  // languages checked but not published (N1015)
  bool data = false;  // commitments.json and .csv (planned elsewhere), listed in the manifest
  const ResultsBook* results = nullptr;  // the analysed results: out/<lang>/how-we-did.html; none: no page
};

// Everything the jobs read; it must outlive them.
class SitePlan {
 public:
  SitePlan(Env& env, const SiteOptions& options, const Project& project, const Localised& localised,
           const std::function<Publication(const Document&)>& publication, DiagnosticSink& sink);

  // Whether the theme's page template can be used (LoadAndCheck reported
  // it when not): without it no page is made.
  bool TemplateUsable() const;
  // Whether PDFs are planned (asked for, and a printer found); after Jobs.
  bool PrinterReady() const { return printer_ready_; }
  // Reads the strings of every page language, so the build state sees them
  // as inputs before the jobs are named (call before Jobs).
  void ReadStrings();
  // Reports a missing browser (once) when PDFs were asked for.
  std::vector<OutputJob> Jobs(JobInputs& inputs);
  // Outputs of withheld documents whose last good version stays: a build
  // must not remove them as stale.
  const std::vector<std::string>& kept() const { return kept_; }

 private:
  const UiStrings& Strings(int worker, const std::string& lang);
  std::vector<EditionLink> EditionsOf(const Document& doc) const;
  void PlanDocument(const Document& doc, std::vector<OutputJob>* jobs);
  void PlanKept(const Document& doc);
  void KeepUnbuiltEditions();
  void PlanBilingual(const Document& source, std::vector<OutputJob>* jobs);
  void PlanEverythingJobs(std::vector<OutputJob>* jobs);
  // The site's data and embeddable parts (driver/site_data_plan.cpp).
  void PlanFragment(const Document& doc, const std::vector<std::string>& inputs, std::vector<OutputJob>* jobs);
  void PlanSiteData(std::vector<OutputJob>* jobs);
  std::vector<FormatLink> FormatLinks(const std::vector<std::pair<OutputFormat, std::string>>& made) const;
  std::string FormatsInput();
  void PlanResultsPages(std::vector<OutputJob>* jobs);
  // out/images/: a copy of every image file a planned page shows.
  void PlanImages(std::vector<OutputJob>* jobs);
  void KeepImagesOf(const std::string& page);
  bool MakeEpub(int worker, const std::string& relative, const std::string& lang,
                const std::vector<const Document*>& documents, const std::string& title, const std::string& creator,
                const std::string& description, const std::vector<EpubChapter>& kept, std::string* bytes);
  const Document* Published(const std::string& name, const std::string& wanted) const;

  Env& env_;
  const SiteOptions& options_;
  const Project& project_;
  const Localised& localised_;
  const std::function<Publication(const Document&)>& publication_;
  JobInputs* inputs_ = nullptr;  // while planning
  DiagnosticSink& sink_;
  Theme theme_;
  PdfWriter pdf_;
  std::vector<std::map<std::string, UiStrings>> strings_;  // per worker, by language
  std::vector<IndexEntry> index_;
  std::map<std::string, std::vector<const Document*>> published_;  // by language
  std::set<std::string> traceability_langs_;
  std::set<std::string> results_langs_;
  std::map<std::string, std::vector<const Document*>> in_books_;  // by language, for the collection
  std::map<std::string, std::vector<EpubChapter>> kept_chapters_;  // by language
  std::vector<std::string> kept_;
  // The files planned of each published page (its page first), and the
  // site's other public files, for the manifest.
  std::map<const Document*, std::vector<std::string>> files_of_;
  std::vector<std::string> site_files_;
  std::map<std::string, const ImageFile*> images_;  // by output path: the images the site's pages show
  bool printer_ready_ = false;
};

}  // namespace charterc
