#include "driver/cli_model.h"

#include <CLI/CLI.hpp>

#include <algorithm>

namespace charterc {

namespace {

// "WHEN:{auto,always,never}" -> {"auto", "always", "never"}: CLI11 puts an
// IsMember check's values in braces after the type name.
std::vector<std::string> ChoicesIn(const std::string& type_name) {
  size_t open = type_name.find('{');
  size_t close = type_name.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::string list = type_name.substr(open + 1, close - open - 1);
  if (list.find("->") != std::string::npos) return {};  // a transformer's mapping, not a list of values
  std::vector<std::string> choices;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    if (comma > start) choices.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return choices;
}

}  // namespace

CliOption DescribeOption(const CLI::Option& option) {
  CliOption described;
  described.positional = option.get_positional();
  if (described.positional) {
    described.names.push_back(option.get_name(true));
  } else {
    for (const std::string& name : option.get_snames()) described.names.push_back("-" + name);
    for (const std::string& name : option.get_lnames()) described.names.push_back("--" + name);
  }
  described.takes_value = option.get_expected_min() > 0;
  described.required = option.get_required();
  std::string type_name = option.get_type_name();
  if (described.takes_value) described.value_name = type_name.substr(0, type_name.find(':'));
  described.choices = ChoicesIn(type_name);
  // "DIR" as a type name, or CLI::ExistingDirectory's "TEXT:DIR".
  described.folder = type_name == "DIR" || type_name.starts_with("DIR:") || type_name.ends_with(":DIR");
  if (option.get_delimiter() != '\0') described.delimiter = option.get_delimiter();
  described.description = option.get_description();
  return described;
}

namespace {

CliCommand Describe(CLI::App& app, std::vector<std::string> path) {
  CliCommand command;
  command.name = app.get_name();
  command.path = path;
  command.description = app.get_description();
  command.needs_subcommand = app.get_require_subcommand_min() > 0;
  for (const CLI::Option* option : app.get_options()) command.options.push_back(DescribeOption(*option));
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_group().empty()) continue;  // hidden
    std::vector<std::string> sub_path = path;
    sub_path.push_back(sub->get_name());
    command.subcommands.push_back(Describe(*sub, sub_path));
  }
  return command;
}

}  // namespace

std::string ShortDescription(const std::string& description) {
  constexpr size_t kMinimum = 10;  // "Fail (E1006) when ..." keeps going past its first bracket
  constexpr size_t kMaximum = 60;
  size_t end = description.size();
  for (const char* separator : {": ", "; ", " (", ", e.g."}) {
    size_t at = description.find(separator, kMinimum);
    if (at != std::string::npos) end = std::min(end, at);
  }
  std::string shortened = description.substr(0, end);
  if (shortened.size() <= kMaximum) return shortened;
  size_t space = shortened.rfind(' ', kMaximum - 3);
  return shortened.substr(0, space == std::string::npos ? kMaximum - 3 : space) + "...";
}

std::string CliCommand::FullName(const std::string& program) const {
  std::string full = program;
  for (const std::string& word : path) full += " " + word;
  return full;
}

CliCommand DescribeCommandLine(CLI::App& app) { return Describe(app, {}); }

}  // namespace charterc
