#pragma once
// The subcommands. Each returns an exit code (see ExitCode in env.h).

#include <string>

#include "driver/env.h"
#include "driver/pipeline.h"

namespace charterc {

int RunBuild(Env& env, const PipelineOptions& options);
int RunCheck(Env& env, const PipelineOptions& options);
int RunInit(Env& env, const std::string& dir);
int RunCodes(Env& env);
int RunXliffExtract(Env& env, const PipelineOptions& options, const std::string& lang);
int RunPoExport(Env& env, const PipelineOptions& options, const std::string& lang);

}  // namespace charterc
