#include "model/fact_placeholders.h"

namespace charterc {

void SplitFactPlaceholders(std::string_view text, const std::function<void(std::string_view plain)>& on_text,
                           const std::function<void(const std::string& name, std::string_view written)>& on_fact) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find("{{", pos);
    size_t close = open == std::string_view::npos ? std::string_view::npos : text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    if (open > pos) on_text(text.substr(pos, open - pos));
    std::string name(text.substr(open + 2, close - open - 2));
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    on_fact(name, text.substr(open, close + 2 - open));
    pos = close + 2;
  }
  if (pos < text.size()) on_text(text.substr(pos));
}

}  // namespace charterc
