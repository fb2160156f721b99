#pragma once
// Shell completion scripts, generated from the command line's definition
// (`charterc completion bash|zsh|fish`): subcommands, options, the fixed
// values of an option (--color, --format, item by item after a comma) and
// folders where a folder is expected.

#include <string>

#include "driver/cli_model.h"

namespace charterc {

// For bash 4 and later, without the bash-completion package's helpers:
// `source <(charterc completion bash)`.
std::string BashCompletion(const CliCommand& root);
// A #compdef function for a folder on $fpath (file name _charterc).
std::string ZshCompletion(const CliCommand& root);
// For ~/.config/fish/completions/charterc.fish or a vendor folder.
std::string FishCompletion(const CliCommand& root);

}  // namespace charterc
