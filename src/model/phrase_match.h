#pragma once
// Finding a lexicon phrase in lower-cased UTF-8 text as whole words: "min"
// is not in "minister", "we" is not in "we'll", but "%" needs no boundary.
// The finder of unmarked promises, the table reader and the rewrite hints
// all match phrases this one way.

#include <string>
#include <vector>

namespace charterc {

// The byte offset of the first whole-word `phrase` in `lower_text` at or
// after `from`, or npos.
size_t FindPhrase(const std::string& lower_text, const std::string& phrase, size_t from = 0);
bool HasPhrase(const std::string& lower_text, const std::string& phrase);
bool HasAnyPhrase(const std::string& lower_text, const std::vector<std::string>& phrases);
bool StartsWithPhrase(const std::string& lower_text, const std::vector<std::string>& phrases);
// A byte that is part of a word: a letter or digit, any byte of a non-ASCII
// character, or an apostrophe ("we'll").
bool IsWordByte(unsigned char c);

}  // namespace charterc
