#include "project/svg_check.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include <pugixml.hpp>

namespace charterc {

namespace {

constexpr const char* kSvgNamespace = "http://www.w3.org/2000/svg";

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "xlink:href" -> "href".
std::string LocalName(const char* name) {
  std::string_view view(name);
  size_t colon = view.rfind(':');
  return Lower(colon == std::string_view::npos ? view : view.substr(colon + 1));
}

int LineAt(std::string_view bytes, ptrdiff_t offset) {
  if (offset < 0) return 0;
  size_t end = std::min(static_cast<size_t>(offset), bytes.size());
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<ptrdiff_t>(end), '\n'));
}

std::string OnLine(std::string_view bytes, const pugi::xml_node& node) {
  int line = LineAt(bytes, node.offset_debug());
  return line > 0 ? " (line " + std::to_string(line) + " of the SVG file)" : "";
}

bool InFile(std::string_view target) {
  size_t start = target.find_first_not_of(" \t\r\n'\"");
  return start != std::string_view::npos && target[start] == '#';
}

// A url(...) in a style or presentation attribute that leaves the file.
bool ExternalUrl(const std::string& value) {
  std::string lower = Lower(value);
  for (size_t at = lower.find("url("); at != std::string::npos; at = lower.find("url(", at + 4)) {
    if (!InFile(std::string_view(value).substr(at + 4))) return true;
  }
  return false;
}

// What in `value` (an attribute's or a <style> element's text) could run
// or fetch something; empty when nothing.
std::string UnsafeText(const std::string& value) {
  std::string lower = Lower(value);
  if (lower.find("@import") != std::string::npos) return "an @import";
  if (ExternalUrl(value)) return "a url(...) pointing outside the file";
  if (lower.find("javascript:") != std::string::npos) return "a javascript: address";
  return "";
}

SvgProblem Unsafe(std::string message) {
  return {DiagCode::E1206, std::move(message),
          "remove it and save the drawing again (most editors offer \"Plain SVG\" or \"Optimised SVG\"); charterc "
          "publishes SVG drawings only, with no scripts and no links to other files"};
}

bool IsEmbedding(const std::string& name) {
  static const char* const kNames[] = {"script", "foreignobject", "iframe", "embed", "object",
                                       "audio",  "video",         "handler", "listener"};
  return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* n) { return name == n; });
}

bool IsAnimation(const std::string& name) { return name == "set" || name.rfind("animate", 0) == 0; }

std::optional<SvgProblem> CheckElement(std::string_view bytes, const pugi::xml_node& element) {
  const std::string name = LocalName(element.name());
  const std::string where = OnLine(bytes, element);
  if (IsEmbedding(name)) return Unsafe("the SVG holds a <" + std::string(element.name()) + "> element" + where);
  for (const pugi::xml_attribute& attribute : element.attributes()) {
    const std::string attribute_name = LocalName(attribute.name());
    const std::string value = attribute.value();
    if (attribute_name.rfind("on", 0) == 0) {
      return Unsafe("the SVG has an event handler, " + std::string(attribute.name()) + "=\"...\"" + where);
    }
    if ((attribute_name == "href" || attribute_name == "src") && !InFile(value)) {
      return Unsafe("the SVG refers to another file, " + std::string(attribute.name()) + "=\"" + value + "\"" + where);
    }
    if (IsAnimation(name) && attribute_name == "attributename") {
      std::string target = LocalName(value.c_str());
      if (target == "href" || target.rfind("on", 0) == 0) {
        return Unsafe("the SVG animates the " + value + " attribute, which can change what it links to" + where);
      }
    }
    std::string unsafe = UnsafeText(value);
    if (!unsafe.empty()) return Unsafe("the SVG has " + unsafe + " in " + std::string(attribute.name()) + where);
  }
  if (name == "style") {
    std::string unsafe = UnsafeText(element.child_value());
    if (unsafe.empty()) {
      for (const pugi::xml_node& child : element.children()) {
        if (child.type() == pugi::node_cdata) unsafe = UnsafeText(child.value());
        if (!unsafe.empty()) break;
      }
    }
    if (!unsafe.empty()) return Unsafe("the SVG's <style> holds " + unsafe + where);
  }
  return std::nullopt;
}

}  // namespace

std::optional<SvgProblem> CheckSvg(std::string_view bytes) {
  pugi::xml_document xml;
  unsigned options = pugi::parse_default | pugi::parse_pi | pugi::parse_doctype;
  pugi::xml_parse_result parsed = xml.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    return SvgProblem{DiagCode::E1207,
                      "the SVG file is not well-formed XML: " + std::string(parsed.description()) + " (line " +
                          std::to_string(LineAt(bytes, parsed.offset)) + " of the SVG file)",
                      "open it in a drawing program and save it again as SVG"};
  }
  pugi::xml_node root = xml.document_element();
  if (LocalName(root.name()) != "svg" || std::string_view(root.attribute("xmlns").value()) != kSvgNamespace) {
    return SvgProblem{DiagCode::E1207, "the file's root element is <" + std::string(root.name()) +
                                           (LocalName(root.name()) == "svg" ? "> without xmlns=\"" + std::string(kSvgNamespace) + "\""
                                                                            : ">, not <svg>"),
                      "an SVG drawing starts <svg xmlns=\"http://www.w3.org/2000/svg\" ...>; browsers show no other "
                      "file as an SVG image"};
  }
  // Every node in document order, without recursion: a hostile file may
  // nest very deeply.
  std::vector<pugi::xml_node> pending = {xml};
  while (!pending.empty()) {
    pugi::xml_node node = pending.back();
    pending.pop_back();
    switch (node.type()) {
      case pugi::node_doctype:
        return Unsafe("the SVG has a <!DOCTYPE>, which can define entities and load other files" + OnLine(bytes, node));
      case pugi::node_pi:
        return Unsafe("the SVG has a processing instruction <?" + std::string(node.name()) +
                      "?>, which can load other files" + OnLine(bytes, node));
      case pugi::node_element:
        if (std::optional<SvgProblem> problem = CheckElement(bytes, node)) return problem;
        break;
      default:
        break;
    }
    for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) pending.push_back(child);
  }
  return std::nullopt;
}

}  // namespace charterc
