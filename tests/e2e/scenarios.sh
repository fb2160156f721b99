#!/usr/bin/env bash
# Scenario tests through the charterc binary: what a user does on the command
# line and what must hold afterwards (exit codes, files written or kept).
# Usage: scenarios.sh CHARTERC
set -uo pipefail
# "Today" is pinned (reproducible-builds convention), so review-date
# warnings do not appear in the expected output as the calendar moves on.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

# init scaffolds a project that builds cleanly, and refuses to overwrite it.
"$charterc" init "$work/p" 2>/dev/null
check "init exits 0" test $? = 0
"$charterc" build "$work/p" 2>"$work/build.txt"
check "fresh project builds with exit 0" test $? = 0
check "fresh project has no diagnostics" grep -q "^0 errors, 0 warnings$" "$work/build.txt"
check "fresh project writes its page" test -s "$work/p/out/en/charter.html"
check "fresh project writes the index" test -s "$work/p/out/index.html"
"$charterc" init "$work/p" 2>/dev/null
check "init refuses an existing project (exit 2)" test $? = 2

# check validates without writing anything.
"$charterc" init "$work/c" 2>/dev/null
"$charterc" check "$work/c" 2>/dev/null
check "check exits 0 on a clean project" test $? = 0
check "check writes no out/" test ! -e "$work/c/out"

# A project with only charters/*.md builds with the built-in theme and strings.
mkdir -p "$work/bare/charters"
printf -- '---\ntitle: Bare\nowner: Library\nnext-review: 2099-01-01\n---\n\n## Hello\n\nWe answer letters within 5 days. {#letters}\n' >"$work/bare/charters/bare.md"
"$charterc" build "$work/bare" 2>/dev/null
check "bare folder of Markdown builds" test -s "$work/bare/out/en/bare.html"

# A broken document keeps its last good output; the good ones are rebuilt.
cp "$work/p/out/en/charter.html" "$work/before.html"
printf -- '---\ntitle: [unclosed\n---\n' >"$work/p/charters/broken.md"
sed -i 's/refs="cse:5.1.1" dimension=responsiveness}/refs="cse:5.1.1 #nowhere" dimension=responsiveness}/' \
  "$work/p/charters/charter.md"
"$charterc" build "$work/p" 2>"$work/broken.txt"
check "errors give exit 1" test $? = 1
check "broken front matter reported with position" grep -q "^$work/p/charters/broken.md:2:17: error\[E0201\]" "$work/broken.txt"
check "dangling ref reported with position" grep -q "^$work/p/charters/charter.md:14:.*error\[E0402\]" "$work/broken.txt"
check "broken documents are not written" test ! -e "$work/p/out/en/broken.html"
check "last good output is kept" cmp -s "$work/before.html" "$work/p/out/en/charter.html"
check "no temporary files are left" test -z "$(find "$work/p/out" -name '*.tmp*')"

# Machine-readable diagnostics.
"$charterc" check "$work/p" --diagnostics-format json >"$work/diag.json" 2>/dev/null
check "json diagnostics parse" node -e "JSON.parse(require('fs').readFileSync('$work/diag.json','utf8'))"
check "json diagnostics name the code" grep -q '"code": "E0402"' "$work/diag.json"
"$charterc" check "$work/p" --diagnostics-format sarif >"$work/diag.sarif" 2>/dev/null
check "sarif is SARIF 2.1.0 with every code as a rule and the E0402 result at its line" node -e "
  const log = JSON.parse(require('fs').readFileSync('$work/diag.sarif', 'utf8'));
  const run = log.runs[0];
  const hit = run.results.find(r => r.ruleId === 'E0402' && r.locations[0].physicalLocation.region.startLine === 14);
  if (log.version !== '2.1.0' || run.tool.driver.rules.length < 40 || !hit || hit.level !== 'error') process.exit(1);"

# An output folder that is a file is refused before anything is written
# (E1409); one below a file cannot be written (E0801). Both are exit 2.
touch "$work/not-a-folder"
"$charterc" build "$work/c" -o "$work/not-a-folder" 2>"$work/write.txt"
check "a file as output folder gives exit 2 (an I/O error)" test $? = 2
check "a file as output folder is reported" grep -q "error\[E1409\]" "$work/write.txt"
"$charterc" build "$work/c" -o "$work/not-a-folder/site" 2>"$work/write.txt"
check "unwritable output gives exit 2 (an I/O error)" test $? = 2
check "unwritable output is reported" grep -q "error\[E0801\]" "$work/write.txt"

# A page whose final rename fails (a folder is in the way) leaves no
# temporary file behind, and the other pages are still written.
rm -rf "$work/blocked" && mkdir -p "$work/blocked/en/charter.html"
"$charterc" build "$work/c" -o "$work/blocked" --force 2>"$work/blocked.txt"
check "a blocked page is an I/O error" test $? = 2
check "a blocked page leaves no temporary file" test -z "$(find "$work/blocked" -name '*.tmp*')"
check "the index is still written next to a blocked page" test -s "$work/blocked/index.html"

# Assessor-only notes (evidence, internal) reach the evidence pack and no
# public output: pages, traceability, index, commitments.json.
mkdir -p "$work/notes/charters"
printf -- '---\ntitle: Notes\nowner: Library\nnext-review: 2099-01-01\nframework: servqual\n---\n\n- We answer emails within 2 working days. {#email refs="servqual:responsiveness" evidence="SECRET-EVIDENCE" internal="SECRET-INTERNAL"}\n' \
  >"$work/notes/charters/notes.md"
"$charterc" build "$work/notes" --format html,json,evidence 2>/dev/null
check "evidence pack holds the assessor notes" grep -q "SECRET-EVIDENCE.*SECRET-INTERNAL" "$work/notes/out/evidence/index.html"
check "evidence pack asks not to be indexed" grep -q '<meta name="robots" content="noindex">' "$work/notes/out/evidence/index.html"
check "no public output holds assessor notes" test -z "$(grep -rl SECRET "$work/notes/out" --exclude-dir=evidence)"
"$charterc" build "$work/notes" -o "$work/notes-default" 2>/dev/null
check "the evidence pack is written only when asked for" test ! -e "$work/notes-default/evidence"
check "the public index does not link the evidence pack" test -z "$(grep -l evidence/ "$work/notes/out/index.html")"

# Framework coverage is one finding, not one per element (issue 13): a
# project claiming CSE (57 elements) with three commitments gets one W0408,
# whose JSON and SARIF forms list every uncovered element; its public
# traceability page shows no "Not covered" row, the evidence pack does.
mkdir -p "$work/cse/charters"
printf -- 'framework: cse\n' >"$work/cse/charterc.yaml"
printf -- '---\ntitle: Charter\nowner: Library\nnext-review: 2099-01-01\n---\n\n- We reply to emails within 2 working days. {#email refs="cse:5.1.1"}\n- We answer 90%% of calls within 20 seconds, measured each month. {#calls refs="cse:5.1.1 cse:5.2.1"}\n- We acknowledge a complaint within 3 working days. {#complaints refs="cse:4.3.1"}\n' \
  >"$work/cse/charters/charter.md"
"$charterc" build "$work/cse" --format html,evidence 2>"$work/cse.txt"
check "CSE coverage is one warning" test "$(grep -c 'warning\[W0408\]' "$work/cse.txt")" = 1
check "CSE coverage counts the elements" grep -q "W0408\]: Customer Service Excellence: 3 of 57 elements covered by a commitment, 54 uncovered, 0 waived" "$work/cse.txt"
check "CSE coverage is the only warning" grep -q "^0 errors, 1 warning$" "$work/cse.txt"
check "the public traceability page lists the met criteria" grep -q 'id="cse-5.1.1"' "$work/cse/out/en/traceability.html"
check "the public traceability page has no uncovered row" test -z "$(grep -E 'Not covered|class="uncovered"' "$work/cse/out/en/traceability.html")"
check "the evidence pack marks the uncovered elements" test "$(grep -o 'class="uncovered"' "$work/cse/out/evidence/index.html" | wc -l)" = 54
"$charterc" check "$work/cse" --diagnostics-format sarif >"$work/cse.sarif" 2>/dev/null
check "sarif lists every uncovered element of the one W0408 result" node -e "
  const run = JSON.parse(require('fs').readFileSync('$work/cse.sarif', 'utf8')).runs[0];
  const hits = run.results.filter(r => r.ruleId === 'W0408');
  if (hits.length !== 1 || hits[0].properties.details.length !== 54 || hits[0].properties.details[0] !== 'cse:1.1.1') process.exit(1);"

# --write-ids makes the ids of unmarked promises explicit and changes
# nothing else (line endings included); the next check finds them marked.
mkdir -p "$work/ids/charters"
printf -- '---\r\ntitle: Ids\r\ntype: statement\r\n---\r\n\r\n2.1 We answer emails within 2 working days.\r\n\r\n- We answer letters within 5 working days.\r\n- The library has 3 floors.\r\n' \
  >"$work/ids/charters/ids.md"
printf -- '---\r\ntitle: Ids\r\ntype: statement\r\n---\r\n\r\n2.1 We answer emails within 2 working days. {#clause-2-1}\r\n\r\n- We answer letters within 5 working days. {#we-answer-letters-within-5-working}\r\n- The library has 3 floors.\r\n' \
  >"$work/ids-expected.md"
"$charterc" check "$work/ids" --write-ids 2>"$work/ids.txt"
check "--write-ids exits 0 on a clean project" test $? = 0
check "--write-ids adds exactly the ids" cmp -s "$work/ids/charters/ids.md" "$work/ids-expected.md"
check "--write-ids says what it wrote" grep -q "wrote 2 ids into $work/ids/charters/ids.md" "$work/ids.txt"
"$charterc" check "$work/ids" --write-ids 2>"$work/ids2.txt"
check "a second --write-ids writes nothing" test -z "$(grep wrote "$work/ids2.txt")"

# Usage errors give exit 2; help gives 0.
"$charterc" build "$work/c" --format nonsense >/dev/null 2>&1
check "unknown format is a usage error" test $? = 2
"$charterc" frobnicate >/dev/null 2>&1
check "unknown command is a usage error" test $? = 2
"$charterc" build "$work/missing-folder" >/dev/null 2>&1
check "missing project folder is a usage error" test $? = 2
for command in build check init codes; do
  "$charterc" $command --help >/dev/null 2>&1
  check "$command --help exits 0" test $? = 0
done

finish
