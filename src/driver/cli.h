#pragma once
// The command line (CLI11): parses arguments and dispatches to a command.

#include "driver/env.h"

namespace charterc {

int RunCommandLine(Env& env, int argc, const char* const* argv);

}  // namespace charterc
