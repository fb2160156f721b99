#include "driver/commands.h"

#include <cctype>
#include <iomanip>

#include "base/suggest.h"
#include "diag/code_explanation.h"
#include "diag/diagnostic_printer.h"
#include "driver/promise_list.h"
#include "driver/write_ids.h"
#include "resources/embedded.h"

namespace charterc {

int RunBuild(Env& env, const PipelineOptions& options) {
  DiagnosticSink sink;
  CheckedProject checked = LoadAndCheck(env, options, sink);
  int written = RenderAndWrite(env, options, checked, sink);
  int code = Finish(env, options, checked, sink);
  const LoadedProject& loaded = checked.loaded;
  if (!options.quiet && options.diagnostics_format == DiagnosticsFormat::Text) {
    std::string out_dir = options.out_dir.empty() ? JoinPath(options.project_dir, "out") : options.out_dir;
    int skipped = static_cast<int>(loaded.project.documents.size()) - written;
    env.err << "wrote " << written << " of " << loaded.project.documents.size() << " documents to " << out_dir;
    if (skipped > 0) env.err << " (" << skipped << " not written: fix the errors above)";
    env.err << "\n";
  }
  return code;
}

int RunCheck(Env& env, const PipelineOptions& options) {
  DiagnosticSink sink;
  CheckedProject checked = LoadAndCheck(env, options, sink);
  int code = Finish(env, options, checked, sink);
  if (options.list_promises) {
    // stdout already holds the JSON or SARIF diagnostics: the table must not break them.
    std::ostream& out = options.diagnostics_format == DiagnosticsFormat::Text ? env.out : env.err;
    PrintPromiseList(checked.loaded.project, checked.analysis, checked.findings, out);
  }
  if (options.write_ids) {
    std::string error;
    WriteImplicitIds(env.fs, checked.loaded, env.err, &error);
    if (!error.empty()) {
      env.err << "charterc: error: cannot write ids: " << error << "\n";
      return kExitUsage;
    }
  }
  return code;
}

namespace {

// `charterc codes E0901`: the code explained from the embedded
// docs/diagnostics.md; an unknown one gets "did you mean".
int ExplainOneCode(Env& env, const std::string& code) {
  const DiagCodeInfo* info = FindDiagCode(code);
  if (info == nullptr) {
    std::vector<std::string> known;
    for (const DiagCodeInfo& each : AllDiagCodes()) {
      known.emplace_back(each.id);
      known.emplace_back(each.name);
    }
    std::string upper = code;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string suggestion = DidYouMean(upper, known);
    if (suggestion.empty()) suggestion = DidYouMean(code, known);
    env.err << "charterc codes: error: no diagnostic code '" << code << "'";
    if (!suggestion.empty()) env.err << "; " << suggestion;
    env.err << "\n  hint: charterc codes lists every code\n";
    return kExitUsage;
  }
  env.out << ExplainCode(*info, FindEmbeddedFile("docs/diagnostics.md").value_or(""));
  return kExitClean;
}

}  // namespace

int RunCodes(Env& env, const std::string& code) {
  if (!code.empty()) return ExplainOneCode(env, code);
  for (const DiagCodeInfo& info : AllDiagCodes()) {
    env.out << info.id << "  " << std::left << std::setw(7) << SeverityName(info.severity)  // "warning"
            << "  " << std::setw(9) << KindName(info.kind) << std::right  // "integrity"
            << "  " << info.name << ": " << info.summary << "\n";
  }
  return kExitClean;
}

}  // namespace charterc
