#include "project_run.h"

#include <iterator>
#include <sstream>

#include "base/clock.h"
#include "base/file_system.h"
#include "base_project.h"
#include "diag/diagnostic_sink.h"
#include "driver/env.h"
#include "driver/pipeline.h"
#include "pdf/page_printer.h"

namespace charterc::fuzz {
namespace {

// A one-page PDF with a correct cross-reference table, standing in for
// Chromium's print so the PDF post-pass (metadata, language, structure
// check) runs on the fuzzed titles and languages.
constexpr std::string_view kOnePagePdf =
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] "
    "/Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\nxref\n0 4\n"
    "0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \ntrailer\n<< /Size 4 "
    "/Root 1 0 R >>\nstartxref\n186\n%%EOF\n";

class FixedPdfPrinter final : public PagePrinter {
 public:
  bool Available(std::string*) override { return true; }
  std::string Print(const std::string& html, std::string*) override {
    // The print page is read, as Chromium would, so a sanitizer sees any
    // byte of it that was never written.
    volatile size_t sum = 0;
    for (char c : html) sum = sum + static_cast<unsigned char>(c);
    return std::string(kOnePagePdf);
  }
};

constexpr const char* kRoot = "p";

}  // namespace

void RunProjectWith(const std::string& path, const uint8_t* data, size_t size) {
  MemoryFileSystem fs;
  for (const ProjectFile& file : BaseProjectFiles()) fs.Add(JoinPath(kRoot, std::string(file.path)), std::string(file.data));
  fs.Add(JoinPath(kRoot, path), std::string(reinterpret_cast<const char*>(data), size));

  // 2026-11-23 00:00 UTC, as the unit tests use: review dates are judged
  // against a fixed day, so a finding does not depend on when the fuzzer ran.
  const FixedClock clock(1795392000);
  FixedPdfPrinter printer;
  std::ostringstream out, err;
  Env env{fs, out, err, clock, printer};
  PipelineOptions options;
  options.project_dir = kRoot;
  // Pages and commitments.json always; one more format and one machine
  // form of the diagnostics, picked by the input's size, so every format is
  // reached while a run costs about a third of rendering them all (under
  // ASan a whole build of the base project takes a few tenths of a second).
  static const char* const kOtherFormats[] = {"txt", "epub", "pdf", "large-print", "evidence", "report"};
  options.formats = {"html", "json", kOtherFormats[size % std::size(kOtherFormats)]};
  DiagnosticSink sink;
  CheckedProject checked = LoadAndCheck(env, options, sink);
  RenderAndWrite(env, options, checked, sink);
  for (DiagnosticsFormat format :
       {DiagnosticsFormat::Text, size % 2 == 0 ? DiagnosticsFormat::Json : DiagnosticsFormat::Sarif}) {
    options.diagnostics_format = format;
    Finish(env, options, checked, sink);
  }
}

}  // namespace charterc::fuzz
