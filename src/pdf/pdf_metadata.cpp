#include "pdf/pdf_metadata.h"

#include <sstream>

#include <pugixml.hpp>

#include "i18n/dates.h"

namespace charterc {

namespace {

// An rdf:Alt, rdf:Seq or rdf:Bag holding one item.
void Container(pugi::xml_node description, const char* property, const char* kind, const std::string& value,
               bool default_language) {
  if (value.empty()) return;
  pugi::xml_node item = description.append_child(property).append_child(kind).append_child("rdf:li");
  if (default_language) item.append_attribute("xml:lang") = "x-default";
  item.text() = value.c_str();
}

void Property(pugi::xml_node description, const char* property, const std::string& value) {
  if (!value.empty()) description.append_child(property).text() = value.c_str();
}

}  // namespace

std::string XmpPacket(const PdfMetadata& metadata) {
  pugi::xml_document xml;
  // The begin attribute holds a byte order mark, as the XMP specification asks.
  xml.append_child(pugi::node_pi).set_name("xpacket");
  xml.first_child().set_value("begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
  pugi::xml_node meta = xml.append_child("x:xmpmeta");
  meta.append_attribute("xmlns:x") = "adobe:ns:meta/";
  pugi::xml_node rdf = meta.append_child("rdf:RDF");
  rdf.append_attribute("xmlns:rdf") = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  pugi::xml_node description = rdf.append_child("rdf:Description");
  description.append_attribute("rdf:about") = "";
  description.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  description.append_attribute("xmlns:xmp") = "http://ns.adobe.com/xap/1.0/";
  description.append_attribute("xmlns:pdf") = "http://ns.adobe.com/pdf/1.3/";
  Property(description, "dc:format", "application/pdf");
  Container(description, "dc:title", "rdf:Alt", metadata.title, true);
  Container(description, "dc:creator", "rdf:Seq", metadata.author, false);
  Container(description, "dc:description", "rdf:Alt", metadata.subject, true);
  Container(description, "dc:language", "rdf:Bag", metadata.lang, false);
  std::string date = IsoUtcTimestamp(metadata.moment);
  Property(description, "xmp:CreateDate", date);
  Property(description, "xmp:ModifyDate", date);
  Property(description, "xmp:MetadataDate", date);
  Property(description, "xmp:CreatorTool", std::string("charterc ") + CHARTERC_VERSION);
  Property(description, "pdf:Producer", metadata.producer);
  xml.append_child(pugi::node_pi).set_name("xpacket");
  xml.last_child().set_value("end=\"w\"");
  std::ostringstream out;
  xml.save(out, " ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

}  // namespace charterc
