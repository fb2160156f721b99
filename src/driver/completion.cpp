#include "driver/completion.h"

#include <functional>

namespace charterc {

namespace {

// Every command, the program first, then depth first in definition order.
void Flatten(const CliCommand& command, std::vector<const CliCommand*>* all) {
  all->push_back(&command);
  for (const CliCommand& sub : command.subcommands) Flatten(sub, all);
}

std::vector<const CliCommand*> AllCommands(const CliCommand& root) {
  std::vector<const CliCommand*> all;
  Flatten(root, &all);
  return all;
}

// The key the scripts track the command by: "" for the program,
// "/xliff/extract" for a nested subcommand.
std::string Key(const CliCommand& command) {
  std::string key;
  for (const std::string& word : command.path) key += "/" + word;
  return key;
}

std::string Join(const std::vector<std::string>& words, const std::string& separator) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : separator) + word;
  return joined;
}

// Subcommand names and the fixed values of positionals: what a word not
// starting with '-' may be.
std::vector<std::string> Words(const CliCommand& command) {
  std::vector<std::string> words;
  for (const CliCommand& sub : command.subcommands) words.push_back(sub.name);
  for (const CliOption& option : command.options) {
    if (option.positional) words.insert(words.end(), option.choices.begin(), option.choices.end());
  }
  return words;
}

std::vector<std::string> OptionNames(const CliCommand& command) {
  std::vector<std::string> names;
  for (const CliOption& option : command.options) {
    if (!option.positional) names.insert(names.end(), option.names.begin(), option.names.end());
  }
  return names;
}

bool WantsFolder(const CliCommand& command) {
  for (const CliOption& option : command.options) {
    if (option.positional && option.names_folder()) return true;
  }
  return false;
}

// The keys of every subcommand, for the loop that finds which command the
// words typed so far name (as `case` patterns).
std::vector<std::string> SubcommandKeys(const std::vector<const CliCommand*>& commands) {
  std::vector<std::string> keys;
  for (const CliCommand* command : commands) {
    if (!command->path.empty()) keys.push_back(Key(*command));
  }
  return keys;
}

std::string PathPatterns(const std::vector<const CliCommand*>& commands) { return Join(SubcommandKeys(commands), "|"); }

// `'text'` for a POSIX shell (bash and zsh).
std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The case arms completing an option's value: one per option that takes one.
std::string ValueArms(const std::vector<const CliCommand*>& commands,
                      const std::function<std::string(const CliOption&)>& completer) {
  std::string arms;
  for (const CliCommand* command : commands) {
    for (const CliOption& option : command->options) {
      if (option.positional || !option.takes_value) continue;
      std::vector<std::string> patterns;
      for (const std::string& name : option.names) patterns.push_back("\"" + Key(*command) + " " + name + "\"");
      arms += "    " + Join(patterns, "|") + ")\n      " + completer(option) + "\n      return ;;\n";
    }
  }
  return arms;
}

std::string BashValue(const CliOption& option) {
  if (!option.choices.empty() && option.delimiter != 0) return "_charterc_list \"" + Join(option.choices, " ") + "\"";
  if (!option.choices.empty()) return "COMPREPLY=($(compgen -W \"" + Join(option.choices, " ") + "\" -- \"$cur\"))";
  if (option.names_folder()) return "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))";
  return ":  # " + option.value_name + ": nothing to offer";
}

std::string BashCommandArms(const std::vector<const CliCommand*>& commands) {
  std::string arms;
  for (const CliCommand* command : commands) {
    arms += "    \"" + Key(*command) + "\") words=\"" + Join(Words(*command), " ") + "\"; options=\"" +
            Join(OptionNames(*command), " ") + "\"; folders=" + (WantsFolder(*command) ? "1" : "\"\"") + " ;;\n";
  }
  return arms;
}

std::string ZshValue(const CliOption& option) {
  if (!option.choices.empty() && option.delimiter != 0) {
    return "_values -s , " + ShellQuote(option.value_name) + " " + Join(option.choices, " ");
  }
  if (!option.choices.empty()) return "compadd -- " + Join(option.choices, " ");
  if (option.names_folder()) return "_files -/";
  return "_message " + ShellQuote(option.value_name);
}

// "name:description" entries for zsh's _describe.
std::string ZshDescribed(const std::string& name, const std::string& description) {
  return ShellQuote(name + (description.empty() ? "" : ":" + description));
}

std::string ZshCommandArms(const std::vector<const CliCommand*>& commands) {
  std::string arms;
  for (const CliCommand* command : commands) {
    std::vector<std::string> words, options;
    for (const CliCommand& sub : command->subcommands) {
      words.push_back(ZshDescribed(sub.name, ShortDescription(sub.description)));
    }
    for (const CliOption& option : command->options) {
      for (const std::string& name : option.names) {
        if (option.positional) {
          for (const std::string& choice : option.choices) words.push_back(ZshDescribed(choice, ""));
        } else {
          options.push_back(ZshDescribed(name, ShortDescription(option.description)));
        }
      }
    }
    arms += "    \"" + Key(*command) + "\")\n      cmd_words=(" + Join(words, " ") + ")\n      cmd_options=(" +
            Join(options, " ") + ")\n      folders=" + (WantsFolder(*command) ? "1" : "\"\"") + " ;;\n";
  }
  return arms;
}

// `'text'` for fish, whose single quotes take \' and \\.
std::string FishQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

// The condition of a command's completions: "__charterc_at /build".
std::string FishAt(const std::string& program, const CliCommand& command) {
  return " -n " + FishQuote("__" + program + "_at " + (command.path.empty() ? "''" : Key(command)));
}

std::string FishOption(const std::string& program, const CliCommand& command, const CliOption& option) {
  std::string line = "complete -c " + program + FishAt(program, command);
  for (const std::string& name : option.names) {
    line += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
  }
  if (option.takes_value && !option.choices.empty()) {
    line += " -x -a " + FishQuote(Join(option.choices, " "));
  } else if (option.takes_value && option.names_folder()) {
    line += " -x -a " + FishQuote("(__fish_complete_directories (commandline -ct))");
  } else if (option.takes_value) {
    line += " -x";
  }
  return line + " -d " + FishQuote(ShortDescription(option.description)) + "\n";
}

std::string FishCommand(const std::string& program, const CliCommand& command) {
  std::string lines;
  const std::string at = FishAt(program, command);
  for (const CliCommand& sub : command.subcommands) {
    lines += "complete -c " + program + at + " -a " + sub.name + " -d " + FishQuote(ShortDescription(sub.description)) +
             "\n";
  }
  for (const CliOption& option : command.options) {
    if (!option.positional) {
      lines += FishOption(program, command, option);
    } else if (!option.choices.empty()) {
      lines += "complete -c " + program + at + " -a " + FishQuote(Join(option.choices, " ")) + "\n";
    } else if (option.names_folder()) {
      lines += "complete -c " + program + at + " -a " +
               FishQuote("(__fish_complete_directories (commandline -ct))") + "\n";
    }
  }
  return lines;
}

}  // namespace

std::string BashCompletion(const CliCommand& root) {
  const std::vector<const CliCommand*> commands = AllCommands(root);
  const std::string& program = root.name;
  std::string script = "# bash completion for " + program + ". Generated by `" + program +
                       " completion bash`; do not edit.\n# Load it with: source <(" + program +
                       " completion bash)\n\n";
  script += "# Completes the item after the last comma of a list such as --format html,txt.\n";
  script += "_" + program + "_list() {\n  local head=\"\" last=$cur\n";
  script += "  if [[ $cur == *,* ]]; then head=${cur%,*},; last=${cur##*,}; fi\n";
  script += "  COMPREPLY=($(compgen -P \"$head\" -W \"$1\" -- \"$last\"))\n}\n\n";
  script += "_" + program + "() {\n  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n";
  script += "  # bash splits --color=always at '=': the option is then one word further back.\n";
  script += "  if [[ $cur == \"=\" ]]; then\n    cur=\"\"\n  elif [[ $prev == \"=\" ]]; then\n"
            "    prev=${COMP_WORDS[COMP_CWORD-2]}\n  fi\n";
  script += "  local cmd=\"\" i\n  for ((i = 1; i < COMP_CWORD; i++)); do\n";
  script += "    case \"$cmd/${COMP_WORDS[i]}\" in\n      " + PathPatterns(commands) +
            ") cmd=\"$cmd/${COMP_WORDS[i]}\" ;;\n    esac\n  done\n";
  script += "  case \"$cmd $prev\" in\n" + ValueArms(commands, BashValue) + "  esac\n";
  script += "  local words=\"\" options=\"\" folders=\"\"\n  case \"$cmd\" in\n" + BashCommandArms(commands) +
            "  esac\n";
  script += "  if [[ $cur == -* ]]; then\n    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n  else\n"
            "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
            "    if [[ -n $folders ]]; then\n      compopt -o filenames 2>/dev/null\n"
            "      COMPREPLY+=($(compgen -d -- \"$cur\"))\n    fi\n  fi\n}\n\n";
  script += "complete -F _" + program + " " + program + "\n";
  return script;
}

std::string ZshCompletion(const CliCommand& root) {
  const std::vector<const CliCommand*> commands = AllCommands(root);
  const std::string& program = root.name;
  std::string script = "#compdef " + program + "\n# zsh completion for " + program + ". Generated by `" + program +
                       " completion zsh`; do not edit.\n\n";
  script += "_" + program + "() {\n  local cur=${words[CURRENT]} prev=${words[CURRENT-1]}\n";
  script += "  # --color=always: complete the value after the '='.\n";
  script += "  if [[ $cur == -*=* ]]; then\n    prev=${cur%%=*}\n    compset -P '*='\n    cur=${cur#*=}\n  fi\n";
  script += "  local cmd=\"\" i\n  for ((i = 2; i < CURRENT; i++)); do\n";
  script += "    case \"$cmd/${words[i]}\" in\n      " + PathPatterns(commands) +
            ") cmd=\"$cmd/${words[i]}\" ;;\n    esac\n  done\n";
  script += "  case \"$cmd $prev\" in\n" + ValueArms(commands, ZshValue) + "  esac\n";
  // Not `words` or `options`: zsh's completion and option arrays.
  script += "  local -a cmd_words cmd_options\n  local folders=\"\"\n  case \"$cmd\" in\n" + ZshCommandArms(commands) +
            "  esac\n";
  script += "  if [[ $cur == -* ]]; then\n    _describe -t options 'option' cmd_options\n  else\n"
            "    (( ${#cmd_words} )) && _describe -t commands 'command' cmd_words\n"
            "    [[ -n $folders ]] && _files -/\n  fi\n  return 0\n}\n\n";
  script += "_" + program + " \"$@\"\n";
  return script;
}

std::string FishCompletion(const CliCommand& root) {
  const std::vector<const CliCommand*> commands = AllCommands(root);
  const std::string& program = root.name;
  std::string script = "# fish completion for " + program + ". Generated by `" + program +
                       " completion fish`; do not edit.\n\n";
  script += "# True when the subcommands typed so far are $argv[1] (\"\" for none, /xliff/extract).\n";
  script += "function __" + program + "_at\n    set -l typed (commandline -opc)\n    set -e typed[1]\n";
  script += "    set -l cmd \"\"\n    for word in $typed\n        switch \"$cmd/$word\"\n            case " +
            Join(SubcommandKeys(commands), " ") +
            "\n                set cmd \"$cmd/$word\"\n        end\n    end\n    test \"$cmd\" = \"$argv[1]\"\nend\n\n";
  script += "complete -c " + program + " -f\n";
  for (const CliCommand* command : commands) script += FishCommand(program, *command);
  return script;
}

}  // namespace charterc
