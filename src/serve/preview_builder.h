#pragma once
// One build of the project for the preview: the same in-process pipeline
// as `charterc build` (load and check, render and write, print), whose
// diagnostics are kept as a BuildResult for the pages to show.

#include <memory>
#include <string>
#include <vector>

#include "driver/env.h"
#include "driver/pipeline.h"
#include "serve/build_result.h"

namespace charterc {

class PreviewBuilder {
 public:
  PreviewBuilder(Env& env, PipelineOptions options) : env_(env), options_(std::move(options)) {}

  // Builds and prints the diagnostics: in full the first time, then only
  // the problems and the summary line (the coverage and readability lines
  // would scroll them away on every save). `changed`: what started it.
  // Never throws: a failure inside the pipeline is printed and kept as a
  // build with no pages, and the server goes on.
  std::shared_ptr<const BuildResult> Build(const std::vector<std::string>& changed);

 private:
  std::shared_ptr<BuildResult> RunPipeline();

  Env& env_;
  PipelineOptions options_;
  int builds_ = 0;
};

}  // namespace charterc
