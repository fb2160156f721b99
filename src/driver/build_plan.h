#pragma once
// A checked project turned into the outputs a build makes: localised into
// editions, planned as output jobs, each job naming its inputs. The build
// runs the jobs whose inputs changed; `charterc explain` only says which
// they are and why.

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/observing_file_system.h"
#include "driver/env.h"
#include "driver/job_inputs.h"
#include "driver/pipeline.h"
#include "driver/site_plan.h"
#include "output/build_state.h"
#include "output/output_job.h"
#include "translation/localise.h"

namespace charterc {

// The files whose pages a build withholds: those with errors of their own,
// and every document and translation in a language whose
// locales/<lang>/ui.yaml has an integrity error.
std::set<std::string> WithUiStringErrors(std::set<std::string> with_errors, const Project& project);

class BuildPlan {
 public:
  // `previous`: the last build's state, which also tells which documents
  // have last good outputs to keep.
  BuildPlan(Env& env, const PipelineOptions& options, const CheckedProject& checked, DiagnosticSink& sink,
            const std::optional<BuildState>& previous);

  const std::vector<OutputJob>& jobs() const { return jobs_; }
  // Outputs of withheld documents whose last good version stays.
  const std::vector<std::string>& kept() const { return site_->kept(); }
  const Observations& observed() const { return observed_; }
  const JobInputs& inputs() const { return *inputs_; }
  uint64_t request() const { return request_; }
  int documents() const { return documents_; }  // source documents published
  int threads() const { return site_options_.threads; }

  // The hash of `job`'s inputs now (see OutputRecord::signature).
  uint64_t Signature(const OutputJob& job) const;
  // Whether this build makes outputs of `format` (as OutputLayout::FormatOf
  // names them): asked for, and, for PDFs, a printer found.
  bool Makes(const std::string& format) const;
  // Whether the build saw the whole project: a usable page template and at
  // least one document. Only then may it remove what it no longer makes.
  bool SawWholeProject() const;

  // Why `job` must be made again, compared with the last build; empty when
  // its output can stay as it is.
  std::string WhyMake(const OutputJob& job, const std::optional<BuildState>& previous) const;

 private:
  std::string ChangedInputs(const OutputJob& job, const BuildState& previous) const;

  bool HadOutputs(const Document& doc, const std::optional<BuildState>& previous) const;

  Env& outer_env_;
  const PipelineOptions& options_;
  std::string out_dir_;
  ObservingFileSystem observing_;
  Env env_;  // sees the file system through observing_
  std::set<std::string> with_errors_;
  std::function<Publication(const Document&)> publication_;
  Localised localised_;
  SiteOptions site_options_;
  std::unique_ptr<SitePlan> site_;
  Observations observed_;
  uint64_t request_ = 0;
  std::unique_ptr<JobInputs> inputs_;
  std::vector<OutputJob> jobs_;
  int documents_ = 0;
};

}  // namespace charterc
