#pragma once
// The man page, charterc(1), generated from the command line's definition
// (`charterc help-man`, run by the build): every command and option with its
// help text, plus the environment, exit status and files, in man(7) roff.

#include <string>

#include "driver/cli_model.h"

namespace charterc {

// `version`: shown in the page's footer ("charterc 0.1.0"). No date, so the
// page is the same bytes for the same definition.
std::string ManPage(const CliCommand& root, const std::string& version);

// `text` safe as roff body text: backslashes escaped, and a line starting
// with '.' or '\'' no longer read as a request.
std::string RoffEscape(const std::string& text);

}  // namespace charterc
