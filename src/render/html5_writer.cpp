#include "render/html5_writer.h"

#include <array>
#include <string_view>

namespace charterc {

namespace {

constexpr std::array<std::string_view, 13> kVoidElements = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"};

// Elements after whose tags a newline is harmless; it keeps goldens diffable.
constexpr std::array<std::string_view, 27> kBlockElements = {
    "html", "head",  "body",  "header", "main", "footer", "nav", "article", "section",
    "p",    "ul",    "ol",    "li",     "h1",   "h2",     "h3",  "h4",      "h5",
    "h6",   "table", "thead", "tbody",  "tr",   "dl",     "div", "title",   "blockquote"};

template <size_t N>
bool IsOneOf(const std::array<std::string_view, N>& list, std::string_view name) {
  for (std::string_view item : list) {
    if (item == name) return true;
  }
  return false;
}

bool IsHeading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

void Escape(std::string_view text, bool attribute, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += attribute ? "<" : "&lt;"; break;
      case '>': *out += attribute ? ">" : "&gt;"; break;
      case '"': *out += attribute ? "&quot;" : "\""; break;
      default: *out += c;
    }
  }
}

// <style> and <script> hold raw text in HTML: entities are not decoded
// there, so their text is written as is, except that "</" could close the
// element early and becomes "<\/" (the same character in CSS and JS).
void WriteRawText(std::string_view text, std::string* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    *out += text[i];
    if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/') *out += '\\';
  }
}

bool HoldsRawText(const pugi::xml_node& element) {
  std::string_view name = element.name();
  return name == "style" || name == "script";
}

void WriteNode(const pugi::xml_node& node, std::string* out) {
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
    if (HoldsRawText(node.parent())) WriteRawText(node.value(), out);
    else Escape(node.value(), false, out);
    return;
  }
  if (node.type() != pugi::node_element) {
    for (pugi::xml_node child : node.children()) WriteNode(child, out);
    return;
  }
  std::string_view name = node.name();
  *out += '<';
  *out += name;
  for (pugi::xml_attribute attribute : node.attributes()) {
    *out += ' ';
    *out += attribute.name();
    *out += "=\"";
    Escape(attribute.value(), true, out);
    *out += '"';
  }
  *out += '>';
  if (IsOneOf(kVoidElements, name)) {
    if (name == "meta" || name == "link") *out += '\n';
    return;
  }
  bool block = IsOneOf(kBlockElements, name);
  bool holds_text = name == "p" || name == "li" || name == "title" || IsHeading(name);
  bool container = block && !holds_text && node.first_child() && node.first_child().type() == pugi::node_element;
  if (container) *out += '\n';
  for (pugi::xml_node child : node.children()) WriteNode(child, out);
  *out += "</";
  *out += name;
  *out += '>';
  if (block) *out += '\n';
}

}  // namespace

std::string WriteHtml5Document(const pugi::xml_document& doc) {
  std::string out = "<!DOCTYPE html>\n";
  WriteNode(doc.document_element(), &out);
  if (out.back() != '\n') out += '\n';
  return out;
}

std::string WriteHtml5Element(const pugi::xml_node& node) {
  std::string out;
  WriteNode(node, &out);
  return out;
}

}  // namespace charterc
