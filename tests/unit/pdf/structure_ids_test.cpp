#include <doctest/doctest.h>

#include "pdf/structure_ids.h"

using namespace charterc;

TEST_CASE("structure ids are renumbered in order, lengths kept") {
  // Hand-written: the shapes Chromium writes (/IDTree, /ID, /Headers).
  std::string pdf =
      "<< /IDTree << /Names [ (node00012964) 9 0 R (node00013188) 8 0 R ] >> >>\n"
      "<< /ID (node00013188) /S /TH >> << /A << /Headers [ (node00012964) ] >> >>\n"
      "(node123) (nodeABCDEFGH) (node000000012)";
  const size_t size = pdf.size();
  RenumberStructureIds(&pdf);
  CHECK(pdf ==
        "<< /IDTree << /Names [ (node00000001) 9 0 R (node00000002) 8 0 R ] >> >>\n"
        "<< /ID (node00000002) /S /TH >> << /A << /Headers [ (node00000001) ] >> >>\n"
        "(node123) (nodeABCDEFGH) (node000000012)");
  CHECK(pdf.size() == size);
}

TEST_CASE("the same page from another counter gives the same bytes") {
  std::string first = "(node00000500) (node00000502) (node00000500)";
  std::string later = "(node00090100) (node00090102) (node00090100)";
  RenumberStructureIds(&first);
  RenumberStructureIds(&later);
  CHECK(first == later);
  CHECK(first == "(node00000001) (node00000002) (node00000001)");
}
