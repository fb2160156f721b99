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
