#include "driver/cli.h"

#include <CLI/CLI.hpp>

#include "driver/commands.h"

namespace charterc {

namespace {

void AddDiagnosticOptions(CLI::App* command, PipelineOptions* options) {
  static const std::map<std::string, DiagnosticsFormat> kFormats = {{"text", DiagnosticsFormat::Text},
                                                                    {"json", DiagnosticsFormat::Json},
                                                                    {"sarif", DiagnosticsFormat::Sarif}};
  command->add_option("--diagnostics-format", options->diagnostics_format,
                      "How to print problems: text, json, or sarif (SARIF 2.1.0 for code-scanning dashboards)")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));
  command->add_flag("--strict", options->strict, "Treat warnings as errors");
  command->add_flag("-q,--quiet", options->quiet, "Print nothing when there is nothing wrong");
  command->add_flag("--show-baselined", options->show_baselined,
                    "Also print the findings charterc-baseline.json holds (they never fail the run)");
  command->add_option("--min-translated", options->min_translated,
                      "Fail (E1006) when a language has less than this percent of its units translated")
      ->check(CLI::Range(0.0, 100.0));
}

}  // namespace

int RunCommandLine(Env& env, int argc, const char* const* argv) {
  CLI::App app{"charterc: compiles customer service charters into accessible, checked publications", "charterc"};
  app.set_version_flag("--version", std::string(CHARTERC_VERSION));
  app.require_subcommand(1);

  PipelineOptions options;
  CLI::App* build = app.add_subcommand("build", "Check the project and write its publications");
  build->add_option("dir", options.project_dir, "Project folder (holds charters/)")->check(CLI::ExistingDirectory);
  build->add_option("-o,--out", options.out_dir, "Output folder (default: DIR/out)");
  CLI::Option* formats =
      build->add_option("--format", options.formats,
                        "Formats to write, comma-separated: html (pages), txt (plain text), epub (EPUB 3 books), pdf "
                        "(tagged PDF, printed by Chromium), large-print (PDF in 18pt and up), json "
                        "(commitments.json), evidence (out/evidence/: the assessors' pack with internal notes; keep "
                        "it off public servers), report (out/report/index.html: every promise with its verdict and "
                        "findings, for the team; never linked from public pages); default html,txt,epub,pdf,json, "
                        "PDFs only when Chromium is found")
          ->delimiter(',')
          ->check(CLI::IsMember({"html", "txt", "epub", "pdf", "large-print", "json", "evidence", "report"}));
  build->add_option("--bilingual", options.bilingual,
                    "Also write bilingual editions of the documents published in both languages, e.g. cy,en "
                    "(the first language leads: Welsh public bodies publish Welsh first)")
      ->delimiter(',')
      ->expected(2);
  AddDiagnosticOptions(build, &options);

  CLI::App* check = app.add_subcommand("check", "Check the project without writing anything");
  check->add_option("dir", options.project_dir, "Project folder (holds charters/)")->check(CLI::ExistingDirectory);
  AddDiagnosticOptions(check, &options);
  check->add_flag("--update-baseline", options.update_baseline,
                  "Write charterc-baseline.json: this run's quality findings are accepted for now, and later runs "
                  "fail only on new ones (review the file in git)");
  check->add_flag("--list", options.list_promises,
                  "Print every promise with its verdict, the measure read and what is missing, as a table on stdout");
  check->add_flag("--write-ids", options.write_ids,
                  "Write the ids of commitments found without markup into the sources as {#id}");

  int serve_port = 8000;
  CLI::App* serve = app.add_subcommand(
      "serve", "Build, then preview the pages on http://127.0.0.1:PORT/, rebuilding on every save (Ctrl-C stops)");
  serve->add_option("dir", options.project_dir, "Project folder (holds charters/)")->check(CLI::ExistingDirectory);
  serve->add_option("-o,--out", options.out_dir, "Output folder (default: DIR/out)");
  serve->add_option("--port", serve_port, "Port on 127.0.0.1 (default 8000; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  CLI::Option* serve_formats =
      serve->add_option("--format", options.formats, "Formats to write on each build, as for build (default: html)")
          ->delimiter(',')
          ->check(CLI::IsMember({"html", "txt", "epub", "pdf", "large-print", "json", "evidence", "report"}));
  serve->add_flag("--strict", options.strict, "Treat warnings as errors");
  serve->add_flag("-q,--quiet", options.quiet, "Print nothing when there is nothing wrong");

  std::string init_dir;
  CLI::App* init = app.add_subcommand("init", "Start a new charter project that builds cleanly");
  init->add_option("dir", init_dir, "Folder for the new project")->required();

  CLI::App* codes = app.add_subcommand("codes", "List every diagnostic code");

  std::string xliff_lang;  // --lang of xliff extract and po export
  CLI::App* xliff = app.add_subcommand("xliff", "Exchange translations with translators as XLIFF 2.1");
  xliff->require_subcommand(1);
  CLI::App* extract =
      xliff->add_subcommand("extract", "Write locales/LANG/<doc>.xlf for every source-language document without errors, keeping existing targets");
  extract->add_option("dir", options.project_dir, "Project folder (holds charters/)")->check(CLI::ExistingDirectory);
  extract->add_option("--lang", xliff_lang, "Language to translate into (BCP 47: fr, cy, zh-Hans)")->required();
  extract->add_flag("-q,--quiet", options.quiet, "Print only problems");
  bool force = false;  // of xliff extract, po export and translations convert
  const char* force_help =
      "Write the file even where a translation cannot be carried into it (a translation file with errors, two that "
      "disagree, translations of units the source no longer has)";
  extract->add_flag("--force", force, force_help);

  CLI::App* po = app.add_subcommand("po", "Exchange translations with translators as gettext PO (Weblate, Poedit)");
  po->require_subcommand(1);
  CLI::App* po_export =
      po->add_subcommand("export", "Write locales/LANG/<doc>.po for every source-language document without errors, keeping existing translations");
  po_export->add_option("dir", options.project_dir, "Project folder (holds charters/)")->check(CLI::ExistingDirectory);
  po_export->add_option("--lang", xliff_lang, "Language to translate into (BCP 47: fr, cy, zh-Hans)")->required();
  po_export->add_flag("-q,--quiet", options.quiet, "Print only problems");
  po_export->add_flag("--force", force, force_help);

  std::string convert_to;
  CLI::App* translations = app.add_subcommand("translations", "Manage a language's translation files");
  translations->require_subcommand(1);
  CLI::App* convert = translations->add_subcommand(
      "convert", "Move a language from XLIFF to PO or back: write the other format with every translation and state, "
                 "then remove the old file");
  convert->add_option("dir", options.project_dir, "Project folder (holds charters/)")->check(CLI::ExistingDirectory);
  convert->add_option("--lang", xliff_lang, "Language whose files to convert (BCP 47: fr, cy, zh-Hans)")->required();
  convert->add_option("--to", convert_to, "Format to convert to: po or xliff")
      ->required()
      ->check(CLI::IsMember({"po", "xliff"}));
  convert->add_flag("--force", force, force_help);
  convert->add_flag("-q,--quiet", options.quiet, "Print only problems");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, env.out, env.err);
    return code == 0 ? kExitClean : kExitUsage;
  }
  options.formats_explicit = formats->count() > 0 || serve_formats->count() > 0;
  if (serve->parsed()) {
    if (serve_formats->count() == 0) options.formats = {"html"};  // what a preview shows, built fast
    return RunServe(env, options, serve_port);
  }
  if (build->parsed()) return RunBuild(env, options);
  if (check->parsed()) return RunCheck(env, options);
  if (init->parsed()) return RunInit(env, init_dir);
  if (codes->parsed()) return RunCodes(env);
  if (extract->parsed()) return RunXliffExtract(env, options, xliff_lang, force);
  if (po_export->parsed()) return RunPoExport(env, options, xliff_lang, force);
  if (convert->parsed()) return RunTranslationsConvert(env, options, xliff_lang, convert_to, force);
  return kExitUsage;
}

}  // namespace charterc
