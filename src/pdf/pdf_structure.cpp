#include "pdf/pdf_structure.h"

#include <exception>
#include <set>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace charterc {

namespace {

using Object = QPDFObjectHandle;

// Deep enough for any charter; a cycle or a hostile file stops here.
constexpr int kMaxStructureDepth = 200;

class StructureWalk {
 public:
  StructureWalk(Object role_map, std::vector<std::string>* problems) : role_map_(role_map), problems_(problems) {}

  void Visit(Object kids, int depth) {
    if (depth > kMaxStructureDepth) return;
    if (kids.isArray()) {
      for (int i = 0; i < kids.getArrayNItems(); ++i) Visit(kids.getArrayItem(i), depth + 1);
      return;
    }
    if (!kids.isDictionary() || !kids.getKey("/S").isName()) return;  // marked content or object references
    if (kids.isIndirect() && !visited_.insert(kids.getObjGen()).second) return;
    Element(kids);
    Visit(kids.getKey("/K"), depth + 1);
  }

  int headings() const { return headings_; }

 private:
  // The standard type behind a custom one (/RoleMap), as readers see it.
  std::string StandardType(const std::string& type) {
    Object mapped = role_map_.isDictionary() ? role_map_.getKey(type) : Object::newNull();
    return mapped.isName() ? mapped.getName() : type;
  }

  void Element(Object element) {
    std::string type = StandardType(element.getKey("/S").getName());
    if (type == "/Figure" && !element.getKey("/Alt").isString() && !element.getKey("/ActualText").isString()) {
      problems_->push_back("a figure has no alternative text (/Alt)");
    }
    if (type.size() != 3 || type.compare(0, 2, "/H") != 0 || type[2] < '1' || type[2] > '6') return;
    int level = type[2] - '0';
    if (last_level_ == 0 && level != 1) {
      problems_->push_back("the first heading is H" + std::to_string(level) + ", not H1");
    } else if (last_level_ > 0 && level > last_level_ + 1) {
      problems_->push_back("heading H" + std::to_string(level) + " follows H" + std::to_string(last_level_) +
                           ", skipping a level");
    }
    last_level_ = level;
    ++headings_;
  }

  Object role_map_;
  std::vector<std::string>* problems_;
  std::set<QPDFObjGen> visited_;
  int last_level_ = 0;
  int headings_ = 0;
};

bool HasFontFile(Object font) {
  Object descriptor = font.getKey("/FontDescriptor");
  if (!descriptor.isDictionary()) return false;
  return descriptor.hasKey("/FontFile") || descriptor.hasKey("/FontFile2") || descriptor.hasKey("/FontFile3");
}

// Type 3 fonts are drawn by the file itself; composite fonts embed their
// descendant.
bool Embedded(Object font) {
  std::string subtype = font.getKey("/Subtype").isName() ? font.getKey("/Subtype").getName() : "";
  if (subtype == "/Type3") return true;
  if (subtype == "/Type0") {
    Object descendants = font.getKey("/DescendantFonts");
    return descendants.isArray() && descendants.getArrayNItems() > 0 && HasFontFile(descendants.getArrayItem(0));
  }
  return HasFontFile(font);
}

void CheckFonts(QPDF& pdf, std::vector<std::string>* problems) {
  for (Object object : pdf.getAllObjects()) {
    if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/Font")) continue;
    if (object.getKey("/Subtype").isNameAndEquals("/CIDFontType0") ||
        object.getKey("/Subtype").isNameAndEquals("/CIDFontType2")) {
      continue;  // checked through their Type 0 parent
    }
    if (!Embedded(object)) {
      Object name = object.getKey("/BaseFont");
      problems->push_back("font " + (name.isName() ? name.getName().substr(1) : std::string("(unnamed)")) +
                          " is not embedded");
    }
  }
}

void CheckCatalog(QPDF& pdf, std::vector<std::string>* problems) {
  Object root = pdf.getRoot();
  Object mark_info = root.getKey("/MarkInfo");
  if (!mark_info.isDictionary() || !mark_info.getKey("/Marked").isBool() || !mark_info.getKey("/Marked").getBoolValue()) {
    problems->push_back("the file is not marked as tagged (/MarkInfo /Marked)");
  }
  if (!root.getKey("/Lang").isString() || root.getKey("/Lang").getUTF8Value().empty()) {
    problems->push_back("the file states no language (/Lang)");
  }
  Object preferences = root.getKey("/ViewerPreferences");
  if (!preferences.isDictionary() || !preferences.getKey("/DisplayDocTitle").isBool()) {
    problems->push_back("readers are not told to show the title (/DisplayDocTitle)");
  }
  if (!root.getKey("/Metadata").isStream()) problems->push_back("the file has no XMP metadata");
}

}  // namespace

std::vector<std::string> CheckPdfStructure(const std::string& pdf_bytes) {
  std::vector<std::string> problems;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("finished.pdf", pdf_bytes.data(), pdf_bytes.size());
    CheckCatalog(pdf, &problems);
    Object tree = pdf.getRoot().getKey("/StructTreeRoot");
    if (!tree.isDictionary()) {
      problems.push_back("the file has no structure tree (/StructTreeRoot)");
    } else {
      StructureWalk walk(tree.getKey("/RoleMap"), &problems);
      walk.Visit(tree.getKey("/K"), 0);
      if (walk.headings() == 0) problems.push_back("the structure tree has no headings");
    }
    CheckFonts(pdf, &problems);
  } catch (const std::exception& e) {
    problems.push_back(std::string("qpdf cannot read the file: ") + e.what());
  }
  return problems;
}

}  // namespace charterc
