#!/usr/bin/env bash
# Builds the sample project (charters/ at the repository root) and runs the
# Nu Html Checker on every page it writes and on every golden page: zero
# errors allowed. The sample project must also build with no diagnostics.
# Usage: nu_html_checker.sh CHARTERC REPO_ROOT
set -uo pipefail
# "Today" is pinned (reproducible-builds convention), so review-date
# warnings do not appear in the expected output as the calendar moves on.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
charterc=$1
root=$2
vnu="$root/tests/tools/node_modules/vnu-jar/build/dist/vnu.jar"
[ -f "$vnu" ] || { echo "vnu.jar missing: run 'bash scripts/dev.sh test' (it runs npm ci in tests/tools)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$charterc" build "$root" -o "$work/out" --bilingual cy,en 2>"$work/stderr.txt"
code=$?
cat "$work/stderr.txt"
[ $code = 0 ] || { echo "sample build failed with exit code $code"; exit 1; }
grep -q "^0 errors, 0 warnings$" "$work/stderr.txt" || { echo "sample build is not clean"; exit 1; }

# Fragments are not documents (no doctype, no title): e2e/fragment-isolation
# checks them inside a host page.
# Golden pages are those of expected/out/: a case's project may hold HTML
# that is not charterc's (paths-output-not-owned keeps a foreign page).
mapfile -t pages < <({ find "$work/out" -name '*.html'; find "$root/tests/golden" -name '*.html' -path '*/expected/out/*'; } |
                       grep -v '/fragments/' | sort)
echo "checking ${#pages[@]} pages with the Nu Html Checker"
[ ${#pages[@]} -gt 0 ] || { echo "no pages to check"; exit 1; }
java -jar "$vnu" --errors-only --format text "${pages[@]}" || { echo "Nu Html Checker reported errors"; exit 1; }
echo "Nu Html Checker: no errors in ${#pages[@]} pages"
