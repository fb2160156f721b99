#pragma once
// The PDF jobs of a build: each published document and edition printed by
// the build's printer (a headless Chromium, pdf/chromium_printer), finished
// with qpdf (pdf/pdf_finishing), read back and checked (pdf/pdf_structure),
// for out/<lang>/<doc>.pdf and, on request, <doc>.large-print.pdf.
// Without a browser it says so once and the build goes on: a note when
// PDFs were only a default, an error when --format asked for them.

#include <memory>
#include <string>

#include "diag/diagnostic_sink.h"
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
            DiagnosticSink& sink)
      : options_(options), theme_(theme), printer_(printer), clock_(clock), sink_(sink) {}

  // Whether PDFs are asked for and can be printed; says once why not.
  bool Ready();
  // The finished PDF of the context's document, to be written at `path`;
  // false (with a diagnostic) when it cannot be printed.
  bool Print(const RenderContext& context, bool large_print, const std::string& path, std::string* bytes);
  const PdfOptions& options() const { return options_; }

 private:
  PdfOptions options_;
  const Theme& theme_;
  PagePrinter& printer_;
  const Clock& clock_;
  DiagnosticSink& sink_;
  bool looked_for_browser_ = false;
  bool browser_ready_ = false;
};

}  // namespace charterc
