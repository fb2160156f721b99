#!/usr/bin/env bash
# Builds the sample project (charters/ at the repository root), the golden
# six-language case (en, cy, fr, es, Arabic right to left, Chinese), HTML
# and bilingual cy/en pages, and the golden adoption case with its internal
# report (vague and incomplete promises, findings listed), and runs axe-core in Debian's headless Chromium
# on every page they write, at 1280x800 and at 320x256 (WCAG 1.4.10 reflow:
# 400% zoom of 1280 px), where no page may scroll sideways either. Zero
# violations allowed. axe-core and playwright-core come from npm
# (tests/tools); the browser is Debian's, never a downloaded one.
# Usage: axe.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
# No PDFs here: with no browser for it charterc only notes N0803.
export CHARTERC_CHROMIUM=/nonexistent
charterc=$(realpath "$1")
root=$(realpath "$2")
here=$(dirname "$(realpath "$0")")
chromium=${CHARTERC_TEST_CHROMIUM:-/usr/bin/chromium}
for module in axe-core playwright-core; do
  [ -d "$root/tests/tools/node_modules/$module" ] ||
    { echo "$module missing: run 'bash scripts/dev.sh test' (it runs npm ci in tests/tools)"; exit 1; }
done
[ -x "$chromium" ] || { echo "Chromium missing at $chromium: apt-get install chromium"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$charterc" build "$root" -o "$work/sample" --bilingual cy,en --format html 2>"$work/sample.txt"
code=$?
[ $code = 0 ] || { cat "$work/sample.txt"; echo "sample build failed with exit code $code"; exit 1; }
cp -r "$root/tests/golden/locales/project" "$work/locales"
"$charterc" build "$work/locales" -o "$work/locales-out" --bilingual cy,en --format html 2>"$work/locales.txt"
code=$?
[ $code = 0 ] || { cat "$work/locales.txt"; echo "locales build failed with exit code $code"; exit 1; }

cp -r "$root/tests/golden/adoption/project" "$work/adoption"
# Its charter has quality errors (exit 1); every page is still written.
"$charterc" build "$work/adoption" -o "$work/adoption-out" --format html,report 2>"$work/adoption.txt"
[ -s "$work/adoption-out/report/index.html" ] || { cat "$work/adoption.txt"; echo "no report written"; exit 1; }

# Fragments are not pages: e2e/fragment-isolation checks them inside a host page.
mapfile -t pages < <(find "$work/sample" "$work/locales-out" "$work/adoption-out" -name '*.html' \
                       -not -path '*/fragments/*' | sort)
echo "checking ${#pages[@]} pages with axe-core at 1280x800 and 320x256"
[ ${#pages[@]} -gt 0 ] || { echo "no pages to check"; exit 1; }
CHARTERC_TEST_CHROMIUM=$chromium node "$here/axe_check.mjs" "$work" "${pages[@]}"
