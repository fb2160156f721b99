#!/usr/bin/env bash
# No translation is lost between formats (issue 14, item 1): a finished PO
# translation survives an XLIFF extraction and the other way round, two
# files of one language merge when they agree and are refused (E1009) when
# they do not, and `translations convert` moves a language from one format
# to the other with every translation and state. Also: re-extracting XLIFF
# after a source change keeps the previous translation as a translation
# candidate (mtc:match), and translation-state: reviewed.
# Usage: carry.sh CHARTERC SCHEMA_DIR
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
schema=$(realpath "$2")/xliff_core_2.0.xsd
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/../check.sh"
complete='^translations: fr 100.0% translated (10 of 10 units; 0 stale, 0 missing)$'

# A finished PO translation, as po.sh makes it with gettext's tools.
cp -r "$here/project" "$work/po"
"$charterc" po export -q --lang fr "$work/po"
po="$work/po/locales/fr/services.po"
msgen --no-wrap -o "$po" "$po"
msgfilter --keep-header --no-wrap -i "$po" -o "$po" sed -f "$here/french.sed"

# Order 1: PO translated, then XLIFF extracted.
cp -r "$work/po" "$work/po-then-xliff"
"$charterc" xliff extract --lang fr "$work/po-then-xliff" 2>"$work/po-then-xliff.txt"
check "PO then XLIFF: extract exits 0" test $? = 0
xlf="$work/po-then-xliff/locales/fr/services.xlf"
check "PO then XLIFF: the new XLIFF file carries the PO translations" grep -q 'Nous répondons aux courriels' "$xlf"
check "PO then XLIFF: carried targets are translated" test "$(grep -c 'state="translated"' "$xlf")" = 10
check "PO then XLIFF: the file is valid XLIFF 2" xmllint --noout --schema "$schema" "$xlf"
"$charterc" build "$work/po-then-xliff" 2>"$work/po-then-xliff-build.txt"
check "PO then XLIFF: builds clean (the two files agree)" grep -q '^0 errors, 0 warnings$' "$work/po-then-xliff-build.txt"
check "PO then XLIFF: nothing is lost" grep -q "$complete" "$work/po-then-xliff-build.txt"
check "PO then XLIFF: the French page is in French" \
  grep -q '<li id="email-reply" class="commitment">Nous répondons' "$work/po-then-xliff/out/fr/services.html"

# Order 2: XLIFF translated, then PO exported.
cp -r "$here/project" "$work/xliff-then-po"
"$charterc" xliff extract -q --lang fr "$work/xliff-then-po"
/usr/bin/python3 "$here/fill_targets.py" "$work/xliff-then-po/locales/fr/services.xlf"
"$charterc" po export --lang fr "$work/xliff-then-po" 2>"$work/xliff-then-po.txt"
check "XLIFF then PO: export exits 0" test $? = 0
po2="$work/xliff-then-po/locales/fr/services.po"
check "XLIFF then PO: the PO file carries the XLIFF translations" \
  grep -q '^msgstr "Nous répondons aux courriels sous {{ reply.email }}."$' "$po2"
check "XLIFF then PO: links are carried as Markdown" \
  bash -c "msgcat --no-wrap '$po2' | grep -q '\[règlement du prêt\](https://library.example.org/rules)'"
check "XLIFF then PO: nothing carried is fuzzy" bash -c "! grep -q '^#, fuzzy' '$po2'"
check "XLIFF then PO: passes msgfmt --check" msgfmt --check -o /dev/null "$po2"
"$charterc" build "$work/xliff-then-po" 2>"$work/xliff-then-po-build.txt"
check "XLIFF then PO: builds clean" grep -q '^0 errors, 0 warnings$' "$work/xliff-then-po-build.txt"
check "XLIFF then PO: nothing is lost" grep -q "$complete" "$work/xliff-then-po-build.txt"

# The two files disagree on one unit: an error naming both files and the
# unit, and the French edition is not published.
cp -r "$work/xliff-then-po" "$work/conflict"
sed -i 's/^msgstr "Réponses"$/msgstr "Nos réponses"/' "$work/conflict/locales/fr/services.po"
rm -rf "$work/conflict/out"
"$charterc" build "$work/conflict" 2>"$work/conflict.txt"
check "conflict: exit 1" test $? = 1
check "conflict: E1009 names the unit and both files" \
  grep -q "locales/fr/services.po:[0-9]*:[0-9]*: error\[E1009\]: unit 'replies' is translated differently here and in .*locales/fr/services.xlf:[0-9]*" \
  "$work/conflict.txt"
check "conflict: only the differing unit is reported" test "$(grep -c 'E1009' "$work/conflict.txt")" = 1
check "conflict: the French edition is not written" test ! -e "$work/conflict/out/fr/services.html"
check "conflict: the source is still published" test -s "$work/conflict/out/en/services.html"
before=$(md5sum <"$work/conflict/locales/fr/services.xlf")
"$charterc" xliff extract --lang fr "$work/conflict" 2>"$work/conflict-extract.txt"
check "conflict: extract refuses (exit 1)" test $? = 1
check "conflict: and says which file it does not write" \
  grep -q "charterc: error: not writing locales/fr/services.xlf: the translation files of this document disagree" \
  "$work/conflict-extract.txt"
check "conflict: the XLIFF file is untouched" test "$(md5sum <"$work/conflict/locales/fr/services.xlf")" = "$before"

# Convert the language to PO: one file remains, with every translation.
cp -r "$work/xliff-then-po" "$work/to-po"
rm "$work/to-po/locales/fr/services.po"
sed -i '0,/state="translated"/s//state="initial"/' "$work/to-po/locales/fr/services.xlf"
"$charterc" translations convert --lang fr --to po "$work/to-po" 2>"$work/to-po.txt"
check "convert to PO: exit 0" test $? = 0
check "convert to PO: says what it wrote and removed" \
  grep -q '^removed locales/fr/services.xlf (its translations are in locales/fr/services.po)$' "$work/to-po.txt"
check "convert to PO: the XLIFF file is gone" test ! -e "$work/to-po/locales/fr/services.xlf"
check "convert to PO: an unconfirmed segment becomes a fuzzy entry" \
  test "$(grep -c '^#, fuzzy' "$work/to-po/locales/fr/services.po")" = 1
"$charterc" check "$work/to-po" 2>"$work/to-po-check.txt"
check "convert to PO: 9 confirmed, 1 stale" \
  grep -q '^translations: fr 90.0% translated (9 of 10 units; 1 stale, 0 missing)$' "$work/to-po-check.txt"
"$charterc" translations convert --lang fr --to xliff "$work/to-po" 2>"$work/back.txt"
check "convert back to XLIFF: exit 0" test $? = 0
check "convert back to XLIFF: the PO file is gone" test ! -e "$work/to-po/locales/fr/services.po"
check "convert back to XLIFF: valid XLIFF 2" xmllint --noout --schema "$schema" "$work/to-po/locales/fr/services.xlf"
"$charterc" check "$work/to-po" 2>"$work/back-check.txt"
check "convert back to XLIFF: the same translations and states" \
  grep -q '^translations: fr 90.0% translated (9 of 10 units; 1 stale, 0 missing)$' "$work/back-check.txt"

# Re-extracting after a source change: the previous translation becomes a
# translation candidate, the segment goes back to initial without a target.
cp -r "$work/xliff-then-po" "$work/changed"
rm "$work/changed/locales/fr/services.po"
sed -i 's/We reply to emails within/We answer emails within/' "$work/changed/charters/services.md"
"$charterc" xliff extract -q --lang fr "$work/changed"
xlf="$work/changed/locales/fr/services.xlf"
check "changed source: still valid XLIFF 2" xmllint --noout --schema "$schema" "$xlf"
unit=$(sed -n '/<unit id="email-reply"/,/<\/unit>/p' "$xlf")
check "changed source: the candidate is in the Translation Candidates module" \
  grep -q '<mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0">' <<<"$unit"
check "changed source: the match points at the segment" grep -q '<mtc:match ref="#s1" ' <<<"$unit"
check "changed source: the segment has that id and is initial" grep -q '<segment id="s1" state="initial">' <<<"$unit"
check "changed source: the match holds the old source" grep -q '<source>We reply to emails within' <<<"$unit"
check "changed source: and the old target" grep -q '<target>Nous répondons aux courriels' <<<"$unit"
check "changed source: the segment has no target" \
  test "$(sed -n '/<segment/,/<\/segment>/p' <<<"$unit" | grep -c '<target')" = 0
"$charterc" check "$work/changed" 2>"$work/changed.txt"
check "changed source: the candidate is not published (stale)" \
  grep -q '^translations: fr 90.0% translated (9 of 10 units; 1 stale, 0 missing)$' "$work/changed.txt"
"$charterc" po export -q --lang fr "$work/changed"
check "changed source: the candidate reaches PO as fuzzy with the old wording" \
  grep -q '^#| msgid "We reply to emails within {{ reply.email }}."$' "$work/changed/locales/fr/services.po"

# A unit the source no longer has: extraction would lose its translation.
cp -r "$work/xliff-then-po" "$work/gone"
rm "$work/gone/locales/fr/services.po"
sed -i 's/{#calls}/{#phone-calls}/' "$work/gone/charters/services.md"
"$charterc" xliff extract --lang fr "$work/gone" 2>"$work/gone.txt"
check "gone unit: extract refuses (exit 1)" test $? = 1
check "gone unit: names the file and the unit" \
  grep -q "not writing locales/fr/services.xlf: locales/fr/services.xlf would lose the translations of 'calls'" "$work/gone.txt"
"$charterc" xliff extract -q --force --lang fr "$work/gone"
check "gone unit: --force writes it" grep -q '<unit id="phone-calls"' "$work/gone/locales/fr/services.xlf"

# translation-state: reviewed publishes only reviewed or final segments.
cp -r "$work/xliff-then-po" "$work/reviewed"
rm "$work/reviewed/locales/fr/services.po"
printf 'translation-state: reviewed\n' >>"$work/reviewed/charterc.yaml"
sed -i '0,/state="translated"/s//state="reviewed"/' "$work/reviewed/locales/fr/services.xlf"
"$charterc" check "$work/reviewed" 2>"$work/reviewed.txt"
check "reviewed required: only the reviewed segment counts" \
  grep -q '^translations: fr 10.0% translated (1 of 10 units; 9 stale, 0 missing)$' "$work/reviewed.txt"

finish
