#pragma once
// The PDF stage of a build: each published document and edition printed by
// one headless Chromium (pdf/pdf_printer), finished with qpdf
// (pdf/pdf_finishing), read back and checked (pdf/pdf_structure), then
// written as out/<lang>/<doc>.pdf and, on request, <doc>.large-print.pdf.
// Without a browser it says so once and the build goes on: a note when
// PDFs were only a default, an error when --format asked for them.

#include <memory>
#include <string>

#include "diag/diagnostic_sink.h"
#include "output/output_writer.h"
#include "base/clock.h"
#include "pdf/page_printer.h"
#include "render/render_context.h"
#include "render/theme.h"

namespace charterc {

struct PdfOptions {
  bool regular = false;      // <doc>.pdf
  bool large_print = false;  // <doc>.large-print.pdf
  bool required = false;     // asked for explicitly: a missing browser is an error
  std::string out_label;     // the output folder, as diagnostics name it
};

class PdfWriter {
 public:
  PdfWriter(const PdfOptions& options, const Theme& theme, PagePrinter& printer, const Clock& clock,
            DiagnosticSink& sink, OutputWriter& writer)
      : options_(options), theme_(theme), printer_(printer), clock_(clock), sink_(sink), writer_(writer) {}

  // Prints the context's document to its PDF paths (output/output_layout.h).
  void Write(const RenderContext& context);

 private:
  bool BrowserReady();
  void WriteVariant(const RenderContext& context, const std::string& path, bool large_print);

  PdfOptions options_;
  const Theme& theme_;
  PagePrinter& printer_;
  const Clock& clock_;
  DiagnosticSink& sink_;
  OutputWriter& writer_;
  bool looked_for_browser_ = false;
  bool browser_ready_ = false;
};

}  // namespace charterc
