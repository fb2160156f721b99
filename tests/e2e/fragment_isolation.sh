#!/usr/bin/env bash
# Builds the sample project and embeds its English charter and Arabic
# (right-to-left) care statement fragments in host pages in Debian's
# headless Chromium: a hostile host stylesheet changes nothing in the
# fragment, the fragment's stylesheet changes nothing in the host page, and
# axe-core finds no WCAG violation in a host page holding it
# (fragment_isolation.mjs says how).
# Usage: fragment_isolation.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
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
"$charterc" build "$root" -o "$work/out" --format html -q || { echo "sample build failed"; exit 1; }
CHARTERC_TEST_CHROMIUM=$chromium node "$here/fragment_isolation.mjs" "$work/out" \
  en-GB/charter.html ar/care-statement.html cy/charter.html
