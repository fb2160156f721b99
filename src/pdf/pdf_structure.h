#pragma once
// Reads a finished PDF back and checks what a screen-reader user depends
// on: it is marked as tagged and has a structure tree, its headings go down
// one level at a time from H1, every figure has alternative text, every
// font is embedded, and it states its language and title.

#include <string>
#include <vector>

namespace charterc {

// One sentence per problem; empty when the file passes.
std::vector<std::string> CheckPdfStructure(const std::string& pdf_bytes);

}  // namespace charterc
