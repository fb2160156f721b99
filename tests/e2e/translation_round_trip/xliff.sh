#!/usr/bin/env bash
# The XLIFF round trip a translator makes: extract, translate (filled here
# programmatically), build; then the source changes under the translation.
# Usage: run.sh CHARTERC SCHEMA_DIR
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
schema=$(realpath "$2")/xliff_core_2.0.xsd
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/../check.sh"
cp -r "$here/project" "$work/p"
xlf="$work/p/locales/fr/services.xlf"

"$charterc" xliff extract --lang fr "$work/p" 2>"$work/extract.txt"
check "extract exits 0" test $? = 0
check "extract writes the file" test -s "$xlf"
check "extracted file is valid XLIFF 2 (xmllint, OASIS core schema)" xmllint --noout --schema "$schema" "$xlf"
check "unit ids come from commitment ids" grep -q '<unit id="email-reply" type="cc:commitment"' "$xlf"
check "facts are protected codes" grep -q 'subType="cc:fact" canCopy="no" canDelete="no"' "$xlf"
check "link addresses stay out of the text" grep -q '<data id="d4">](https://library.example.org/rules)</data>' "$xlf"

"$charterc" build "$work/p" 2>"$work/untranslated.txt"
check "an untranslated file builds" test $? = 0
check "coverage is reported" grep -q '^translations: fr 0.0% translated (0 of 10 units; 0 stale, 10 missing)$' \
  "$work/untranslated.txt"
"$charterc" check "$work/p" --min-translated 95 2>"$work/gate.txt"
check "--min-translated gates the build (exit 1)" test $? = 1
check "the gate names the language" grep -q 'error\[E1006\]: fr is 0.0% translated, below --min-translated 95.0%' \
  "$work/gate.txt"

/usr/bin/python3 "$here/fill_targets.py" "$xlf"
check "filled file is still valid XLIFF 2" xmllint --noout --schema "$schema" "$xlf"
"$charterc" build "$work/p" 2>"$work/translated.txt"
check "translated project builds clean" grep -q '^0 errors, 0 warnings$' "$work/translated.txt"
check "fully translated" grep -q '^translations: fr 100.0% translated (10 of 10 units; 0 stale, 0 missing)$' \
  "$work/translated.txt"
page="$work/p/out/fr/services.html"
check "French edition written" test -s "$page"
check "page in French" grep -q '<html lang="fr" dir="ltr">' "$page"
check "translated commitment under the source's id" grep -q '<li id="email-reply" class="commitment">Nous répondons' "$page"
check "fact formatted in French" grep -q '2 jours ouvrés\|2 jours ouvrables' "$page"
check "link kept through translation" grep -q '<a href="https://library.example.org/rules">règlement du prêt</a>' "$page"
check "owner translated" grep -q '<dd>Services de la bibliothèque</dd>' "$page"
check "alternate for the source" grep -q '<link rel="alternate" hreflang="en" href="../en/services.html">' "$page"
check "x-default alternate" grep -q '<link rel="alternate" hreflang="x-default" href="../en/services.html">' "$page"
check "language switcher names languages in themselves" grep -q 'hreflang="en" lang="en" dir="ltr">English</a>' "$page"
"$charterc" xliff extract --lang fr "$work/p" 2>/dev/null
check "re-extracting keeps the targets" grep -q 'Nous répondons aux courriels' "$xlf"
check "re-extracting keeps the state" grep -q 'state="translated"' "$xlf"

# The source's wording changes: the translation is stale (a warning), and
# the reader sees the English until it is updated.
cp -r "$work/p" "$work/stale"
sed -i 's/We reply to emails within/We answer emails within/' "$work/stale/charters/services.md"
# A stale commitment would withhold French (min-translated); the editors
# publish it anyway, so its page shows the English.
echo "languages: [fr]" >>"$work/stale/charterc.yaml"
"$charterc" build "$work/stale" 2>"$work/stale.txt"
check "stale translation is a warning, not an error" test $? = 0
check "stale unit reported at its target line" \
  grep -q "locales/fr/services.xlf:[0-9]*:[0-9]*: warning\[W1002\]: commitment 'email-reply' was translated from older wording" \
  "$work/stale.txt"
check "stale unit falls back to the source, marked English" \
  grep -q 'lang="en" dir="ltr" class="fallback">We answer emails within' "$work/stale/out/fr/services.html"
check "fallback notice in French" grep -q 'class="fallback-notice" lang="fr" dir="ltr">' "$work/stale/out/fr/services.html"
check "page says how complete it is" grep -q 'class="translation-status" role="note"' "$work/stale/out/fr/services.html"

# A number changes in the source: the translation was made from the older
# wording, so it is stale, not wrong. It is not published (the page shows
# the source's new number, marked English) and it is a warning, so the rest
# of the French edition stays up while the translator catches up.
cp -r "$work/p" "$work/number"
sed -i 's/We answer 90% of phone calls/We answer 95% of phone calls/' "$work/number/charters/services.md"
echo "languages: [fr]" >>"$work/number/charterc.yaml"
"$charterc" build "$work/number" 2>"$work/number.txt"
check "changed source number makes the translation stale (exit 0)" test $? = 0
check "the stale unit is named" grep -q "warning\[W1002\]: commitment 'calls' was translated from older wording" "$work/number.txt"
check "the old number is not published" sh -c "! grep -q '90 %' '$work/number/out/fr/services.html'"
check "the source's new number is shown instead" grep -q 'class="fallback">We answer 95% of phone calls' "$work/number/out/fr/services.html"

# A translator changes a number: an error at the translated line.
cp -r "$work/p" "$work/typo"
sed -i 's/à 90 % des appels/à 80 % des appels/' "$work/typo/locales/fr/services.xlf"
line=$(grep -n 'à 80 % des appels' "$work/typo/locales/fr/services.xlf" | cut -d: -f1)
"$charterc" build "$work/typo" 2>"$work/typo.txt"
check "translated number differing from the source is an error" test $? = 1
check "reported at the translated line" grep -q "services.xlf:$line:[0-9]*: error\[E1001\]" "$work/typo.txt"
check "the wrong edition is not published, the source is" test -s "$work/typo/out/en/services.html"

# A translator deletes a protected fact.
cp -r "$work/p" "$work/lost"
sed -i 's|sous <ph id="1"[^>]*/>|sous deux jours|' "$work/lost/locales/fr/services.xlf"
"$charterc" build "$work/lost" 2>"$work/lost.txt"
check "a lost fact is an error" grep -q "error\[E1005\]: unit 'email-reply': the translation lost the fact {{ reply.email }} (code 1)" "$work/lost.txt"

# Every XLIFF file kept in the repository (the sample's French edition and
# the golden cases') is valid too, but for the golden cases' hostile-*
# files, which are broken on purpose.
repo=$(realpath "$here/../../..")
while IFS= read -r file; do
  check "${file#"$repo"/} is valid XLIFF 2" xmllint --noout --schema "$schema" "$file"
done < <(find "$repo/locales" "$repo/tests/golden" -name '*.xlf' -not -path '*/golden/hostile-*' | sort)

finish
