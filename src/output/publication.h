#pragma once
// Whether a build publishes a document. A document with an integrity error
// is not written (its content may be wrong); if an earlier build wrote it,
// that last good version stays on the site and keeps its place in the
// index and commitments.json. Quality findings never withhold a document.

#include <string_view>

namespace charterc {

enum class Publication {
  Written,   // written by this build
  LastGood,  // not written: an integrity error; the previous build's pages stay
  Withheld,  // not written, and never written before
};

// "this-build", "last-good", "no": commitments.json's "published".
constexpr std::string_view PublicationName(Publication publication) {
  switch (publication) {
    case Publication::Written: return "this-build";
    case Publication::LastGood: return "last-good";
    case Publication::Withheld: return "no";
  }
  return "no";
}

}  // namespace charterc
