#!/usr/bin/env bash
# PDFs of the sample project and of the six-language project, printed by
# the machine's Chromium and checked with poppler's tools, as an auditor
# would: pdfinfo (tagged, title, language metadata, A4), pdffonts (every
# font embedded), pdftotext (each document's commitments in reading order,
# Arabic and Chinese in logical order, the localised page footer), and a
# second build giving byte-identical files.
# Usage: pdf.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
unset CHARTERC_CHROMIUM
charterc=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

command -v pdfinfo >/dev/null || { echo "poppler-utils missing: run 'bash scripts/dev.sh test'"; exit 1; }
command -v chromium >/dev/null || { echo "chromium missing: run 'bash scripts/dev.sh test'"; exit 1; }

build() {  # build PROJECT OUT ARGS...
  local project=$1 out=$2
  shift 2
  "$charterc" build "$project" -o "$out" "$@" 2>"$work/stderr.txt"
  local code=$?
  cat "$work/stderr.txt"
  [ $code = 0 ] || fail "build of $project exited with $code"
  grep -q "^0 errors, 0 warnings$" "$work/stderr.txt" || fail "build of $project is not clean"
}

start=$(date +%s%N)
build "$root" "$work/sample" --format pdf,large-print,json -j 3  # three tabs at once
end=$(date +%s%N)
cp -r "$root/tests/golden/locales/project" "$work/locales"
build "$work/locales" "$work/langs" --format pdf,json

mapfile -t pdfs < <(find "$work/sample" "$work/langs" -name '*.pdf' | sort)
echo "checking ${#pdfs[@]} PDFs (sample build: $(( (end - start) / 1000000 )) ms)"
[ ${#pdfs[@]} -ge 20 ] || fail "expected at least 20 PDFs, found ${#pdfs[@]}"

for pdf in "${pdfs[@]}"; do
  name=${pdf#"$work"/}
  info=$(pdfinfo -meta "$pdf" 2>&1; pdfinfo "$pdf" 2>&1)
  grep -q "^Tagged: *yes" <<<"$info" || fail "$name is not tagged"
  grep -q "^Title: *[^ ]" <<<"$info" || fail "$name has no title"
  grep -q "^Page size:.*(A4)" <<<"$info" || fail "$name is not A4"
  grep -q "<dc:language>" <<<"$info" || fail "$name has no dc:language in its XMP"
  grep -q "^Producer:.*qpdf" <<<"$info" || fail "$name did not go through the qpdf post-pass"
  lang=$(basename "$(dirname "$pdf")")
  grep -aq "/Lang ($lang)" "$pdf" || fail "$name does not state /Lang ($lang)"
  not_embedded=$(pdffonts "$pdf" | tail -n +3 | awk '$(NF-4) != "yes"')
  [ -z "$not_embedded" ] || fail "$name has fonts that are not embedded: $not_embedded"
done

# Reading order: every commitment of every document, as commitments.json
# lists it, appears in the text of its PDF in the same order.
python3 - "$work/sample" "$work/langs" <<'PY' || failures=$((failures + 1))
import json, subprocess, sys, unicodedata

def normalised(text):
    return " ".join(unicodedata.normalize("NFKC", text).split())

bad = 0
checked = 0
for out in sys.argv[1:]:
    data = json.load(open(f"{out}/commitments.json", encoding="utf-8"))
    by_doc = {}
    for c in data["commitments"]:
        # Every language's commitments (commitments.json has translations'
        # since version 2), except translations into right-to-left scripts,
        # whose text pdftotext gives in an order of its own.
        if c["translation"] is None or c["lang"].split("-")[0] not in ("ar", "he", "fa", "ur"):
            by_doc.setdefault((c["lang"], c["document"]), []).append(c)
    for (lang, doc), commitments in sorted(by_doc.items()):
        pdf = f"{out}/{lang}/{doc}.pdf"
        text = normalised(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
        position = 0
        for c in commitments:
            # The opening words, up to the first number (facts are
            # formatted, and digits of other scripts extract differently).
            words = []
            for word in normalised(c["text"]).split():
                if any(ch.isdigit() for ch in word):
                    break
                words.append(word)
            words = words[:4]
            needle = " ".join(words)
            found = text.find(needle, position)
            checked += 1
            if found < 0:
                print(f"FAIL: {lang}/{doc}.pdf: commitment {c['id']} ({needle!r}) missing or out of order")
                bad += 1
            else:
                position = found + len(needle)
print(f"reading order: {checked} commitments checked, {bad} problems")
sys.exit(1 if bad else 0)
PY

# Right-to-left and CJK text comes out in logical order, and the footer
# is in the document's language and digits.
expect_text() {  # expect_text PDF TEXT (pdftotext's bidi marks and line breaks ignored)
  pdftotext "$1" - | python3 -c '
import sys, unicodedata
text = "".join(c for c in sys.stdin.read() if unicodedata.category(c) != "Cf")
sys.exit(0 if sys.argv[1] in " ".join(text.split()) else 1)' "$2" || fail "${1#"$work"/} lacks \"$2\""
}
expect_text "$work/sample/ar/care-statement.pdf" "في نقاط الخدمة"
# The footer's words and Arabic-Indic digits (pdftotext orders a line
# mixing digit and letter runs by its own heuristics, so not their order).
expect_text "$work/sample/ar/care-statement.pdf" "الصفحة"
pdftotext -f 1 -l 1 "$work/sample/ar/care-statement.pdf" - | grep -v '^[[:space:]]*$' | tail -1 | grep -q "١" ||
  fail "the Arabic footer does not count in Arabic-Indic digits"
expect_text "$work/sample/en-GB/charter.pdf" "Page 1 of"
expect_text "$work/sample/cy/charter.pdf" "Tudalen 1 o"
expect_text "$work/langs/zh-Hans/promises.pdf" "第1页"

# Large print is larger: more pages than the regular edition.
regular=$(pdfinfo "$work/sample/en-GB/charter.pdf" | awk '/^Pages:/ {print $2}')
large=$(pdfinfo "$work/sample/en-GB/charter.large-print.pdf" | awk '/^Pages:/ {print $2}')
[ "$large" -gt "$regular" ] || fail "large print has $large pages, regular $regular"

# Reproducible: a second build, printing one page at a time in one tab,
# writes the same bytes as three tabs did. It makes the pages too, which
# link both PDFs with their sizes (docs/web-teams.md).
"$charterc" build "$root" -o "$work/again" --format html,pdf,large-print -j 1 2>/dev/null
for pdf in $(cd "$work/sample" && find . -name '*.pdf'); do
  cmp -s "$work/sample/$pdf" "$work/again/$pdf" || fail "$pdf differs between two builds"
done
page=$work/again/en-GB/charter.html
for pdf in charter.pdf charter.large-print.pdf; do
  kb=$(( ($(stat -c %s "$work/again/en-GB/$pdf") + 500) / 1000 ))
  grep -q "href=\"$pdf\" type=\"application/pdf\">[^<]*($kb kB)" "$page" || fail "$page does not link $pdf with its size ($kb kB)"
done
grep -q 'charter.pdf' "$work/again/manifest.json" || fail "the manifest does not list the PDFs"

[ $failures = 0 ] && echo "PDF checks: ${#pdfs[@]} PDFs, no problems"
exit $((failures > 0))
