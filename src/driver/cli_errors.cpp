#include "driver/cli_errors.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/suggest.h"
#include "driver/cli_model.h"

namespace charterc {

namespace {

// The first word a parsed command could not place, and that command; CLI11
// keeps such words in remaining() even when it then fails for another
// reason ("a subcommand is required", a folder that does not exist).
struct Unexpected {
  CLI::App* app = nullptr;
  std::string word;
};

Unexpected FindUnexpected(CLI::App& app) {
  if (!app.remaining().empty()) return {&app, app.remaining().front()};
  for (CLI::App* sub : app.get_subcommands()) {  // the parsed ones
    if (Unexpected found = FindUnexpected(*sub); found.app != nullptr) return found;
  }
  return {};
}

// The command the arguments got furthest into ("charterc xliff extract").
CLI::App& DeepestParsed(CLI::App& app) {
  std::vector<CLI::App*> parsed = app.get_subcommands();
  return parsed.empty() ? app : DeepestParsed(*parsed.front());
}

std::vector<std::string> OptionNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

std::vector<std::string> SubcommandNames(CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](CLI::App* s) { return !s->get_group().empty(); })) {
    names.push_back(sub->get_name());
  }
  return names;
}

void ReportUnexpected(Env& env, const Unexpected& unexpected) {
  CLI::App& app = *unexpected.app;
  const std::string name = CommandName(app);
  std::string word = unexpected.word;
  if (word.starts_with("-")) {
    word = word.substr(0, word.find('='));  // --colour=never: the option is what is unknown
    std::string suggestion = DidYouMean(word, OptionNames(app));
    env.err << name << ": error: unknown option '" << word << "'";
    if (!suggestion.empty()) env.err << "; " << suggestion;
    env.err << "\n  hint: '" << name << " --help' lists its options\n";
  } else if (!app.get_subcommands([](CLI::App*) { return true; }).empty()) {
    std::string suggestion = DidYouMean(word, SubcommandNames(app));
    env.err << name << ": error: '" << word << "' is not a " << name << " command";
    if (!suggestion.empty()) env.err << "; " << suggestion;
    env.err << "\n  hint: '" << name << " --help' lists the commands\n";
  } else {
    env.err << name << ": error: unexpected argument '" << word << "'\n  hint: '" << name
            << " --help' shows what it takes\n";
  }
}

bool SameIgnoringCase(const std::string& a, const std::string& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) ==
                                                std::tolower(static_cast<unsigned char>(y)); });
}

// The first value given to `option` that is not one of its fixed values.
std::optional<std::string> BadChoice(const CLI::Option& option, const CliOption& described) {
  for (const std::string& result : option.results()) {
    size_t start = 0;
    while (start <= result.size()) {
      size_t end = described.delimiter != 0 ? result.find(described.delimiter, start) : std::string::npos;
      if (end == std::string::npos) end = result.size();
      std::string value = result.substr(start, end - start);
      if (std::none_of(described.choices.begin(), described.choices.end(),
                       [&](const std::string& choice) { return SameIgnoringCase(choice, value); })) {
        return value;
      }
      start = end + 1;
    }
  }
  return std::nullopt;
}

// A value outside an option's fixed set (--format htm), found among what the
// parsed commands received.
bool ReportBadChoice(Env& env, CLI::App& app) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->count() == 0) continue;
    CliOption described = DescribeOption(*option);
    if (described.choices.empty()) continue;
    std::optional<std::string> value = BadChoice(*option, described);
    if (!value) continue;
    const std::string option_name = described.names.back();
    std::string suggestion = DidYouMean(*value, described.choices);
    env.err << CommandName(app) << ": error: '" << *value << "' is not a value of " << option_name;
    if (!suggestion.empty()) env.err << "; " << suggestion;
    std::string values;
    for (const std::string& choice : described.choices) values += (values.empty() ? "" : ", ") + choice;
    env.err << "\n  hint: " << option_name << " takes " << values << "\n";
    return true;
  }
  for (CLI::App* sub : app.get_subcommands()) {
    if (ReportBadChoice(env, *sub)) return true;
  }
  return false;
}

}  // namespace

std::string CommandName(const CLI::App& app) {
  const CLI::App* parent = app.get_parent();
  return parent == nullptr ? app.get_name() : CommandName(*parent) + " " + app.get_name();
}

int ReportParseError(Env& env, CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == 0) {  // --help, --version
    app.exit(error, env.out, env.err);
    return kExitClean;
  }
  if (Unexpected unexpected = FindUnexpected(app); unexpected.app != nullptr) {
    ReportUnexpected(env, unexpected);
    return kExitUsage;
  }
  if (ReportBadChoice(env, app)) return kExitUsage;
  const std::string name = CommandName(DeepestParsed(app));
  env.err << name << ": error: " << error.what() << "\n  hint: '" << name << " --help' shows what it takes\n";
  return kExitUsage;
}

}  // namespace charterc
