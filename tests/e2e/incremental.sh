#!/usr/bin/env bash
# The build as a build tool: a build with nothing changed writes nothing and
# prints the same findings; one changed input makes again exactly the
# outputs made from it; a deleted document's outputs go; a damaged build
# state means starting over, with a note; the thread count never changes a
# byte; explain names the changed input; clean removes what charterc wrote
# and nothing else; --depfile names every input.
# Usage: incremental.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23: fixed "today"
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

# Three documents: two use the fact loan.days, one does not; one has a
# vague promise, so every build reports it (a quality error: pages are still written).
p=$work/p
mkdir -p "$p/charters"
cat >"$p/charters/facts.yaml" <<'YAML'
loan.days: {value: 21, unit: day, label: "Standard loan"}
reply.days: {value: 3, unit: working-day, label: "Reply to letters"}
YAML
for doc in lending renewals; do
  cat >"$p/charters/$doc.md" <<MD
---
title: ${doc^} Promises
type: charter
owner: Library Services
next-review: 2027-09-01
---

## Borrowing

- We lend books for {{ loan.days }}. {#loan-$doc}
MD
done
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
build() { (cd "$p" && "$charterc" build . --format html,txt,json "$@"); }
mtimes() { (cd "$p/out" && find . -type f -printf '%p %T@\n' | sort); }

build -j1 >/dev/null 2>"$work/first.txt"
check "first build reports the vague promise" grep -q "error\[E0901\]" "$work/first.txt"
check "the build state is written" test -s "$p/out/.charterc/state"
check "the state says what it is" grep -q "^# charterc build state" "$p/out/.charterc/state"

# Nothing changed: nothing written, not even the state; the same findings.
sleep 1.1
mtimes >"$work/before.txt"
build >/dev/null 2>"$work/noop.txt"
mtimes >"$work/after.txt"
check "a no-op build writes nothing (times and state unchanged)" diff -q "$work/before.txt" "$work/after.txt"
check "a no-op build prints the same findings" \
  diff <(grep -v "^wrote\|^nothing to do" "$work/first.txt") <(grep -v "^wrote\|^nothing to do" "$work/noop.txt")
check "a no-op build says there is nothing to do" grep -q "^nothing to do" "$work/noop.txt"

# One fact changed: the pages of the two documents that use it, not the third.
sed -i 's/value: 21/value: 28/' "$p/charters/facts.yaml"
(cd "$p" && "$charterc" explain) >"$work/explain.txt"
check "explain names the changed fact" grep -q "^en/lending.html: would be made again: changed: fact loan.days" "$work/explain.txt"
check "explain leaves the unaffected page out" test -z "$(grep '^en/letters.html' "$work/explain.txt")"
build --explain >/dev/null 2>"$work/fact.txt"
made() { grep -c "^charterc: making $1" "$work/fact.txt"; }
check "the fact's users are made again" test "$(made 'en/lending\.')$(made 'en/renewals\.')" = "22"
check "the document not using it is not" test "$(made 'en/letters\.')" = "0"
check "the new value is on the page" grep -q "28 days" "$p/out/en/lending.html"
check "letters.html kept its time" test "$(grep './en/letters.html' "$work/before.txt")" = "$(mtimes | grep './en/letters.html')"

# A deleted document: its outputs go; the others stay.
rm "$p/charters/renewals.md"
build >/dev/null 2>&1
check "a deleted document's page is removed" test ! -e "$p/out/en/renewals.html"
check "and its text" test ! -e "$p/out/en/renewals.txt"
check "the other pages stay" test -s "$p/out/en/lending.html"
# A format not asked for this time stays (build --format html keeps the .txt).
(cd "$p" && "$charterc" build . --format html) >/dev/null 2>&1
check "outputs of formats not asked for stay" test -s "$p/out/en/lending.txt"

# A format left out for a while is brought up to date when asked again
# (charterc serve builds HTML only, then a full build must not publish old text).
sed -i 's/value: 28/value: 35/' "$p/charters/facts.yaml"
(cd "$p" && "$charterc" build . --format html) >/dev/null 2>&1
build >/dev/null 2>&1
check "a format not asked for meanwhile is made again from the new inputs" grep -q "35 days" "$p/out/en/lending.txt"

# A broken page template stops the pages, but deletes nothing.
mkdir -p "$p/themes/default"
echo "<html><body>no slots" >"$p/themes/default/page.xhtml"
echo "- We lend DVDs for {{ loan.days }}. {#dvd}" >>"$p/charters/lending.md"
build >/dev/null 2>"$work/template.txt"
check "the broken template is reported" grep -q "E0802" "$work/template.txt"
check "the last site stays whole" test -s "$p/out/index.html" -a -s "$p/out/en/lending.html" -a -s "$p/out/charterc.css"
rm -r "$p/themes"

# A document with an integrity error keeps its last good text edition,
# even in a build without HTML.
(cd "$p" && "$charterc" build . --format txt) >/dev/null 2>&1
echo "- We answer within {{ undefined.fact }}. {#broken}" >>"$p/charters/letters.md"
(cd "$p" && "$charterc" build . --format txt) >/dev/null 2>"$work/withheld.txt"
check "the undefined fact is an error" grep -q "E0501" "$work/withheld.txt"
check "its last good text edition stays" test -s "$p/out/en/letters.txt"
sed -i '/undefined.fact/d' "$p/charters/letters.md"

# A damaged state: a note, then a full build that succeeds.
build >/dev/null 2>&1
printf 'charterc-state\t1\noutput\tnot-a-hash\tx\n' >"$p/out/.charterc/state"
build >/dev/null 2>"$work/damaged.txt"
check "a damaged state is a note, not a usage failure" test -s "$p/out/en/lending.html"
check "the note says it starts over" grep -q "^charterc: note: .*state cannot be used: line 2 is damaged; starting over" "$work/damaged.txt"
check "the state is whole again" grep -q "^request" "$p/out/.charterc/state"
printf 'charterc-state\t99\n' >"$p/out/.charterc/state"
build >/dev/null 2>"$work/version.txt"
check "another version of the state: starting over" grep -q "version 99.*starting over" "$work/version.txt"

# The thread count never changes a byte.
(cd "$p" && "$charterc" build . -o "$work/j1" -j 1 --format html,txt,json,epub) >/dev/null 2>&1
(cd "$p" && "$charterc" build . -o "$work/j2" -j 2 --format html,txt,json,epub) >/dev/null 2>&1
check "-j1 and -j2 write the same bytes" diff -r -x .charterc "$work/j1" "$work/j2"

# --depfile: a Make rule from every output to every file read.
build --depfile "$work/deps.d" >/dev/null 2>&1
check "the depfile names an output" grep -q "out/en/lending.html" "$work/deps.d"
check "the depfile names the facts file" grep -q "charters/facts.yaml" "$work/deps.d"
# As a build system uses it: its own rule runs charterc, the depfile adds
# the prerequisites.
target=$(head -1 "$work/deps.d" | cut -d' ' -f1)
printf '%s:\n\tcharterc build\ninclude %s\n' "$target" "$work/deps.d" >"$work/Makefile"
(cd "$p" && make -f "$work/Makefile" -q "$target" >/dev/null 2>&1)
check "make reads the depfile: the outputs are up to date" test $? = 0
touch -d "+1 minute" "$p/charters/facts.yaml"
(cd "$p" && make -f "$work/Makefile" -q "$target" >/dev/null 2>&1)
check "make sees a newer input" test $? = 1
rm "$p/charters/lending.md"
build --depfile "$work/deps.d" >/dev/null 2>&1
mv "$p/charters/letters.md" "$work/letters.md"
(cd "$p" && make -f "$work/Makefile" -n "$target" >/dev/null 2>&1)
check "make copes with a deleted input (empty rules, as gcc -MP)" test $? = 0
mv "$work/letters.md" "$p/charters/letters.md"

# A fact in another document's title: a page linking to that document
# shows its title, so changing the fact makes that page again.
q=$work/q
mkdir -p "$q/charters"
echo "open.hours: {value: 9, unit: hour}" >"$q/charters/facts.yaml"
for doc in hours guide; do
  title=Guide refs=' refs="hours#doors"'
  [ $doc = hours ] && title='Open {{ open.hours }} a day' refs=''
  cat >"$q/charters/$doc.md" <<MD
---
title: $title
type: charter
owner: Library Services
next-review: 2027-09-01
---

## Visiting

- We open the doors within 5 minutes of the posted time. {#doors$refs}
MD
done
qbuild() { (cd "$q" && "$charterc" build . "$@"); }
qbuild --format html >/dev/null 2>&1
check "a link names the other document by its title, fact formatted" grep -q ">Open 9 hours a day<" "$q/out/en/guide.html"
sed -i 's/value: 9/value: 10/' "$q/charters/facts.yaml"
(cd "$q" && "$charterc" explain) >"$work/title-fact.txt"
check "explain names the fact of the linked title" \
  grep -q "^en/guide.html: would be made again: changed: fact open.hours" "$work/title-fact.txt"
qbuild --format html >/dev/null 2>&1
check "the linking page shows the title's new fact" grep -q ">Open 10 hours a day<" "$q/out/en/guide.html"

# What making an output reported is reported again when a later build
# reuses it: PDFs from a stand-in browser fail the structure check (W0806);
# after a change to one document, the other's PDF is reused, not printed,
# and its warnings are still there.
fake=$(dirname "$(realpath "$0")")/../golden/pdf-structure/fake-chromium
CHARTERC_CHROMIUM=$fake qbuild --format pdf >/dev/null 2>"$work/pdf-first.txt"
check "the stand-in browser's PDF fails the structure check" grep -q "warning\[W0806\]: en/hours.pdf" "$work/pdf-first.txt"
echo "- We answer at the desk within 10 minutes. {#desk}" >>"$q/charters/guide.md"
CHARTERC_CHROMIUM=$fake qbuild --format pdf --explain >/dev/null 2>"$work/pdf-again.txt"
check "the unchanged document's PDF is reused" test -z "$(grep '^charterc: making en/hours.pdf' "$work/pdf-again.txt")"
check "the changed document's PDF is printed again" grep -q "^charterc: making en/guide.pdf" "$work/pdf-again.txt"
check "the reused PDF's warnings are reported again" grep -q "warning\[W0806\]: en/hours.pdf" "$work/pdf-again.txt"
check "as many warnings as the first build" \
  test "$(grep -c 'W0806' "$work/pdf-first.txt")" = "$(grep -c 'W0806' "$work/pdf-again.txt")"

# clean: removes what charterc wrote, and nothing else.
echo "mine" >"$p/out/notes.txt"
(cd "$p" && "$charterc" clean) 2>"$work/clean.txt"
check "clean removes the pages" test ! -e "$p/out/en/lending.html"
check "clean removes the state" test ! -e "$p/out/.charterc/state"
check "clean keeps a file charterc did not write" test -s "$p/out/notes.txt"
finish
