#pragma once
// The command line's definition as plain values, read from the CLI11 app
// that parses it, so that the man page and the shell completions are
// generated from the same definition and never fall behind it.

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace charterc {

struct CliOption {
  std::vector<std::string> names;  // "-o", "--out"; a positional has one, "dir"
  bool positional = false;
  bool takes_value = false;  // false: a flag
  bool required = false;
  std::string value_name;             // "DIR", "LANG", "WHEN"; empty for a flag
  std::vector<std::string> choices;   // the only values accepted ("auto", "always", "never"), if fixed
  char delimiter = 0;                 // ',' when several values go in one argument
  std::string description;
  bool folder = false;  // takes a folder: typed DIR, or checked as an existing folder

  bool names_folder() const { return folder; }
};

struct CliCommand {
  std::string name;               // "extract"; the program's own name at the root
  std::vector<std::string> path;  // {"xliff", "extract"}; empty at the root
  std::string description;
  std::vector<CliOption> options;       // in the order defined, positionals included
  std::vector<CliCommand> subcommands;  // hidden ones (no group) left out
  bool needs_subcommand = false;

  std::string FullName(const std::string& program) const;  // "charterc xliff extract"
};

// The first clause of a help text, at most about 60 columns, for the one-line
// descriptions of shell completion menus.
std::string ShortDescription(const std::string& description);

// Reads `app` after its options and subcommands are defined.
CliCommand DescribeCommandLine(CLI::App& app);
CliOption DescribeOption(const CLI::Option& option);

}  // namespace charterc
