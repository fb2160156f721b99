#include "driver/man_page.h"

#include <algorithm>
#include <cctype>

namespace charterc {

namespace {

// Option names with "\-" for their dashes: the minus sign, which man pages
// must use for anything typed, so a copied option still works.
std::string RoffName(const std::string& name) {
  std::string escaped;
  for (char c : name) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
  return escaped;
}

std::string Upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

// "\fB\-o\fR, \fB\-\-out\fR \fIDIR\fR" for a tagged paragraph's tag.
std::string OptionTag(const CliOption& option) {
  std::string tag;
  for (const std::string& name : option.names) tag += (tag.empty() ? "" : ", ") + ("\\fB" + RoffName(name) + "\\fR");
  if (option.takes_value) tag += " \\fI" + RoffName(option.value_name) + "\\fR";
  if (option.delimiter != 0) tag += std::string("[") + option.delimiter + "\\fI...\\fR]";
  return tag;
}

// "charterc xliff extract [\fIoptions\fR] \fIDIR\fR" for the synopsis.
std::string Usage(const std::string& program, const CliCommand& command) {
  std::string usage = "\\fB" + RoffName(command.FullName(program)) + "\\fR";
  if (std::any_of(command.options.begin(), command.options.end(),
                  [](const CliOption& o) { return !o.positional && o.names.front() != "-h"; })) {
    usage += " [\\fIoptions\\fR]";
  }
  for (const CliOption& option : command.options) {
    if (!option.positional) continue;
    std::string name = "\\fI" + Upper(option.names.front()) + "\\fR";
    usage += option.required ? " " + name : " [" + name + "]";
  }
  return usage;
}

void Commands(const std::string& program, const CliCommand& command, std::string* page) {
  for (const CliCommand& sub : command.subcommands) {
    *page += ".SS \"" + RoffEscape(sub.FullName(program)) + "\"\n";
    if (!sub.subcommands.empty()) {  // a group such as xliff: its commands follow
      *page += RoffEscape(sub.description) + "\n";
      Commands(program, sub, page);
      continue;
    }
    *page += Usage(program, sub) + "\n.PP\n" + RoffEscape(sub.description) + "\n";
    for (const CliOption& option : sub.options) {
      if (option.names.front() == "-h") continue;  // every command has --help; said once, under OPTIONS
      std::string description = option.description;
      if (!option.choices.empty() && description.find(option.choices.front()) == std::string::npos) {
        std::string values;
        for (const std::string& choice : option.choices) values += (values.empty() ? "" : ", ") + choice;
        description += " (" + values + ")";
      }
      std::string tag = option.positional ? "\\fI" + Upper(option.names.front()) + "\\fR" : OptionTag(option);
      *page += ".TP\n" + tag + "\n" + RoffEscape(description) + "\n";
    }
  }
}

// The parts of the page that are not in the command line's definition.
constexpr const char* kDescription = R"(A charter project is a folder holding \fBcharters/\fR (Markdown sources)
and, optionally, \fBcharterc.yaml\fR, \fBlocales/\fR and \fBthemes/\fR.
When a command that works on a project is given no folder, charterc looks
for one in the current folder and then in each folder above it, like git,
and stops at the first that holds \fBcharterc.yaml\fR or \fBcharters/\fR.
.PP
Problems are reported as diagnostics in the style of a compiler:
\fIfile\fR:\fIline\fR:\fIcolumn\fR: \fBerror\fR[\fICODE\fR]: \fImessage\fR, with the
source line, a caret and a hint.
\fBcharterc codes\fR \fICODE\fR explains one.
On a terminal they are coloured, and \fBbuild\fR shows its progress on one
status line; piped, in CI or with \fB\-\-quiet\fR, neither appears.
)";

constexpr const char* kTail = R"(.SH OPTIONS
.TP
\fB\-h\fR, \fB\-\-help\fR
Print the help of charterc or of a command, and exit.
.TP
\fB\-\-version\fR
Print the version, the commit built from and the ICU and cmark\-gfm versions, and exit.
.SH ENVIRONMENT
.TP
.B NO_COLOR
When set and not empty, diagnostics are not coloured (https://no\-color.org);
\fB\-\-color=always\fR still colours them.
.TP
.B TERM
When \fBdumb\fR, stderr is not treated as a terminal: no colours, no status line.
.TP
.B CI
When set (other than to \fBfalse\fR or \fB0\fR), as continuous integration services
do, stderr is not treated as a terminal either, so logs stay plain text.
.TP
.B SOURCE_DATE_EPOCH
Seconds since 1970: the date published outputs carry, and "today" for review
dates, for reproducible builds.
.TP
.B CHARTERC_CHROMIUM
The browser that prints PDFs (a path, or a name looked up on \fBPATH\fR), instead of
\fBchromium\fR, \fBchromium\-browser\fR or \fBgoogle\-chrome\fR.
.SH EXIT STATUS
.TP
.B 0
No errors (warnings do not count, unless \fB\-\-strict\fR).
.TP
.B 1
The project has errors.
.TP
.B 2
A usage error, or a file that cannot be read or written.
.SH FILES
.TP
.I charterc.yaml
Project settings.
.TP
.I charters/
Markdown sources, \fIfacts.yaml\fR and \fIframeworks/\fR.
.TP
.I out/
What \fBcharterc build\fR writes.
.TP
.I charterc\-baseline.json
Quality findings accepted for now (\fBcharterc check \-\-update\-baseline\fR).
.SH SEE ALSO
The README and the \fIdocs/\fR folder of charterc's sources: \fIdocs/diagnostics.md\fR
(every code), \fIdocs/syntax.md\fR, \fIdocs/checking.md\fR, \fIdocs/translations.md\fR,
\fIdocs/command\-line.md\fR.
)";

}  // namespace

std::string RoffEscape(const std::string& text) {
  std::string escaped;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) escaped += "\\&";
    escaped += c == '\\' ? std::string("\\e") : std::string(1, c);
    line_start = c == '\n';
  }
  return escaped;
}

std::string ManPage(const CliCommand& root, const std::string& version) {
  const std::string& program = root.name;
  std::string page = ".\\\" Generated by `" + program + " help-man`; do not edit.\n";
  page += ".TH " + Upper(program) + " 1 \"\" \"" + RoffEscape(version) + "\" \"User Commands\"\n";
  page += ".nh\n";  // no hyphenation: file and option names must stay whole
  std::string summary = root.description;
  if (summary.starts_with(program + ": ")) summary = summary.substr(program.size() + 2);
  page += ".SH NAME\n" + program + " \\- " + RoffEscape(summary) + "\n";
  page += ".SH SYNOPSIS\n\\fB" + program + "\\fR \\fIcommand\\fR [\\fIoptions\\fR] [\\fIDIR\\fR]\n.br\n\\fB" +
          program + "\\fR \\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR\n";
  page += ".SH DESCRIPTION\n" + std::string(kDescription);
  page += ".SH COMMANDS\n";
  Commands(program, root, &page);
  page += kTail;
  return page;
}

}  // namespace charterc
