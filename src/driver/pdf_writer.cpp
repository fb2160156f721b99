#include "driver/pdf_writer.h"

#include "pdf/pdf_finishing.h"
#include "pdf/pdf_structure.h"
#include "render/meta_text.h"
#include "pdf/structure_ids.h"
#include "render/print_page.h"
#include "render/publication_moment.h"

namespace charterc {

namespace {

constexpr const char* kInstallHint =
    "install Debian's chromium package (apt-get install chromium fonts-noto-core fonts-noto-cjk), "
    "or set CHARTERC_CHROMIUM to a Chromium or Chrome program";

}  // namespace

bool PdfWriter::Ready() {
  if (!options_.regular && !options_.large_print) return false;
  if (looked_for_browser_) return browser_ready_;
  looked_for_browser_ = true;
  std::string looked_for;
  if (!printer_.Available(&looked_for)) {
    SourceLocation at{options_.out_label, 0, 0, 0};
    if (options_.required) {
      sink_.Report(DiagCode::E0804, at, "cannot write PDFs: no browser found (looked for " + looked_for + ")",
                   kInstallHint);
    } else {
      sink_.Report(DiagCode::N0803, at,
                   "PDFs not written: no browser found (looked for " + looked_for + "); every other format was",
                   kInstallHint);
    }
    return false;
  }
  browser_ready_ = true;
  return true;
}

bool PdfWriter::Print(const RenderContext& context, bool large_print, const std::string& path, std::string* bytes) {
  const DocumentMeta& meta = context.document.meta;
  SourceLocation at{context.document.path, 0, 0, 0};
  PrintOptions print{context.project.config.paper, large_print};
  std::string error;
  std::string printed = printer_.Print(RenderPrintPage(context, theme_, print), &error);
  RenumberStructureIds(&printed);  // the same bytes whichever tab printed it
  if (!printed.empty()) {
    PdfMetadata metadata{TitleText(context, context.document), meta.owner, SummaryText(context, context.document),
                         meta.lang, PublicationMoment({&context.document}, clock_), ""};
    *bytes = FinishPdf(printed, metadata, &error);
  }
  if (bytes->empty()) {
    sink_.Report(DiagCode::E0805, at, "cannot print " + path + ": " + error,
                 "run the build again; if it keeps failing, check that the browser starts: chromium --headless --version");
    return false;
  }
  for (const std::string& problem : CheckPdfStructure(*bytes)) {
    sink_.Report(DiagCode::W0806, at, path + ": " + problem,
                 "the PDF was written; report this with the document attached, as charterc's print page should prevent it");
  }
  return true;
}

}  // namespace charterc
