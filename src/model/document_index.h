#pragma once
// Builds the addressable parts of a parsed document: sections, ids,
// commitments and their refs. Runs after the Markdown stage; reports
// duplicate ids, heading-level jumps and malformed attribute values.

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/document.h"

namespace charterc {

void IndexDocument(const SourceFile& source, Document* doc, DiagnosticSink& sink);

// "When you contact us" -> "when-you-contact-us"; empty when nothing usable
// remains (e.g. a heading in a non-Latin script).
std::string SlugOf(const std::string& text);

}  // namespace charterc
