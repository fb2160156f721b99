#pragma once
// Serialises a pugixml DOM as HTML5 text: a doctype, void elements written
// <br> rather than <br/>, text and attributes escaped. pugixml itself writes
// XML, which browsers would misread for void and empty elements.

#include <string>

#include <pugixml.hpp>

namespace charterc {

// The whole document, starting with <!DOCTYPE html>.
std::string WriteHtml5Document(const pugi::xml_document& doc);
// One element and its content (for fragments and tests).
std::string WriteHtml5Element(const pugi::xml_node& node);

}  // namespace charterc
