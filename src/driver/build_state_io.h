#pragma once
// Reading, checking and writing the build state (output/build_state.h)
// for the build command.

#include <optional>
#include <string>

#include "driver/env.h"
#include "driver/pipeline.h"
#include "output/build_state.h"

namespace charterc {

// What the build was asked, as one hash: charterc itself, the options that
// change outputs or what is printed, and the moment (the day, or
// SOURCE_DATE_EPOCH), since review dates are checked against it.
uint64_t RequestHash(const Env& env, const PipelineOptions& options);

// The part of the request every output depends on: charterc itself, the
// folders and the moment. Options that change only what is printed
// (--strict, --color, --diagnostics-format) make nothing again.
uint64_t OutputRequestHash(const Env& env, const PipelineOptions& options);

// The last build's state; nullopt when there is none, or (with `note` set)
// when it cannot be used and the build starts over.
std::optional<BuildState> ReadBuildState(const FileSystem& fs, const std::string& out_dir, std::string* note);

// True when nothing the last build read has changed and every output it
// wrote is still there, byte for byte: the build has nothing to do.
bool NothingChanged(const FileSystem& fs, const std::string& out_dir, const BuildState& state, uint64_t request);

// Writes the state for the next build; a state that cannot be written
// only costs the next build its shortcuts, so it is a note.
void SaveBuildState(const Env& env, const std::string& out_dir, const BuildState& state);

// --depfile: a Makefile rule whose targets are every output and whose
// prerequisites are every file the build read, so make, Ninja or CMake
// know when to run charterc again.
void WriteDepfile(const Env& env, const PipelineOptions& options, const BuildState& state);

// Whether the output at `path` still holds what the state says was written.
bool OutputIntact(const FileSystem& fs, const std::string& out_dir, const std::string& path, uint64_t content);

}  // namespace charterc
