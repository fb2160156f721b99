#include "pdf/structure_ids.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace charterc {

namespace {

constexpr std::string_view kOpen = "(node";
constexpr size_t kDigits = 8;

// Where each id's digits start; their numbers, in the same order.
bool DigitsAt(const std::string& pdf, size_t at, unsigned long* number) {
  if (at + kDigits >= pdf.size() || pdf[at + kDigits] != ')') return false;
  unsigned long value = 0;
  for (size_t i = at; i < at + kDigits; ++i) {
    if (pdf[i] < '0' || pdf[i] > '9') return false;
    value = value * 10 + static_cast<unsigned long>(pdf[i] - '0');
  }
  *number = value;
  return true;
}

}  // namespace

void RenumberStructureIds(std::string* pdf) {
  std::vector<std::pair<size_t, unsigned long>> found;  // digits' offset, number
  for (size_t at = pdf->find(kOpen); at != std::string::npos; at = pdf->find(kOpen, at + 1)) {
    unsigned long number = 0;
    if (DigitsAt(*pdf, at + kOpen.size(), &number)) found.emplace_back(at + kOpen.size(), number);
  }
  std::vector<unsigned long> numbers;
  for (const auto& [offset, number] : found) numbers.push_back(number);
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  for (const auto& [offset, number] : found) {
    const auto rank = std::lower_bound(numbers.begin(), numbers.end(), number) - numbers.begin() + 1;
    char digits[kDigits + 1];
    std::snprintf(digits, sizeof digits, "%08lu", static_cast<unsigned long>(rank));
    pdf->replace(offset, kDigits, digits, kDigits);
  }
}

}  // namespace charterc
