#include "driver/build_plan.h"

#include <algorithm>
#include <map>

#include "base/content_hash.h"
#include "driver/build_state_io.h"
#include "output/output_layout.h"
#include "project/language_settings.h"
#include "render/commitments_csv.h"
#include "render/commitments_json.h"
#include "render/report_page.h"

namespace charterc {

namespace {

bool Wants(const PipelineOptions& options, const std::string& format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

bool WantsSite(const PipelineOptions& options) {
  return Wants(options, "html") || Wants(options, "txt") || Wants(options, "epub") || Wants(options, "pdf") ||
         Wants(options, "large-print");
}

// Each language's strings as its pages format numbers, loaded once per
// job into `cache` (a job runs on one thread; ICU formatters stay on it).
LanguageStrings CachedStrings(const Env& env, const PipelineOptions& options, const ProjectConfig& config,
                              std::shared_ptr<std::map<std::string, UiStrings>> cache) {
  return [&env, &options, &config, cache](const std::string& lang) -> const UiStrings& {
    auto it = cache->find(lang);
    if (it != cache->end()) return it->second;
    UiStrings strings = UiStrings::Load(env.fs, options.project_dir, lang);
    strings.UseNumberingSystem(NumberingSystemFor(config, lang));
    return cache->emplace(lang, std::move(strings)).first->second;
  };
}

// out/report/index.html, the internal promise report, and commitments.json
// and .csv: made from everything the check found, in every language.
void PlanReports(const Env& env, const PipelineOptions& options, const CheckedProject& checked,
                 const std::function<Publication(const Document&)>& publication, const Localised& localised,
                 std::vector<OutputJob>* jobs) {
  const std::vector<std::string> everything = {"everything"};
  const Project& project = checked.loaded.project;
  if (Wants(options, "json")) {
    jobs->push_back({OutputLayout::kCommitments, everything, false,
                     [&env, &options, &checked, &project, &localised, publication](int, std::string* bytes) {
                       auto cache = std::make_shared<std::map<std::string, UiStrings>>();
                       *bytes = CommitmentsJson(project, checked.analysis, checked.findings, publication,
                                                localised.editions, CachedStrings(env, options, project.config, cache));
                       return true;
                     }});
    jobs->push_back({OutputLayout::kCommitmentsCsv, everything, false,
                     [&env, &options, &checked, &project, &localised, publication](int, std::string* bytes) {
                       auto cache = std::make_shared<std::map<std::string, UiStrings>>();
                       *bytes = CommitmentsCsv(project, checked.analysis, publication, localised.editions,
                                               CachedStrings(env, options, project.config, cache));
                       return true;
                     }});
  }
  if (!Wants(options, "report")) return;
  jobs->push_back({OutputLayout::kReport, everything, false, [&env, &options, &checked, publication](int, std::string* bytes) {
                     std::map<std::string, UiStrings> loaded;
                     StringsFor strings_for = [&](const std::string& lang) -> const UiStrings& {
                       auto it = loaded.find(lang);
                       if (it == loaded.end()) it = loaded.emplace(lang, UiStrings::Load(env.fs, options.project_dir, lang)).first;
                       return it->second;
                     };
                     std::string error;
                     return RenderReportPage(checked.loaded.project, checked.analysis, checked.findings, publication,
                                             strings_for, LoadTheme(env.fs, options.project_dir), bytes, &error);
                   }});
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
  return joined;
}

}  // namespace

// A language whose locales/<lang>/ui.yaml has an integrity error (invalid
// YAML or pattern, a key set twice) would show raw patterns or the wrong
// words around every page: its pages are withheld like a document with an
// error of its own. (A source document withheld this way takes its
// translations with it, as any error in it does.) `charterc serve` asks the
// same question to say which pages it withholds.
std::set<std::string> WithUiStringErrors(std::set<std::string> with_errors, const Project& project) {
  auto broken = [&](const std::string& lang) { return with_errors.count("locales/" + lang + "/ui.yaml") > 0; };
  std::set<std::string> added;
  for (const Document& doc : project.documents) {
    if (broken(doc.meta.lang)) added.insert(doc.path);
  }
  for (const Translation& translation : project.translations) {
    if (broken(translation.lang)) added.insert(translation.path);
  }
  with_errors.insert(added.begin(), added.end());
  return with_errors;
}

BuildPlan::BuildPlan(Env& env, const PipelineOptions& options, const CheckedProject& checked, DiagnosticSink& sink,
                     const std::optional<BuildState>& previous)
    : outer_env_(env), options_(options), out_dir_(OutputFolder(options)), observing_(env.fs, out_dir_),
      env_(env.WithFileSystem(observing_)),
      with_errors_(WithUiStringErrors(sink.FilesWithErrors(), checked.loaded.project)) {
  const Project& project = checked.loaded.project;
  // Computed once per document: jobs call it from several threads.
  std::map<std::string, Publication> publications;
  for (const Document& doc : project.documents) {
    publications[doc.path] = with_errors_.count(doc.path) == 0 ? Publication::Written
                             : HadOutputs(doc, previous)     ? Publication::LastGood
                                                             : Publication::Withheld;
  }
  publication_ = [publications = std::move(publications)](const Document& doc) {
    auto it = publications.find(doc.path);
    return it == publications.end() ? Publication::Withheld : it->second;
  };
  documents_ = static_cast<int>(std::count_if(project.documents.begin(), project.documents.end(),
                                              [&](const Document& doc) { return with_errors_.count(doc.path) == 0; }));
  localised_ = Localise(project, checked.analysis, with_errors_, checked.withheld_langs);
  site_options_ = {options.project_dir, out_dir_, Wants(options, "html"), Wants(options, "txt"),
                   Wants(options, "epub"), Wants(options, "evidence"), options.bilingual};
  site_options_.pdf = {Wants(options, "pdf"), Wants(options, "large-print"), options.formats_explicit, out_dir_};
  site_options_.threads = std::max(1, options.jobs);
  site_options_.withheld_langs = checked.withheld_langs;
  site_options_.data = Wants(options, "json");
  site_options_.results = &checked.analysis.results;
  site_ = std::make_unique<SitePlan>(env_, site_options_, project, localised_, publication_, sink);
  site_->ReadStrings();
  // Inputs are named after planning read the theme and strings, so they count.
  observed_ = checked.observed;
  for (const auto& [question, answer] : observing_.observations()) observed_[question] = answer;
  request_ = RequestHash(env, options);
  // commitments.json and the report print findings: their severities
  // (--strict, severity:), the baseline and the day all change them.
  HashBuilder findings;
  for (const Diagnostic& d : sink.Sorted()) {
    findings.Add(static_cast<uint64_t>(d.code)).Add(static_cast<uint64_t>(d.severity)).Add(d.location.file);
    findings.Add(static_cast<uint64_t>(d.location.line)).Add(static_cast<uint64_t>(d.location.column));
    findings.Add(d.message).Add(d.baselined);
  }
  inputs_ = std::make_unique<JobInputs>(checked.loaded, localised_, observed_, with_errors_,
                                        OutputRequestHash(env, options), findings.Finish());
  if (WantsSite(options)) {
    jobs_ = site_->Jobs(*inputs_);
    if (!site_->TemplateUsable()) documents_ = 0;
  }
  PlanReports(env_, options, checked, publication_, localised_, &jobs_);
}

// A document withheld now keeps what an earlier build made of it: its
// page, or any of its other outputs (a build of text or books only).
bool BuildPlan::HadOutputs(const Document& doc, const std::optional<BuildState>& previous) const {
  const std::string html = OutputLayout::Document(doc.meta.lang, doc.name);
  if (outer_env_.fs.IsFile(JoinPath(out_dir_, html))) return true;
  if (!previous) return false;
  for (OutputFormat format : {OutputFormat::Text, OutputFormat::Epub, OutputFormat::Pdf, OutputFormat::LargePrintPdf}) {
    if (previous->outputs.count(OutputLayout::Document(doc.meta.lang, doc.name, format))) return true;
  }
  return false;
}

uint64_t BuildPlan::Signature(const OutputJob& job) const {
  BuildState now;
  now.inputs = inputs_->hashes();
  return now.Signature(job.inputs);
}

bool BuildPlan::Makes(const std::string& format) const {
  if (format == "pdf" || format == "large-print") return Wants(options_, format) && site_->PrinterReady();
  return Wants(options_, format);
}

bool BuildPlan::SawWholeProject() const { return documents_ > 0 && site_->TemplateUsable(); }

std::string BuildPlan::ChangedInputs(const OutputJob& job, const BuildState& previous) const {
  std::vector<std::string> changed;
  for (const std::string& name : job.inputs) {
    auto before = previous.inputs.find(name);
    if (before == previous.inputs.end() || before->second != inputs_->hashes().at(name)) changed.push_back(name);
  }
  if (std::find(changed.begin(), changed.end(), "global") != changed.end() ||
      std::find(changed.begin(), changed.end(), "everything") != changed.end()) {
    // Name the files behind a global change: what the build read differently.
    std::vector<std::string> files;
    if (previous.request != request_) files.push_back("charterc, its options or the day");
    for (const auto& [question, answer] : observed_) {
      auto before = previous.observed.find(question);
      if (before == previous.observed.end() || before->second != answer) files.push_back(QuestionPath(question));
    }
    for (const auto& [question, answer] : previous.observed) {
      if (!observed_.count(question)) files.push_back(QuestionPath(question));
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    if (files.size() > 5) files.resize(5), files.push_back("…");
    if (!files.empty()) changed.push_back("(" + JoinNames(files) + ")");
  }
  return JoinNames(changed);
}

std::string BuildPlan::WhyMake(const OutputJob& job, const std::optional<BuildState>& previous) const {
  if (!previous) return "no earlier build";
  auto record = previous->outputs.find(job.path);
  if (record == previous->outputs.end()) return "new output";
  if (record->second.signature == 0) return "the last build could not make it";
  // A later wave reads the files earlier waves wrote (a page links its
  // PDF with its size, the manifest hashes every file). When a job failed,
  // what they read was missing or old: the next build reads it again.
  if (job.wave > 0 && !previous->complete) return "the last build could not make every output it reads";
  if (record->second.inputs != job.inputs) return "made from other inputs than before";
  if (record->second.signature != Signature(job)) {
    std::string changed = ChangedInputs(job, *previous);
    return "changed: " + (changed.empty() ? std::string("its inputs, since it was made") : changed);
  }
  if (!OutputIntact(outer_env_.fs, out_dir_, job.path, record->second.content)) return "missing or edited in the output folder";
  return "";
}

}  // namespace charterc
