#pragma once
// Chromium names each structure element of a tagged PDF after its DOM node
// ("(node00012964)", in the element's /ID, the table cells' /Headers and the
// structure tree's /IDTree). The numbers come from a counter the renderer
// shares between every page it has shown, so the same page printed in
// another tab, or after other pages, gets other numbers. Renumbered in
// order (the smallest becomes node00000001, and so on), they depend only on
// the page: the order is kept, so the /IDTree stays sorted, and the length
// is kept, so no byte offset in the file moves.

#include <string>

namespace charterc {

// Renumbers every "(node" + 8 digits + ")" string in `pdf` in place.
void RenumberStructureIds(std::string* pdf);

}  // namespace charterc
