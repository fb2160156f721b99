#include "model/phrase_match.h"

#include <cctype>

namespace charterc {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; }

size_t FindPhrase(const std::string& lower_text, const std::string& phrase, size_t from) {
  if (phrase.empty()) return std::string::npos;
  for (size_t at = lower_text.find(phrase, from); at != std::string::npos; at = lower_text.find(phrase, at + 1)) {
    size_t end = at + phrase.size();
    bool starts = at == 0 || !IsWordByte(static_cast<unsigned char>(lower_text[at - 1])) ||
                  !IsWordByte(static_cast<unsigned char>(phrase.front()));
    bool ends = end == lower_text.size() || !IsWordByte(static_cast<unsigned char>(lower_text[end])) ||
                !IsWordByte(static_cast<unsigned char>(phrase.back()));
    if (starts && ends) return at;
  }
  return std::string::npos;
}

bool HasPhrase(const std::string& lower_text, const std::string& phrase) {
  return FindPhrase(lower_text, phrase) != std::string::npos;
}

bool HasAnyPhrase(const std::string& lower_text, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    if (HasPhrase(lower_text, phrase)) return true;
  }
  return false;
}

bool StartsWithPhrase(const std::string& lower_text, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    if (lower_text.rfind(phrase, 0) == 0 &&
        (lower_text.size() == phrase.size() || !IsWordByte(static_cast<unsigned char>(lower_text[phrase.size()])))) {
      return true;
    }
  }
  return false;
}

}  // namespace charterc
