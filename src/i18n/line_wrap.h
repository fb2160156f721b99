#pragma once
// Wrapping text to a width in columns with ICU's line breaking (UAX #14),
// so Chinese breaks between characters, Arabic and Welsh between words,
// and nothing breaks inside "2 working days" where the rules forbid it.
// Columns follow East Asian Width: wide and fullwidth characters count two,
// combining marks none.

#include <string>
#include <vector>

#include <unicode/locid.h>

namespace charterc {

// Display width of UTF-8 text in terminal columns.
int ColumnWidth(const std::string& utf8);

// `text` broken into lines of at most `width` columns (a single word longer
// than that stays whole on its own line). "\n" in the text is a forced
// break. Lines carry no trailing spaces and no line terminator.
std::vector<std::string> WrapText(const std::string& text, const icu::Locale& locale, int width);

}  // namespace charterc
