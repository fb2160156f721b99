#pragma once
// The subcommands. Each returns an exit code (see ExitCode in env.h).

#include <string>
#include <vector>

#include "driver/env.h"
#include "driver/pipeline.h"

namespace charterc {

int RunBuild(Env& env, const PipelineOptions& options);
int RunCheck(Env& env, const PipelineOptions& options);
// Why each output (or each of `outputs`) would be made again by a build.
int RunExplain(Env& env, PipelineOptions options, const std::vector<std::string>& outputs);
// Removes every output the build state lists, and the state.
int RunClean(Env& env, const PipelineOptions& options);
int RunInit(Env& env, const std::string& dir);
// `code`: empty to list every code; else a code or name to explain.
int RunCodes(Env& env, const std::string& code);
// Builds, serves the output folder on 127.0.0.1:`port` (0: any free port)
// and rebuilds on every change until Ctrl-C (src/serve/).
int RunServe(Env& env, const PipelineOptions& options, int port);
// `force`: write even where a translation cannot be carried into the file
// (see translation_export_command.cpp).
int RunXliffExtract(Env& env, const PipelineOptions& options, const std::string& lang, bool force);
int RunPoExport(Env& env, const PipelineOptions& options, const std::string& lang, bool force);
// `to`: "po" or "xliff"; the other format's file is removed once converted.
int RunTranslationsConvert(Env& env, const PipelineOptions& options, const std::string& lang, const std::string& to,
                           bool force);

}  // namespace charterc
