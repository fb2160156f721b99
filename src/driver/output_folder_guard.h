#pragma once
// Where a build may write, decided before it writes anything. The output
// folder may not be the project, charters/ or inside charters/, nor hold
// the project (a build would publish its sources, or delete them as stale
// outputs); it must be a folder charterc made (it holds .charterc/) or an
// empty one, unless --force; it may not be a file. Inside it, charterc
// never writes through a symbolic link and never replaces a read-only
// file without --force (OutputWriter asks CheckOutputPath).

#include <string>

#include "base/file_system.h"
#include "diag/diagnostic_sink.h"
#include "driver/pipeline.h"

namespace charterc {

// Reports E1406, E1407, E1408 or E1409 and returns false when the build
// must not write into the output folder the options name.
bool CheckOutputFolder(const FileSystem& fs, const PipelineOptions& options, DiagnosticSink& sink);

// Marks the output folder as charterc's (<out>/.charterc/owner), creating
// it, before the first output is written: a build killed before it saves
// its state still leaves a folder the next build recognises as its own.
bool MarkOutputFolder(FileSystem& fs, const std::string& out_dir, DiagnosticSink& sink);

// Whether the output folder holds charterc's marker or build state.
bool OwnsOutputFolder(const FileSystem& fs, const std::string& out_dir);

// `path` with every link resolved, also when its last parts do not exist
// yet ("out/site" before the first build): "" when nothing resolves.
std::string ResolvedPath(const FileSystem& fs, const std::string& path);

// The owner marker, relative to the output folder.
std::string OwnerMarkerPath();

}  // namespace charterc
