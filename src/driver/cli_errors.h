#pragma once
// What charterc says when CLI11 refuses a command line: a mistyped command,
// option or value gets "did you mean", as git and cargo do.

#include <string>

#include "driver/env.h"

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace charterc {

// Prints the message for `error`, raised while `app` parsed; help and
// --version go to env.out. Returns the exit code.
int ReportParseError(Env& env, CLI::App& app, const CLI::ParseError& error);

// "charterc xliff extract" for a subcommand.
std::string CommandName(const CLI::App& app);

}  // namespace charterc
