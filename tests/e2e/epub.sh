#!/usr/bin/env bash
# Builds the sample project and the golden locales case (six languages,
# Arabic right to left, Chinese) and checks every EPUB the way an e-book
# auditor does: epubcheck with zero errors and zero warnings, then the
# package details epubcheck does not insist on (accessibility metadata,
# page progression, stored mimetype first) and byte-for-byte reproducibility.
# Usage: epub.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
charterc=$(realpath "$1")
root=$(realpath "$2")
here=$(dirname "$(realpath "$0")")
epubcheck_jar=/usr/share/java/epubcheck.jar
[ -f "$epubcheck_jar" ] || { echo "epubcheck missing: run 'bash scripts/dev.sh test' (it installs Debian's epubcheck)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/check.sh"

"$charterc" build "$root" -o "$work/sample" --format epub -q
check "sample builds its books" test $? = 0
cp -r "$root/tests/golden/locales/project" "$work/locales"
"$charterc" build "$work/locales" -o "$work/locales-out" --format epub -q
# Every book of the sample; of the six-language case, each language's
# collection (the same chapters as its single-document books).
mapfile -t books < <( (find "$work/sample" -name '*.epub'; find "$work/locales-out" -name 'documents.epub') | sort)
check "a book per document and language, and one per language with all" test "${#books[@]}" = 19

# epubcheck is a Java program: two at a time keeps both cores busy.
printf '%s\0' "${books[@]}" |
  xargs -0 -P 2 -I{} sh -c 'java -jar "$0" "$1" >"$1.log" 2>&1 || true' "$epubcheck_jar" {}
# (the logs sit beside the books; the reproducibility check below skips them)
for book in "${books[@]}"; do
  name=${book#"$work"/}
  if grep -q '^No errors or warnings detected\.$' "$book.log"; then
    passed=$((passed + 1))
  else
    echo "FAILED: epubcheck on $name"
    cat "$book.log"
    failed=$((failed + 1))
  fi
done

# The lending policy shows the library's logo (an SVG): the book packs it
# and lists it with its media type (epubcheck above checks the rest).
unzip -p "$work/sample/en-GB/lending-policy.epub" EPUB/package.opf >"$work/policy.opf"
check "the book lists its image as SVG" \
  grep -q 'href="images/library-logo-[0-9a-f]\{16\}\.svg" media-type="image/svg+xml"' "$work/policy.opf"
check "a book with images says they are there to see" grep -q '<meta property="schema:accessMode">visual</meta>' "$work/policy.opf"
check "and that they have alt text" grep -q '<meta property="schema:accessibilityFeature">alternativeText</meta>' "$work/policy.opf"
charter="$work/sample/en-GB/charter.epub"
check "mimetype is the first entry, stored" bash -c "unzip -v '$charter' | sed -n 4p | grep -q 'Stored.*mimetype$'"
unzip -p "$charter" EPUB/package.opf >"$work/charter.opf"
for property in accessMode accessModeSufficient accessibilityFeature accessibilityHazard accessibilitySummary; do
  check "package declares schema:$property" grep -q "<meta property=\"schema:$property\">" "$work/charter.opf"
done
check "the shipped theme's book claims EPUB Accessibility 1.1 / WCAG 2.2 AA" \
  grep -q '<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>' "$work/charter.opf"
check "the claim names who checked it" grep -q '<meta property="a11y:certifiedBy">charterc .* test suite</meta>' "$work/charter.opf"
# A project's own stylesheet was never checked by this suite: no claim.
cp -r "$root/tests/golden/locales/project" "$work/own-theme"
mkdir -p "$work/own-theme/themes/default"
{ cat "$root/themes/default/charterc.css"; echo "body { letter-spacing: 0.01em; }"; } >"$work/own-theme/themes/default/charterc.css"
"$charterc" build "$work/own-theme" -o "$work/own-theme-out" --format epub -q
check "a project's own theme makes no conformance claim" \
  bash -c "! unzip -p '$work/own-theme-out/en/promises.epub' EPUB/package.opf | grep -q conformsTo"
check "modified date is the pinned build time" \
  grep -q '<meta property="dcterms:modified">2026-11-23T00:00:00Z</meta>' "$work/charter.opf"
unzip -p "$work/sample/ar/care-statement.epub" EPUB/package.opf >"$work/ar.opf"
check "Arabic book progresses right to left" grep -q '<spine page-progression-direction="rtl">' "$work/ar.opf"
check "Arabic book declares its language" grep -q '<dc:language>ar</dc:language>' "$work/ar.opf"
unzip -p "$charter" EPUB/nav.xhtml >"$work/nav.xhtml"
check "navigation lists the headings" grep -q 'href="charter.xhtml#contact"' "$work/nav.xhtml"
unzip -p "$work/sample/en-GB/documents.epub" EPUB/charter.xhtml >"$work/chapter.xhtml"
check "links between documents of one book stay inside it" grep -q 'href="standards.xhtml' "$work/chapter.xhtml"

"$charterc" build "$root" -o "$work/again" --format epub -q
check "the same input gives the same bytes" diff -r -x '*.log' -x .charterc "$work/sample" "$work/again"

finish
