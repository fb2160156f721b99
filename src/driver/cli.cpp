#include "driver/cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <thread>

#include "driver/cli_errors.h"
#include "driver/cli_model.h"
#include "driver/commands.h"
#include "driver/completion.h"
#include "driver/man_page.h"
#include "driver/version.h"
#include "project/confined_file_system.h"
#include "project/project_finder.h"

namespace charterc {

namespace {

// Every value the command line can set.
struct CliValues {
  PipelineOptions options;
  std::string color = "auto";  // --color
  std::string init_dir;
  std::string lang;  // --lang of xliff extract, po export and translations convert
  std::string convert_to;
  bool force = false;  // of xliff extract, po export and translations convert
  std::string code;    // codes [CODE]
  std::string shell;   // completion SHELL
  std::vector<std::string> explain_outputs;  // explain [OUTPUT...]
  int serve_port = 8000;                     // serve --port
};

// The subcommands, to dispatch on, and each project folder argument, to
// look for the project when it is not given.
struct Commands {
  CLI::App* build = nullptr;
  CLI::App* check = nullptr;
  CLI::App* init = nullptr;
  CLI::App* codes = nullptr;
  CLI::App* extract = nullptr;
  CLI::App* po_export = nullptr;
  CLI::App* convert = nullptr;
  CLI::App* completion = nullptr;
  CLI::App* man = nullptr;
  CLI::App* explain = nullptr;
  CLI::App* serve = nullptr;
  CLI::Option* serve_formats = nullptr;
  CLI::App* clean = nullptr;
  CLI::Option* formats = nullptr;
  std::vector<std::pair<CLI::App*, CLI::Option*>> project_dirs;
};

void AddProjectDir(CLI::App* command, Commands* commands, CliValues* v) {
  CLI::Option* dir = command->add_option("dir", v->options.project_dir,
                                         "Project folder (holds charters/); default: the current folder or the "
                                         "nearest one above it that holds charterc.yaml or charters/")
                         ->check(CLI::ExistingDirectory);
  commands->project_dirs.emplace_back(command, dir);
}

void AddColorOption(CLI::App* command, CliValues* v) {
  command->add_option("--color", v->color,
                      "Colour the diagnostics: auto (on a terminal, unless NO_COLOR is set), always, or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
}

void AddDiagnosticOptions(CLI::App* command, CliValues* v) {
  static const std::map<std::string, DiagnosticsFormat> kFormats = {{"text", DiagnosticsFormat::Text},
                                                                    {"json", DiagnosticsFormat::Json},
                                                                    {"sarif", DiagnosticsFormat::Sarif}};
  PipelineOptions* options = &v->options;
  command->add_option("--diagnostics-format", options->diagnostics_format,
                      "How to print problems: text, json, or sarif (SARIF 2.1.0 for code-scanning dashboards)")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case).description("{text,json,sarif}"))
      ->type_name("FORMAT");
  command->add_flag("--strict", options->strict, "Treat warnings as errors");
  command->add_flag("-q,--quiet", options->quiet, "Print nothing when there is nothing wrong (and no status line)");
  command->add_flag("-v,--verbose", options->verbose, "Print how long each stage took (load, analyse, check, write)");
  AddColorOption(command, v);
  command->add_flag("--show-baselined", options->show_baselined,
                    "Also print the findings charterc-baseline.json holds (they never fail the run)");
  command->add_option("--min-translated", options->min_translated,
                      "Fail (E1006) when a language has less than this percent of its units translated")
      ->check(CLI::Range(0.0, 100.0))
      ->type_name("PERCENT");
}

void DefineBuild(CLI::App& app, Commands* c, CliValues* v) {
  c->build = app.add_subcommand("build", "Check the project and write its publications");
  AddProjectDir(c->build, c, v);
  c->build->add_option("-o,--out", v->options.out_dir, "Output folder (default: DIR/out)")->type_name("DIR");
  c->formats =
      c->build
          ->add_option("--format", v->options.formats,
                       "Formats to write, comma-separated: html (pages), txt (plain text), epub (EPUB 3 books), pdf "
                       "(tagged PDF, printed by Chromium), large-print (PDF in 18pt and up), json "
                       "(commitments.json), evidence (out/evidence/: the assessors' pack with internal notes; keep "
                       "it off public servers), report (out/report/index.html: every promise with its verdict and "
                       "findings, for the team; never linked from public pages); default html,txt,epub,pdf,json, "
                       "PDFs only when Chromium is found")
          ->delimiter(',')
          ->check(CLI::IsMember({"html", "txt", "epub", "pdf", "large-print", "json", "evidence", "report"}))
          ->type_name("FORMATS");
  c->build
      ->add_option("--bilingual", v->options.bilingual,
                   "Also write bilingual editions of the documents published in both languages, e.g. cy,en "
                   "(the first language leads: Welsh public bodies publish Welsh first)")
      ->delimiter(',')
      ->expected(2)
      ->type_name("LANGS");
  AddDiagnosticOptions(c->build, v);
  v->options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  c->build
      ->add_option("-j,--jobs", v->options.jobs,
                   "Outputs to make at once (default: the number of cores); the files are the same for any number")
      ->check(CLI::Range(1, 256))
      ->type_name("N");
  c->build
      ->add_option("--depfile", v->options.depfile,
                   "Also write a Makefile-style dependency file: every output depends on every file the build read "
                   "(for make, Ninja and CMake's DEPFILE)")
      ->type_name("FILE");
  c->build->add_flag("--explain", v->options.explain, "Say why each output is made again (like ninja -d explain)");
  c->build->add_flag("--force", v->options.force,
                     "Write into an output folder that is neither empty nor one charterc made, replacing read-only "
                     "files and symbolic links there (see docs/safety.md)");
}

void DefineServe(CLI::App& app, Commands* c, CliValues* v) {
  c->serve = app.add_subcommand(
      "serve", "Build, then preview the pages on http://127.0.0.1:PORT/, rebuilding on every save (Ctrl-C stops)");
  AddProjectDir(c->serve, c, v);
  c->serve->add_option("-o,--out", v->options.out_dir, "Output folder (default: DIR/out)")->type_name("DIR");
  c->serve->add_option("--port", v->serve_port, "Port on 127.0.0.1 (default 8000; 0 picks a free one)")
      ->check(CLI::Range(0, 65535))
      ->type_name("PORT");
  c->serve_formats =
      c->serve->add_option("--format", v->options.formats, "Formats to write on each build, as for build (default: html)")
          ->delimiter(',')
          ->check(CLI::IsMember({"html", "txt", "epub", "pdf", "large-print", "json", "evidence", "report"}))
          ->type_name("FORMATS");
  c->serve->add_flag("--strict", v->options.strict, "Treat warnings as errors");
  c->serve->add_flag("-q,--quiet", v->options.quiet, "Print nothing when there is nothing wrong");
}

// explain and clean read the build state the last build left in the output folder.
void DefineBuildState(CLI::App& app, Commands* c, CliValues* v) {
  c->explain = app.add_subcommand("explain", "Say which outputs the next build would make again, and which changed "
                                             "input makes it");
  c->explain->add_option("outputs", v->explain_outputs,
                         "Outputs to ask about, relative to the output folder (default: all)")
      ->type_name("OUTPUT");
  CLI::Option* project =
      c->explain
          ->add_option("-C,--project", v->options.project_dir,
                       "Project folder; default: the current folder or the nearest one above it that holds "
                       "charterc.yaml or charters/")
          ->check(CLI::ExistingDirectory)
          ->type_name("DIR");
  c->project_dirs.emplace_back(c->explain, project);
  c->explain->add_option("-o,--out", v->options.out_dir, "Output folder of the build (default: DIR/out)")->type_name("DIR");

  c->clean = app.add_subcommand("clean", "Remove every file the last build wrote (as its build state lists), and "
                                         "nothing else");
  AddProjectDir(c->clean, c, v);
  c->clean->add_option("-o,--out", v->options.out_dir, "Output folder (default: DIR/out)")->type_name("DIR");
  c->clean->add_flag("-q,--quiet", v->options.quiet, "Print only problems");
}

void DefineCheck(CLI::App& app, Commands* c, CliValues* v) {
  c->check = app.add_subcommand("check", "Check the project without writing anything");
  AddProjectDir(c->check, c, v);
  AddDiagnosticOptions(c->check, v);
  c->check->add_flag("--update-baseline", v->options.update_baseline,
                     "Write charterc-baseline.json: this run's quality findings are accepted for now, and later "
                     "runs fail only on new ones (review the file in git)");
  c->check->add_flag("--list", v->options.list_promises,
                     "Print every promise with its verdict, the measure read and what is missing, as a table on "
                     "stdout");
  c->check->add_flag("--write-ids", v->options.write_ids,
                     "Write the ids of commitments found without markup into the sources as {#id}");
}

// xliff extract, po export and translations convert share these.
void AddTranslationOptions(CLI::App* command, Commands* c, CliValues* v, const char* lang_help) {
  AddProjectDir(command, c, v);
  command->add_option("--lang", v->lang, lang_help)->required()->type_name("LANG");
  command->add_flag("-q,--quiet", v->options.quiet, "Print only problems");
  command->add_flag("--force", v->force,
                    "Write the file even where a translation cannot be carried into it (a translation file with "
                    "errors, two that disagree, translations of units the source no longer has)");
  AddColorOption(command, v);
}

void DefineTranslations(CLI::App& app, Commands* c, CliValues* v) {
  const char* lang_to = "Language to translate into (BCP 47: fr, cy, zh-Hans)";
  CLI::App* xliff = app.add_subcommand("xliff", "Exchange translations with translators as XLIFF 2.1");
  xliff->require_subcommand(1);
  c->extract = xliff->add_subcommand("extract", "Write locales/LANG/<doc>.xlf for every source-language document "
                                                "without errors, keeping existing targets");
  AddTranslationOptions(c->extract, c, v, lang_to);

  CLI::App* po = app.add_subcommand("po", "Exchange translations with translators as gettext PO (Weblate, Poedit)");
  po->require_subcommand(1);
  c->po_export = po->add_subcommand("export", "Write locales/LANG/<doc>.po for every source-language document "
                                              "without errors, keeping existing translations");
  AddTranslationOptions(c->po_export, c, v, lang_to);

  CLI::App* translations = app.add_subcommand("translations", "Manage a language's translation files");
  translations->require_subcommand(1);
  c->convert = translations->add_subcommand(
      "convert", "Move a language from XLIFF to PO or back: write the other format with every translation and "
                 "state, then remove the old file");
  AddTranslationOptions(c->convert, c, v, "Language whose files to convert (BCP 47: fr, cy, zh-Hans)");
  c->convert->add_option("--to", v->convert_to, "Format to convert to: po or xliff")
      ->required()
      ->check(CLI::IsMember({"po", "xliff"}))
      ->type_name("FORMAT");
}

void DefineOthers(CLI::App& app, Commands* c, CliValues* v) {
  c->init = app.add_subcommand("init", "Start a new charter project that builds cleanly");
  c->init->add_option("dir", v->init_dir, "Folder for the new project")->required()->type_name("DIR");

  c->codes = app.add_subcommand("codes", "List every diagnostic code, or explain one");
  c->codes->add_option("code", v->code, "A code (E0901) or its name (commitment-vague) to explain")
      ->type_name("CODE");

  c->completion = app.add_subcommand("completion", "Print a shell completion script: source <(charterc completion "
                                                   "bash), or install it with the binary");
  c->completion->add_option("shell", v->shell, "The shell: bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}))
      ->type_name("SHELL");

  // Run by the build to write charterc.1; hidden (no group) from --help.
  c->man = app.add_subcommand("help-man", "Print the man page (roff)")->group("");
}

Commands DefineCommandLine(CLI::App& app, CliValues* v) {
  app.set_version_flag("--version", VersionLine());
  app.require_subcommand(1);
  Commands commands;
  DefineBuild(app, &commands, v);
  DefineCheck(app, &commands, v);
  DefineBuildState(app, &commands, v);
  DefineServe(app, &commands, v);
  DefineOthers(app, &commands, v);
  DefineTranslations(app, &commands, v);
  return commands;
}

// --color: "auto" colours only on a terminal and only without NO_COLOR;
// the option itself overrides NO_COLOR, as no-color.org asks.
bool WantsColor(const std::string& mode, const Env& env) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return env.err_is_terminal && !env.no_color;
}

// The project folder for a command given none: found upward from the
// current folder, like git. False (after saying so) when there is none.
bool FindProject(Env& env, const Commands& commands, PipelineOptions* options) {
  for (const auto& [command, dir] : commands.project_dirs) {
    if (!command->parsed() || dir->count() > 0) continue;
    std::optional<std::string> found = FindProjectRoot(env.fs, env.cwd);
    if (!found) {
      env.err << "charterc: error: no charter project in " << env.cwd
              << " or any folder above it (a project folder holds charterc.yaml or charters/)\n"
              << "  hint: run charterc inside a project, name its folder (" << CommandName(*command)
              << " DIR), or start one with charterc init DIR\n";
      return false;
    }
    options->project_dir = *found;
  }
  return true;
}

int PrintGenerated(Env& env, CLI::App& app, const Commands& c, const CliValues& v) {
  CliCommand described = DescribeCommandLine(app);
  if (c.man->parsed()) {
    env.out << ManPage(described, "charterc " + std::string(CHARTERC_VERSION));
  } else if (v.shell == "bash") {
    env.out << BashCompletion(described);
  } else if (v.shell == "zsh") {
    env.out << ZshCompletion(described);
  } else {
    env.out << FishCompletion(described);
  }
  return kExitClean;
}

}  // namespace

int RunCommandLine(Env& env, int argc, const char* const* argv) {
  CLI::App app{"charterc: compiles customer service charters into accessible, checked publications", "charterc"};
  CliValues v;
  Commands c = DefineCommandLine(app, &v);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(env, app, e);
  }
  PipelineOptions& options = v.options;
  options.formats_explicit = c.formats->count() > 0 || c.serve_formats->count() > 0;
  options.color = WantsColor(v.color, env);
  if (!FindProject(env, c, &options)) return kExitUsage;
  if (c.init->parsed()) return RunInit(env, v.init_dir);
  if (c.codes->parsed()) return RunCodes(env, v.code);
  if (c.completion->parsed() || c.man->parsed()) return PrintGenerated(env, app, c, v);
  // Every command past here works on a project: it reads nothing outside
  // it but its output folder (project/confined_file_system.h).
  ConfinedFileSystem confined(env.fs, options.project_dir, OutputFolder(options));
  Env project_env = env.WithFileSystem(confined);
  if (c.build->parsed()) return RunBuild(project_env, options);
  if (c.check->parsed()) return RunCheck(project_env, options);
  if (c.serve->parsed()) {
    if (c.serve_formats->count() == 0) options.formats = {"html"};  // what a preview shows, built fast
    return RunServe(project_env, options, v.serve_port);
  }
  if (c.explain->parsed()) return RunExplain(project_env, options, v.explain_outputs);
  if (c.clean->parsed()) return RunClean(project_env, options);
  if (c.extract->parsed()) return RunXliffExtract(project_env, options, v.lang, v.force);
  if (c.po_export->parsed()) return RunPoExport(project_env, options, v.lang, v.force);
  if (c.convert->parsed()) return RunTranslationsConvert(project_env, options, v.lang, v.convert_to, v.force);
  return kExitUsage;
}

}  // namespace charterc
