#pragma once
// Text with {{ name }} placeholders, split once for every stage that needs
// it: the Markdown stage (fact inlines), the target reader (facts as
// quantities) and the renderers (facts formatted in plain text).

#include <functional>
#include <string>
#include <string_view>

namespace charterc {

// Calls `on_text` for each run of plain text and `on_fact` for each
// placeholder, with the trimmed name and the placeholder as written, in order.
void SplitFactPlaceholders(std::string_view text, const std::function<void(std::string_view plain)>& on_text,
                           const std::function<void(const std::string& name, std::string_view written)>& on_fact);

}  // namespace charterc
