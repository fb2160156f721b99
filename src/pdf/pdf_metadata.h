#pragma once
// What a finished PDF says about itself, in its document information
// dictionary and its XMP packet alike (PDF/UA asks for both to agree).

#include <ctime>
#include <string>

namespace charterc {

struct PdfMetadata {
  std::string title;
  std::string author;   // the document's owner
  std::string subject;  // the document's summary
  std::string lang;     // BCP 47
  std::time_t moment = 0;  // creation and modification, for reproducible files
  std::string producer;    // what made the PDF (the browser's PDF library, then qpdf)
};

// The XMP packet (RDF/XML, with xpacket wrapper) for the catalog's /Metadata.
std::string XmpPacket(const PdfMetadata& metadata);

}  // namespace charterc
