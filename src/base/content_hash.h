#pragma once
// Content hashes (64-bit XXH3, from Debian's libxxhash): what the build
// state compares to decide that an input changed or an output is intact.
// Not for security: only to notice change.

#include <cstdint>
#include <string>
#include <string_view>

namespace charterc {

uint64_t ContentHash(std::string_view bytes);

// "00f3a9…": 16 lowercase hex digits, as the build state writes them.
std::string HashHex(uint64_t hash);
// The inverse; false for anything that is not 1–16 hex digits.
bool ParseHashHex(std::string_view text, uint64_t* hash);

// Hashes several parts as one, each part delimited so that ("ab", "c") and
// ("a", "bc") differ.
class HashBuilder {
 public:
  HashBuilder& Add(std::string_view part);
  HashBuilder& Add(uint64_t number);
  uint64_t Finish() const { return ContentHash(parts_); }

 private:
  std::string parts_;
};

}  // namespace charterc
