#pragma once
// "Did you mean ...?" for names the user mistyped.

#include <string>
#include <vector>

namespace charterc {

// The candidate closest to `name` by edit distance, if it is close enough to
// be a likely typo (at most a third of the name's length); else empty.
std::string ClosestMatch(const std::string& name, const std::vector<std::string>& candidates);

// "did you mean 'x'?" (a hint) or "" when there is no close candidate.
std::string DidYouMean(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace charterc
