#!/usr/bin/env bash
# Results files in incremental builds: a build reads data/*.csv as an
# input; editing one makes the "How we did" page again with the new figure
# (explain names the file) and leaves the document pages alone; a build
# with nothing changed writes nothing; a faulty row is reported on every
# build, at its line, while the valid rows stay on the page.
# Usage: results_incremental.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23: fixed "today"
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

p=$work/p
mkdir -p "$p/charters" "$p/data"
cat >"$p/charters/standards.md" <<'MD'
---
title: Desk Standards
type: standards
owner: Library Services
next-review: 2027-09-01
---

- Emails: 95% answered within 2 working days, measured each month. {#email}
MD
printf '%s\n' 'id,period,value' 'email,2026-01,96' 'email,2026-02,93' >"$p/data/results.csv"
build() { (cd "$p" && "$charterc" build . --format html,txt "$@"); }
made() { grep -c "^charterc: making $1" "$2"; }

build >/dev/null 2>"$work/first.txt"
check "the first build is clean" grep -q "^0 errors, 0 warnings" "$work/first.txt"
# Labelled by hand: February 93% misses the 95% target.
check "February is missed" grep -q "<td>93%</td><td>95%</td><td class=\"missed\">missed</td>" "$p/out/en/how-we-did.html"

build >/dev/null 2>"$work/noop.txt"
check "nothing changed: nothing to do" grep -q "^nothing to do" "$work/noop.txt"

sed -i 's/^email,2026-02,93$/email,2026-02,97/' "$p/data/results.csv"
build --explain >/dev/null 2>"$work/edit.txt"
check "the page is made again, naming the file" grep -q "^charterc: making en/how-we-did.html: .*data/results.csv" "$work/edit.txt"
check "the document's page is not" test "$(made 'en/standards\.' "$work/edit.txt")" = "0"
check "the new figure is met" grep -q "<td>97%</td><td>95%</td><td class=\"met\">met</td>" "$p/out/en/how-we-did.html"

echo 'email,2026-03,n/a' >>"$p/data/results.csv"
build >/dev/null 2>"$work/fault.txt"
check "the faulty row is reported at its line" grep -q "^data/results.csv:4:15: error\[E1105\]" "$work/fault.txt"
build >/dev/null 2>"$work/again.txt"
check "and again on a build with nothing changed" grep -q "^data/results.csv:4:15: error\[E1105\]" "$work/again.txt"
check "the valid rows stay on the page" grep -q "<td>97%</td>" "$p/out/en/how-we-did.html"

# A file charterc cannot use at all (its header names no value column) is
# still an input of the "How we did" pages alone: editing it leaves the
# document pages alone.
printf '%s\n' 'id,period,amount' 'email,2026-01,96' >"$p/data/results.csv"
build >/dev/null 2>"$work/broken.txt"
check "an unusable file is reported" grep -q "^data/results.csv:1:1: error\[E1101\]" "$work/broken.txt"
echo 'email,2026-02,97' >>"$p/data/results.csv"
build --explain >/dev/null 2>"$work/broken-edit.txt"
check "editing it makes the page again" grep -q "^charterc: making en/how-we-did.html" "$work/broken-edit.txt"
check "and not the document's page" test "$(made 'en/standards\.' "$work/broken-edit.txt")" = "0"
finish
