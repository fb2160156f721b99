#!/usr/bin/env bash
# The PO round trip a translator makes with gettext tools (as Weblate or
# Poedit would): export, check the file with msgfmt, translate (msgen then
# msgfilter with french.sed), build; then the source changes under the
# translation, a re-export marks it fuzzy, and broken translations are
# caught at their lines.
# Usage: po.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/../check.sh"
cp -r "$here/project" "$work/p"
po="$work/p/locales/fr/services.po"

"$charterc" po export --lang fr "$work/p" 2>"$work/export.txt"
check "export exits 0" test $? = 0
check "export says what it wrote" grep -q '^wrote locales/fr/services.po (10 units)$' "$work/export.txt"
check "exported file passes msgfmt --check" msgfmt --check -o /dev/null "$po"
check "unit ids are the message contexts" grep -q '^msgctxt "email-reply"$' "$po"
check "facts stay placeholders in the Markdown" grep -q '^msgid "We reply to emails within {{ reply.email }}."$' "$po"
check "references point at the source line" grep -q '^#: charters/services.md:15$' "$po"
check "commitments carry the translator note" grep -q '^#\. A promise to the public' "$po"

"$charterc" build "$work/p" 2>"$work/untranslated.txt"
check "an untranslated file builds" grep -q '^translations: fr 0.0% translated (0 of 10 units; 0 stale, 10 missing)$' \
  "$work/untranslated.txt"

# Edits a translator makes, on msgstr only: translate FILE SED-ARGS...
translate() {
  local file=$1
  shift
  msgfilter --keep-header --no-wrap -i "$file" -o "$file" sed "$@"
}
msgen --no-wrap -o "$po" "$po" && translate "$po" -f "$here/french.sed"
check "translated file passes msgfmt --check" msgfmt --check -o /dev/null "$po"
"$charterc" build "$work/p" 2>"$work/translated.txt"
check "translated project builds clean" grep -q '^0 errors, 0 warnings$' "$work/translated.txt"
check "fully translated" grep -q '^translations: fr 100.0% translated (10 of 10 units; 0 stale, 0 missing)$' \
  "$work/translated.txt"
page="$work/p/out/fr/services.html"
check "French edition written" grep -q '<html lang="fr" dir="ltr">' "$page"
check "translated commitment under the source's id" grep -q '<li id="email-reply" class="commitment">Nous répondons' "$page"
check "fact formatted in French" grep -q '2 jours ouvrés\|2 jours ouvrables' "$page"
check "link kept through translation" grep -q '<a href="https://library.example.org/rules">règlement du prêt</a>' "$page"
check "owner translated" grep -q '<dd>Services de la bibliothèque</dd>' "$page"
check "strong emphasis kept" grep -q '<strong>20 documents</strong>' "$page"
"$charterc" po export -q --lang fr "$work/p"
check "re-exporting keeps the translations" grep -q 'Nous répondons aux courriels' "$po"
check "re-exporting an unchanged source marks nothing fuzzy" bash -c "! grep -q '^#, fuzzy' '$po'"

# The source's wording changes: stale (a warning) before and after a re-export.
cp -r "$work/p" "$work/stale"
sed -i 's/We reply to emails within/We answer emails within/' "$work/stale/charters/services.md"
# A stale commitment would withhold French (min-translated); the editors
# publish it anyway, so its page shows the English.
echo "languages: [fr]" >>"$work/stale/charterc.yaml"
"$charterc" build "$work/stale" 2>"$work/stale.txt"
check "stale translation is a warning" test $? = 0
check "stale unit reported at its msgstr" \
  grep -q "locales/fr/services.po:[0-9]*:[0-9]*: warning\[W1002\]: commitment 'email-reply' was translated from older wording" \
  "$work/stale.txt"
"$charterc" po export -q --lang fr "$work/stale"
check "re-export marks the changed entry fuzzy" grep -q -A2 '^#, fuzzy' "$work/stale/locales/fr/services.po"
check "re-export records the wording it was translated from" \
  grep -q '^#| msgid "We reply to emails within {{ reply.email }}."$' "$work/stale/locales/fr/services.po"
"$charterc" build "$work/stale" 2>"$work/fuzzy.txt"
check "a fuzzy entry is stale until confirmed" \
  grep -q "warning\[W1002\]: commitment 'email-reply' is not confirmed: its entry is marked fuzzy" "$work/fuzzy.txt"
check "fuzzy entry falls back to the source, marked English" \
  grep -q 'lang="en" dir="ltr" class="fallback">We answer emails within' "$work/stale/out/fr/services.html"

# A translator changes a number: an error at the translated line.
cp -r "$work/p" "$work/typo"
translate "$work/typo/locales/fr/services.po" -e 's/à 90 % des appels/à 80 % des appels/'
line=$(grep -n 'à 80 % des appels' "$work/typo/locales/fr/services.po" | cut -d: -f1)
"$charterc" build "$work/typo" 2>"$work/typo.txt"
check "translated number differing from the source is an error" test $? = 1
check "reported at the translated line" grep -q "services.po:$line:[0-9]*: error\[E1001\]" "$work/typo.txt"

# A translator rewrites a link address and drops a fact.
cp -r "$work/p" "$work/lost"
translate "$work/lost/locales/fr/services.po" \
  -e 's|(https://library.example.org/rules)|(https://example.com/regles)|; s|sous {{ reply.email }}|sous deux jours|'
"$charterc" build "$work/lost" 2>"$work/lost.txt"
check "a changed link address is an error" \
  grep -q "error\[E1005\]: unit 'intro-1': the translation lost the link to https://library.example.org/rules" "$work/lost.txt"
check "a lost fact is an error" \
  grep -q "error\[E1005\]: unit 'email-reply': the translation lost the fact {{ reply.email }}" "$work/lost.txt"

# A file that is not valid PO: an error where it breaks, and export refuses
# to overwrite it.
cp -r "$work/p" "$work/broken"
printf 'msgctxt "loans"\nmsgid "Loans"\nmsgstr "Prêts\n' >>"$work/broken/locales/fr/services.po"
line=$(grep -n '^msgstr "Prêts$' "$work/broken/locales/fr/services.po" | cut -d: -f1)
"$charterc" check "$work/broken" 2>"$work/broken.txt"
check "unreadable PO file is an error at its line" \
  grep -q "services.po:$line:[0-9]*: error\[E1007\]: not a usable PO file: end-of-line within string" "$work/broken.txt"
"$charterc" po export --lang fr "$work/broken" 2>"$work/refused.txt"
check "export refuses to overwrite it (exit 2)" test $? = 2
check "and says why" grep -q 'cannot be read as a PO file, so its translations cannot be kept' "$work/refused.txt"

# An XLIFF file extracted beside the PO file carries its translations, and
# the two files, agreeing, are merged (carry.sh tests this in depth).
cp -r "$work/p" "$work/both"
"$charterc" xliff extract -q --lang fr "$work/both"
"$charterc" check "$work/both" 2>"$work/both.txt"
check "a second translation file loses nothing" \
  grep -q '^translations: fr 100.0% translated (10 of 10 units; 0 stale, 0 missing)$' "$work/both.txt"

finish
