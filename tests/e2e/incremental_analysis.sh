#!/usr/bin/env bash
# The analysis side of an incremental build (analysis/reading_cache.h):
# after a one-word edit only the edited file is read afresh; after a fact
# change exactly the files whose promises use it; the findings and the
# outputs are those of a clean build every time; a damaged cache, or one
# written by another charterc binary, is not used.
# Counted with -v's "analyse: N of M files read afresh" line, not with time.
# Usage: incremental_analysis.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23: fixed "today"
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

# Test material, written for this test: four documents; lending and
# renewals promise something in loan.days (lending also in French), hours
# and letters do not use it; letters has a vague promise (E0901). No two
# texts are the same: a reading shared by two files is computed once.
p=$work/p
mkdir -p "$p/charters"
cat >"$p/charters/facts.yaml" <<'YAML'
loan.days: {value: 21, unit: day, label: "Standard loan"}
reply.days: {value: 3, unit: working-day, label: "Reply to letters"}
YAML
for doc in lending:lend:borrow renewals:renew:renew; do
  IFS=: read -r name verb what <<<"$doc"
  cat >"$p/charters/$name.md" <<MD
---
title: ${name^} Promises
type: charter
owner: Library Services
next-review: 2027-09-01
---

## Borrowing

We set out here what you can expect when you $what from us.

- We $verb books for {{ loan.days }}. {#loan-$name}
MD
done
cat >"$p/charters/lending.fr.md" <<'MD'
---
title: Promesses de prêt
---

## Emprunter

Nous décrivons ici ce que vous pouvez attendre quand vous empruntez.

- Nous prêtons les livres pour {{ loan.days }}. {#loan-lending}
MD
cat >"$p/charters/hours.md" <<'MD'
---
title: Opening Hours
type: charter
owner: Library Services
next-review: 2027-09-01
---

## Visiting

We are open six days a week, and we say here what that means for you.

- We open the doors at 9:00 on weekdays, within 5 minutes. {#doors}
MD
cat >"$p/charters/letters.md" <<'MD'
---
title: Letters
type: charter
owner: Library Services
next-review: 2027-09-01
---

## Writing to us

- We reply to letters within {{ reply.days }}. {#letters}
- Our staff are friendly and helpful. {#friendly}
MD
build() { (cd "$p" && "$charterc" build . --format html,txt,json -v "$@"); }
afresh() { grep -o "^analyse: [0-9]* of [0-9]* files read afresh" "$1"; }
# The findings as printed, without lines that differ between two folders
# or two runs (times, the folder, the cache's counts).
findings() { grep -v "^time:\|^analyse:\|^wrote \|^nothing to do" "$1"; }
# A clean build of the project as it is now, in a folder of its own.
clean_build() {
  rm -rf "$work/clean"
  (cd "$p" && "$charterc" build . --format html,txt,json -o "$work/clean") >/dev/null 2>"$work/clean.txt"
}
same_as_clean() {  # NAME LOG
  clean_build
  check "$1: the findings are a clean build's" diff <(findings "$2") <(findings "$work/clean.txt")
  check "$1: the outputs are a clean build's" diff -r -x .charterc "$p/out" "$work/clean"
}

build >/dev/null 2>"$work/first.txt"
check "the first build reads every file (4 documents, 1 translation)" \
  test "$(afresh "$work/first.txt")" = "analyse: 5 of 5 files read afresh"
check "the first build reports the vague promise" grep -q "error\[E0901\]" "$work/first.txt"
check "the reading cache is written" test -s "$p/out/.charterc/readings"

# One word of one document's prose: that document alone.
sed -i 's/what that means/what this means/' "$p/charters/hours.md"
build >/dev/null 2>"$work/edit.txt"
check "a one-word edit reads only that document afresh" \
  test "$(afresh "$work/edit.txt")" = "analyse: 1 of 5 files read afresh"
same_as_clean "after an edit" "$work/edit.txt"

# One fact: exactly the files whose promises use it (two sources, one translation).
sed -i 's/value: 21/value: 28/' "$p/charters/facts.yaml"
build >/dev/null 2>"$work/fact.txt"
check "a fact change reads exactly its users afresh" \
  test "$(afresh "$work/fact.txt")" = "analyse: 3 of 5 files read afresh"
check "the new value is on the page" grep -q "28 days" "$p/out/en/lending.html"
same_as_clean "after a fact change" "$work/fact.txt"

# A finding that goes away: the vague promise made measurable.
sed -i 's/Our staff are friendly and helpful./We answer the phone within 5 rings./' "$p/charters/letters.md"
build >/dev/null 2>"$work/fixed.txt"
check "the fixed promise is no longer reported" test -z "$(grep "E0901" "$work/fixed.txt")"
same_as_clean "after a fix" "$work/fixed.txt"

# A translation's wording edited: the translation alone.
sed -i 's/Nous prêtons les livres/Nous prêtons vos livres/' "$p/charters/lending.fr.md"
build >/dev/null 2>"$work/translation.txt"
check "an edited translation is read afresh alone" \
  test "$(afresh "$work/translation.txt")" = "analyse: 1 of 5 files read afresh"
same_as_clean "after a translation edit" "$work/translation.txt"

# A damaged cache is not used: everything is read again, same findings.
printf 'charterc readings 1\ngarbage' >"$p/out/.charterc/readings"
sed -i 's/six days/five days/' "$p/charters/hours.md"
build >/dev/null 2>"$work/damaged.txt"
check "a damaged cache: every file read afresh" test "$(afresh "$work/damaged.txt")" = "analyse: 5 of 5 files read afresh"
same_as_clean "after a damaged cache" "$work/damaged.txt"

# Another charterc binary (a rebuilt one) does not trust this one's readings.
cp "$charterc" "$work/charterc-again"
sed -i 's/five days/six days/' "$p/charters/hours.md"
(cd "$p" && "$work/charterc-again" build . --format html,txt,json -v) >/dev/null 2>"$work/binary.txt"
check "another binary reads every file afresh" test "$(afresh "$work/binary.txt")" = "analyse: 5 of 5 files read afresh"

# clean removes the cache with the rest of what charterc wrote.
(cd "$p" && "$charterc" clean) 2>/dev/null
check "clean removes the reading cache" test ! -e "$p/out/.charterc/readings"
finish
