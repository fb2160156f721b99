#!/usr/bin/env bash
# Real translator tooling on charterc's files (issue 14, item 7):
#  - the npm package `xliff` (xliff2js/js2xliff, used by web i18n stacks)
#    reads an extracted file, a script fills the targets and writes it
#    back, and charterc publishes the translation;
#  - translate-toolkit's pofilter finds nothing but untranslated units in an
#    exported PO file;
#  - after a source change, charterc's PO update agrees with gettext's
#    `msgmerge --previous` on what each entry becomes.
# Usage: translator_tools.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/../check.sh"

# npm xliff: extract, fill with xliff2js/js2xliff, build.
cp -r "$here/project" "$work/npm"
"$charterc" xliff extract -q --lang fr "$work/npm"
node "$here/fill_with_npm_xliff.mjs" "$work/npm/locales/fr/services.xlf"
check "js2xliff wrote the targets" grep -q '<target>Nous répondons aux courriels sous' "$work/npm/locales/fr/services.xlf"
check "js2xliff dropped the segment states" bash -c "! grep -q 'state=' '$work/npm/locales/fr/services.xlf'"
"$charterc" build "$work/npm" 2>"$work/npm.txt"
check "the file js2xliff wrote builds clean" grep -q '^0 errors, 0 warnings$' "$work/npm.txt"
check "every unit is published" \
  grep -q '^translations: fr 100.0% translated (10 of 10 units; 0 stale, 0 missing)$' "$work/npm.txt"
page="$work/npm/out/fr/services.html"
check "the commitment is in French, fact formatted" \
  grep -q '<li id="email-reply" class="commitment">Nous répondons aux courriels sous <span class="fact" data-fact="reply.email">2 jours ouvr' "$page"
check "the link keeps its address though js2xliff dropped originalData" \
  grep -q '<a href="https://library.example.org/rules">règlement du prêt</a>' "$page"
check "indentation js2xliff added inside the target is not published" \
  grep -q 'jusqu’à <strong>20 documents</strong> à la fois\. <a class="permalink"' "$page"
"$charterc" xliff extract -q --lang fr "$work/npm"
"$charterc" check "$work/npm" 2>"$work/npm-again.txt"
check "re-extracting the js2xliff file keeps every translation published" \
  grep -q '^translations: fr 100.0% translated (10 of 10 units; 0 stale, 0 missing)$' "$work/npm-again.txt"

# pofilter on a freshly exported file: every finding is "untranslated".
cp -r "$here/project" "$work/pofilter"
"$charterc" po export -q --lang fr "$work/pofilter"
pofilter --progress=none -i "$work/pofilter/locales/fr/services.po" -o "$work/pofilter.po" 2>"$work/pofilter.err"
check "pofilter ran" test -s "$work/pofilter.po"
check "pofilter flags each unit as untranslated" test "$(grep -c '^# (pofilter) untranslated:' "$work/pofilter.po")" = 10
check "pofilter finds nothing else" bash -c "! grep '^# (pofilter)' '$work/pofilter.po' | grep -v '^# (pofilter) untranslated:'"

# msgmerge --previous against charterc's update after a source change.
cp -r "$here/project" "$work/merge"
"$charterc" po export -q --lang fr "$work/merge"
po="$work/merge/locales/fr/services.po"
msgen --no-wrap -o "$po" "$po"
msgfilter --keep-header --no-wrap -i "$po" -o "$po" sed -f "$here/french.sed"
cp "$po" "$work/old.po"
# A wording change (a renamed id is left out: msgmerge would fuzzy-match
# the renamed unit to the old entry, charterc keeps it as obsolete).
sed -i 's/We reply to emails within/We answer emails within/' "$work/merge/charters/services.md"
cp -r "$work/merge" "$work/template"
rm -r "$work/template/locales"
"$charterc" po export -q --lang fr "$work/template"  # the new POT: every entry untranslated
"$charterc" po export -q --lang fr "$work/merge"     # charterc's update of the old file
msgmerge --quiet --previous --no-wrap -o "$work/msgmerge.po" "$work/old.po" "$work/template/locales/fr/services.po"
# Each file as lines "context | fuzzy | previous msgid | msgstr", obsolete entries included.
entries() {
  /usr/bin/python3 - "$1" <<'PY'
import sys
from translate.storage import po
for unit in po.pofile.parsefile(sys.argv[1]).units:
    if unit.isheader():
        continue
    previous = "".join(unit.prev_source.strings) if hasattr(unit.prev_source, "strings") else unit.prev_source
    print(f"{unit.getcontext()} | obsolete={unit.isobsolete()} | fuzzy={unit.isfuzzy()} | {previous or ''} | {unit.target}")
PY
}
entries "$work/msgmerge.po" | sort >"$work/msgmerge.txt"
entries "$po" | sort >"$work/charterc.txt"
check "msgmerge and charterc agree on every entry (fuzzy flag, #| msgid, msgstr)" \
  diff -u "$work/msgmerge.txt" "$work/charterc.txt"
check "the changed entry is fuzzy with the old wording in both" \
  grep -q '^email-reply | obsolete=False | fuzzy=True | We reply to emails within {{ reply.email }}. | Nous répondons' \
  "$work/charterc.txt"

finish
