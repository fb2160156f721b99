#include "pdf/pdf_finishing.h"

#include <exception>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

namespace charterc {

namespace {

using Object = QPDFObjectHandle;

std::string PdfDate(std::time_t moment) {
  std::tm utc{};
  gmtime_r(&moment, &utc);
  return QUtil::qpdf_time_to_pdf_time(QUtil::QPDFTime(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                                                      utc.tm_min, utc.tm_sec, 0));
}

void SetText(Object dictionary, const char* key, const std::string& value) {
  if (!value.empty()) dictionary.replaceKey(key, Object::newUnicodeString(value));
}

std::string ProducerOf(QPDF& pdf) {
  Object info = pdf.getTrailer().getKey("/Info");
  std::string browser = info.isDictionary() && info.getKey("/Producer").isString()
                            ? info.getKey("/Producer").getUTF8Value() + "; "
                            : "";
  return browser + "qpdf " + QPDF::QPDFVersion();
}

void SetCatalog(QPDF& pdf, const PdfMetadata& metadata) {
  Object root = pdf.getRoot();
  root.replaceKey("/Lang", Object::newUnicodeString(metadata.lang));
  Object preferences = Object::newDictionary();
  preferences.replaceKey("/DisplayDocTitle", Object::newBool(true));
  root.replaceKey("/ViewerPreferences", preferences);
  Object xmp = pdf.newStream(XmpPacket(metadata));
  xmp.getDict().replaceKey("/Type", Object::newName("/Metadata"));
  xmp.getDict().replaceKey("/Subtype", Object::newName("/XML"));
  root.replaceKey("/Metadata", xmp);
}

void SetInfo(QPDF& pdf, const PdfMetadata& metadata) {
  Object info = pdf.makeIndirectObject(Object::newDictionary());
  SetText(info, "/Title", metadata.title);
  SetText(info, "/Author", metadata.author);
  SetText(info, "/Subject", metadata.subject);
  SetText(info, "/Creator", std::string("charterc ") + CHARTERC_VERSION);
  SetText(info, "/Producer", metadata.producer);
  SetText(info, "/CreationDate", PdfDate(metadata.moment));
  SetText(info, "/ModDate", PdfDate(metadata.moment));
  pdf.getTrailer().replaceKey("/Info", info);
}

}  // namespace

std::string FinishPdf(const std::string& printed, const PdfMetadata& metadata, std::string* error) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("printed.pdf", printed.data(), printed.size());
    PdfMetadata finished = metadata;
    if (finished.producer.empty()) finished.producer = ProducerOf(pdf);
    SetCatalog(pdf, finished);
    SetInfo(pdf, finished);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // Streams pass through as the browser compressed them; the XMP packet
    // stays readable, as PDF/UA readers and archivists expect.
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setCompressStreams(false);
    writer.setDeterministicID(true);  // /ID from the content, not the clock
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception& e) {
    *error = std::string("qpdf: ") + e.what();
    return "";
  }
}

}  // namespace charterc
