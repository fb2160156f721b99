#pragma once
// The post-pass over the browser's PDF, with libqpdf: the things a
// specialist adds by hand in Acrobat. The document language on the catalog
// (/Lang), the title shown in the reader's title bar (DisplayDocTitle), the
// information dictionary and a matching XMP packet, and dates and a file
// identifier that depend only on the input, so the same charters give the
// same bytes.

#include <string>

#include "pdf/pdf_metadata.h"

namespace charterc {

// The finished file; empty, with `error`, if qpdf cannot read `printed`.
std::string FinishPdf(const std::string& printed, const PdfMetadata& metadata, std::string* error);

}  // namespace charterc
