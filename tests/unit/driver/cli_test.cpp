// The command line as a user meets it: did-you-mean, --version, codes CODE,
// colours, the status line, project discovery, completions and the man page.

#include <doctest/doctest.h>

#include <sstream>

#include "diag/code_explanation.h"
#include "driver/cli.h"
#include "driver/cli_model.h"
#include "driver/man_page.h"
#include "resources/embedded.h"

using namespace charterc;

namespace {

struct Run {
  int code;
  std::string out;
  std::string err;
};

// `terminal`, `no_color` and `cwd` stand for what main() finds out.
struct Terminal {
  bool terminal = false;
  bool no_color = false;
  std::string cwd = "";
};

// 2026-11-23 00:00 UTC: the build's "today"; no printer, so no browser starts.
const FixedClock kClock(1795392000);
NoPrinter no_printer;

Run Cli(MemoryFileSystem& fs, std::vector<const char*> args, Terminal t = {}) {
  std::ostringstream out, err;
  Env env{fs, out, err, kClock, no_printer};
  env.err_is_terminal = t.terminal;
  env.err_columns = t.terminal ? 100 : 0;
  env.no_color = t.no_color;
  env.cwd = t.cwd;
  args.insert(args.begin(), "charterc");
  int code = RunCommandLine(env, static_cast<int>(args.size()), args.data());
  return {code, out.str(), err.str()};
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A project in the current folder ("."), with one error: an undefined fact.
void AddBrokenProject(MemoryFileSystem& fs) {
  fs.Add("charters/good.md", "---\ntitle: Good\ntype: policy\n---\n\n- We reply in 2 days. {#reply}\n");
  fs.Add("charters/bad.md", "---\ntitle: Bad\ntype: policy\n---\n\n- See {{ missing }}. {#x}\n");
}

}  // namespace

TEST_CASE("a mistyped command gets did-you-mean and exit code 2") {
  MemoryFileSystem fs;
  Run run = Cli(fs, {"buidl"});
  CHECK(run.code == 2);
  CHECK(run.err == "charterc: error: 'buidl' is not a charterc command; did you mean 'build'?\n"
                   "  hint: 'charterc --help' lists the commands\n");
  run = Cli(fs, {"xliff", "extrct", "--lang", "fr"});
  CHECK(run.code == 2);
  CHECK(Has(run.err, "charterc xliff: error: 'extrct' is not a charterc xliff command; did you mean 'extract'?"));
  run = Cli(fs, {"frobnicate"});
  CHECK(run.code == 2);
  CHECK(run.err == "charterc: error: 'frobnicate' is not a charterc command\n"
                   "  hint: 'charterc --help' lists the commands\n");
}

TEST_CASE("a mistyped option or value gets did-you-mean") {
  MemoryFileSystem fs;
  Run run = Cli(fs, {"check", "--quite"});
  CHECK(run.code == 2);
  CHECK(run.err == "charterc check: error: unknown option '--quite'; did you mean '--quiet'?\n"
                   "  hint: 'charterc check --help' lists its options\n");
  run = Cli(fs, {"build", "--colour=never"});
  CHECK(Has(run.err, "unknown option '--colour'; did you mean '--color'?"));
  run = Cli(fs, {"build", "--format", "html,epbu"});
  CHECK(run.code == 2);
  CHECK(run.err == "charterc build: error: 'epbu' is not a value of --format; did you mean 'epub'?\n"
                   "  hint: --format takes html, txt, epub, pdf, large-print, json, evidence, report\n");
  run = Cli(fs, {"check", "--color", "allways"});
  CHECK(Has(run.err, "'allways' is not a value of --color; did you mean 'always'?"));
}

TEST_CASE("other usage errors still name the program and exit with 2") {
  MemoryFileSystem fs;
  Run run = Cli(fs, {});
  CHECK(run.code == 2);
  CHECK(run.err == "charterc: error: A subcommand is required\n  hint: 'charterc --help' shows what it takes\n");
  run = Cli(fs, {"xliff", "extract"});
  CHECK(run.code == 2);
  CHECK(run.err.starts_with("charterc xliff extract: error: --lang is required\n"));
}

TEST_CASE("--version names the program, the commit and the libraries") {
  MemoryFileSystem fs;
  Run run = Cli(fs, {"--version"});
  CHECK(run.code == 0);
  CHECK(run.out.starts_with("charterc " CHARTERC_VERSION " (commit "));
  CHECK(Has(run.out, ", ICU "));
  CHECK(Has(run.out, ", cmark-gfm 0."));
  CHECK(run.out.ends_with(")\n"));
}

TEST_CASE("codes CODE explains one code from docs/diagnostics.md") {
  MemoryFileSystem fs;
  for (const char* asked : {"E0901", "e0901", "commitment-vague"}) {
    Run run = Cli(fs, {"codes", asked});
    CHECK(run.code == 0);
    CHECK(run.out.starts_with("E0901 commitment-vague\n  severity: error"));
    CHECK(Has(run.out, "  kind:     quality: the document is still published"));
    CHECK(Has(run.out, "  summary:  a commitment states no quantity and uses vague words or hedges\n"));
    CHECK(Has(run.out, "\n**Error.** A commitment states no quantity"));
    CHECK(Has(run.out, "**How to fix it.** Replace the vague words"));
    CHECK_FALSE(Has(run.out, "## E0902"));  // the next section is left out
    CHECK(run.out.ends_with("\nSee docs/diagnostics.md#e0901-commitment-vague\n"));
  }
}

TEST_CASE("codes with an unknown code suggests one and exits with 2") {
  MemoryFileSystem fs;
  Run run = Cli(fs, {"codes", "E0109"});
  CHECK(run.code == 2);
  CHECK(run.out.empty());
  CHECK(Has(run.err, "charterc codes: error: no diagnostic code 'E0109'; did you mean"));
  run = Cli(fs, {"codes", "vage-word"});
  CHECK(Has(run.err, "did you mean 'vague-word'?"));
  run = Cli(fs, {"codes", "nothing-like-it-at-all"});
  CHECK(run.code == 2);
  CHECK(run.err == "charterc codes: error: no diagnostic code 'nothing-like-it-at-all'\n"
                   "  hint: charterc codes lists every code\n");
}

TEST_CASE("every code has its section in the embedded docs/diagnostics.md") {
  std::optional<std::string_view> docs = FindEmbeddedFile("docs/diagnostics.md");
  REQUIRE(docs);
  for (const DiagCodeInfo& info : AllDiagCodes()) {
    CAPTURE(info.id);
    CHECK_FALSE(CodeDocSection(*docs, info).empty());
  }
}

TEST_CASE("colours: on a terminal unless NO_COLOR, and --color decides over both") {
  MemoryFileSystem fs;
  AddBrokenProject(fs);
  const std::string red = "\x1b[1;31merror[E0501]\x1b[0m";
  CHECK(Has(Cli(fs, {"check"}, {.terminal = true}).err, red));
  CHECK_FALSE(Has(Cli(fs, {"check"}).err, "\x1b["));  // piped
  CHECK_FALSE(Has(Cli(fs, {"check"}, {.terminal = true, .no_color = true}).err, "\x1b["));
  CHECK(Has(Cli(fs, {"check", "--color=always"}, {.no_color = true}).err, red));
  CHECK_FALSE(Has(Cli(fs, {"check", "--color", "never"}, {.terminal = true}).err, "\x1b["));
  Run run = Cli(fs, {"check", "--color=auto"});
  CHECK(run.code == 1);
  CHECK(Has(run.err, "charters/bad.md:6:7: error[E0501]: fact 'missing' is not defined\n"));
}

TEST_CASE("build shows a status line on a terminal only, and wipes it") {
  MemoryFileSystem fs;
  AddBrokenProject(fs);
  Run run = Cli(fs, {"build", "--format", "html"}, {.terminal = true, .no_color = true});
  // One line per output job (the page, the index, the stylesheet), in any
  // order on several threads.
  CHECK(Has(run.err, "\r[0/"));
  CHECK(Has(run.err, "\r[1/"));
  CHECK(Has(run.err, "] en/good.html ("));
  CHECK(Has(run.err, "\r\x1b[K"));  // wiped before the diagnostics
  CHECK(run.err.find("\r\x1b[K") < run.err.find("charters/bad.md:6:7"));
  CHECK_FALSE(Has(Cli(fs, {"build", "--format", "html", "-q"}, {.terminal = true}).err, "\r"));
  CHECK_FALSE(Has(Cli(fs, {"build", "--format", "html"}).err, "\r"));
}

TEST_CASE("-v prints each stage's time") {
  MemoryFileSystem fs;
  AddBrokenProject(fs);
  Run run = Cli(fs, {"build", "--format", "html", "-v"});
  for (const char* stage : {"time: load ", "time: analyse ", "time: check ", "time: render/write "}) {
    CHECK(Has(run.err, stage));
  }
  CHECK(run.err.find("time: load ") < run.err.find("time: render/write "));
  CHECK_FALSE(Has(Cli(fs, {"check"}).err, "time: "));
}

TEST_CASE("with no folder named, the project is looked for upward; none is a usage error") {
  MemoryFileSystem fs;
  Run run = Cli(fs, {"check"}, {.cwd = "/home/ana/notes"});
  CHECK(run.code == 2);
  CHECK(run.err == "charterc: error: no charter project in /home/ana/notes or any folder above it (a project "
                   "folder holds charterc.yaml or charters/)\n"
                   "  hint: run charterc inside a project, name its folder (charterc check DIR), or start one "
                   "with charterc init DIR\n");
}

TEST_CASE("completion scripts and the man page come from the command line's definition") {
  MemoryFileSystem fs;
  Run bash = Cli(fs, {"completion", "bash"});
  CHECK(bash.code == 0);
  CHECK(Has(bash.out, "complete -F _charterc charterc\n"));
  CHECK(Has(bash.out, "/build|/check|/explain|/clean|/serve|/init|/codes|/completion|/xliff|/xliff/extract|"));
  CHECK(Has(bash.out, "\"/build --format\")\n      _charterc_list \"html txt epub pdf large-print json evidence report\""));
  CHECK(Has(bash.out, "\"/check --color\")\n      COMPREPLY=($(compgen -W \"auto always never\" -- \"$cur\"))"));
  CHECK_FALSE(Has(bash.out, "help-man"));  // hidden
  Run zsh = Cli(fs, {"completion", "zsh"});
  CHECK(zsh.out.starts_with("#compdef charterc\n"));
  CHECK(Has(zsh.out, "'build:Check the project and write its publications'"));
  Run fish = Cli(fs, {"completion", "fish"});
  CHECK(Has(fish.out, "complete -c charterc -n '__charterc_at /xliff/extract' -l lang -x -d "));
  CHECK(Cli(fs, {"completion", "tcsh"}).code == 2);

  Run man = Cli(fs, {"help-man"});
  CHECK(man.code == 0);
  CHECK(Has(man.out, ".TH CHARTERC 1 \"\" \"charterc " CHARTERC_VERSION "\" \"User Commands\"\n"));
  CHECK(Has(man.out, ".SS \"charterc xliff extract\"\n"));
  CHECK(Has(man.out, "\\fB\\-\\-color\\fR \\fIWHEN\\fR\n"));
  CHECK(Has(man.out, "\\fB\\-o\\fR, \\fB\\-\\-out\\fR \\fIDIR\\fR\n"));
  CHECK(Has(man.out, ".SH ENVIRONMENT\n"));
  CHECK_FALSE(Has(Cli(fs, {"--help"}).out, "help-man"));
  CHECK(Has(Cli(fs, {"--help"}).out, "completion"));
}

TEST_CASE("completion menus show the first clause of a help text") {
  CHECK(ShortDescription("Output folder (default: DIR/out)") == "Output folder");
  CHECK(ShortDescription("Print a shell completion script: source <(charterc completion bash)") ==
        "Print a shell completion script");
  CHECK(ShortDescription("Fail (E1006) when a language has less than this percent of its units translated") ==
        "Fail (E1006) when a language has less than this percent...");
  CHECK(ShortDescription("Treat warnings as errors") == "Treat warnings as errors");
}

TEST_CASE("roff: backslashes and a leading dot or quote are escaped") {
  CHECK(RoffEscape("a\\b") == "a\\eb");
  CHECK(RoffEscape(".hidden\n'quoted\nplain.") == "\\&.hidden\n\\&'quoted\nplain.");
}
