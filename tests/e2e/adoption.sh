#!/usr/bin/env bash
# Adopting charterc on charters a library has already published: every
# document is published while its weak promises are reported, every promise
# is listed with its verdict, a baseline gates only new findings, a team
# chooses the severity of quality findings, and a document with an integrity
# error keeps its last good page and its place in the index and
# commitments.json.
# Usage: adoption.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23: fixed "today"
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$2"; }

# A charter as real ones are written: a lead-in, fragment bullets, two vague
# promises, one share without its period; and standards that are all fine.
p=$work/p
mkdir -p "$p/charters"
cat >"$p/charters/charter.md" <<'MD'
---
title: Customer Charter
type: charter
owner: Library Services
next-review: 2027-09-01
---

## Our promises

We will:

- answer emails within 2 working days
- provide helpful and courteous staff
- answer 90% of calls within 20 seconds
- deal with your requests promptly
MD
cat >"$p/charters/standards.md" <<'MD'
---
title: Service Standards
type: standards
owner: Library Services
next-review: 2027-09-01
---

## Lending

1. We process reservations within 3 working days.
MD

# --- Publish while reporting -------------------------------------------
"$charterc" build "$p" --format html,json,report 2>"$work/build.txt"
check "a vague charter still fails the build (exit 1)" test $? = 1
check "the vague charter is published" test -s "$p/out/en/charter.html"
check "the standards are published" test -s "$p/out/en/standards.html"
check "the index links both" sh -c "grep -q 'en/charter.html' '$p/out/index.html' && grep -q 'en/standards.html' '$p/out/index.html'"
check "the build says it wrote both" grep -q "^wrote 2 of 2 documents" "$work/build.txt"
check "the internal report is written" test -s "$p/out/report/index.html"
check "the report asks not to be indexed" grep -q '<meta name="robots" content="noindex">' "$p/out/report/index.html"
check "the report gives the overall score" grep -q "2 of 5 promises measurable" "$p/out/report/index.html"
check "no public page links the report" sh -c "! grep -rl 'report/' '$p/out/en' '$p/out/index.html'"
check "commitments.json lists all five promises" json "len(d['commitments']) == 5" "$p/out/commitments.json"
check "commitments.json gives each its verdict" \
  json "sorted(c['verdict'] for c in d['commitments']) == ['INCOMPLETE','MEASURABLE','MEASURABLE','VAGUE','VAGUE']" "$p/out/commitments.json"
check "commitments.json ties each finding to its promise" \
  json "[f['code'] for c in d['commitments'] if c['verdict']=='VAGUE' for f in c['findings']] == ['E0901','E0901']" "$p/out/commitments.json"
check "commitments.json says what the share lacks" \
  json "any(c['missing'] == ['the period the share is measured over'] for c in d['commitments'])" "$p/out/commitments.json"
check "commitments.json says both documents are published" \
  json "[x['published'] for x in d['documents']] == ['this-build','this-build']" "$p/out/commitments.json"

"$charterc" check "$p" --list >"$work/list.txt" 2>"$work/check.txt"
check "check exits 1 on the vague promises" test $? = 1
check "check --list has a row per promise and a header" test "$(wc -l <"$work/list.txt")" = 7
check "check --list gives the verdict and measure" grep -qE "^charter +answer-90-of-calls-within-20 +incomplete +90% · 20 seconds +the period" "$work/list.txt"
check "check --list names the finding" grep -qE "provide-helpful-and-courteous-staff +vague .*E0901$" "$work/list.txt"
check "check --list gives the score" grep -q "^2 of 5 promises measurable$" "$work/list.txt"

# --- Severity per code ---------------------------------------------------
cp -r "$p" "$work/s"
printf 'severity:\n  commitment-vague: warning\n  E0902: off\n' >"$work/s/charterc.yaml"
"$charterc" check "$work/s" 2>"$work/severity.txt"
check "quality codes lowered: exit 0" test $? = 0
check "a lowered code is a warning" grep -q "warning\[E0901\]" "$work/severity.txt"
check "a code turned off is not reported" sh -c "! grep -q 'E0902' '$work/severity.txt'"
printf 'severity:\n  unknown-id: warning\n  commitment-vauge: off\n' >"$work/s/charterc.yaml"
"$charterc" check "$work/s" 2>"$work/severity2.txt"
check "an integrity code cannot be lowered" grep -q "charterc.yaml:2:15: error\[E0701\]: E0402 (unknown-id) is an integrity check" "$work/severity2.txt"
check "a misspelt code gets a suggestion" grep -q "did you mean 'commitment-vague'" "$work/severity2.txt"

# --- Baseline ------------------------------------------------------------
b=$work/b
cp -r "$p" "$b" && rm -rf "$b/out"
"$charterc" check "$b" --update-baseline 2>"$work/update.txt"
check "updating the baseline accepts today's findings (exit 0)" test $? = 0
check "the baseline file is written" test -s "$b/charterc-baseline.json"
check "the baseline holds the four findings (three promises, one uncited standard)" json "sum(f['count'] for f in d['findings']) == 4" "$b/charterc-baseline.json"
check "the baseline has no line numbers" sh -c "! grep -q '\"line\"' '$b/charterc-baseline.json'"
# An edit above the baselined findings moves them down two lines.
sed -i 's/^## Our promises$/## Our promises\n\nThis charter says what you can expect from us./' "$b/charters/charter.md"
"$charterc" check "$b" 2>"$work/moved.txt"
check "an edit elsewhere keeps the baseline valid (exit 0)" test $? = 0
check "the summary counts the baselined findings" grep -q "^0 errors, 0 warnings (4 baselined)$" "$work/moved.txt"
"$charterc" check "$b" --show-baselined 2>"$work/shown.txt"
check "--show-baselined prints them, marked" test "$(grep -c '(baselined)' "$work/shown.txt")" = 4
# A new vague promise fails the run, and only it is reported.
sed -i 's/^- deal with your requests promptly$/- deal with your requests promptly\n- keep our shelves tidy and welcoming/' "$b/charters/charter.md"
"$charterc" check "$b" 2>"$work/new.txt"
check "a new vague promise fails (exit 1)" test $? = 1
check "only the new finding is reported" test "$(grep -c 'error\[' "$work/new.txt")" = 1
check "the new finding is the new promise" grep -q "error\[E0901\]: commitment 'keep-our-shelves-tidy-and-welcoming'" "$work/new.txt"
"$charterc" check "$b" --diagnostics-format sarif >"$work/new.sarif" 2>/dev/null
check "SARIF marks baselined results unchanged and the new one new" \
  json "sorted(r['baselineState'] for r in d['runs'][0]['results'] if r['ruleId'].startswith('E09')) == ['new','unchanged','unchanged','unchanged']" "$work/new.sarif"
# Fixing a baselined promise and updating removes it from the file.
sed -i 's/^- deal with your requests promptly$/- deal with your requests within 5 working days/' "$b/charters/charter.md"
"$charterc" check "$b" --update-baseline 2>/dev/null
check "a fixed finding leaves the baseline" sh -c "! grep -q 'deal-with-your-requests-promptly' '$b/charterc-baseline.json'"
check "the new finding joins it" grep -q "commitment:keep-our-shelves-tidy-and-welcoming" "$b/charterc-baseline.json"
echo '{"format": "charterc-baseline", "version": 99, "findings": []}' >"$b/charterc-baseline.json"
"$charterc" check "$b" 2>"$work/future.txt"
check "a baseline of another version is an error" grep -q "error\[E0709\]: charterc-baseline.json cannot be used: it is version 99" "$work/future.txt"

# --- Integrity error: the last good version stays ------------------------
l=$work/l
cp -r "$p" "$l" && rm -rf "$l/out"
"$charterc" build "$l" --format html,json,epub 2>/dev/null
cp "$l/out/en/standards.html" "$work/standards-before.html"
sed -i 's/^1. We process reservations within 3 working days.$/1. We process reservations within {{ reservation.time }}./' "$l/charters/standards.md"
"$charterc" build "$l" --format html,json,epub 2>"$work/broken.txt"
check "an undefined fact is an integrity error" grep -q "standards.md:10:.*error\[E0501\]" "$work/broken.txt"
check "the broken document keeps its last good page" cmp -s "$work/standards-before.html" "$l/out/en/standards.html"
check "the index still links it" grep -q 'en/standards.html' "$l/out/index.html"
check "commitments.json keeps it, marked last-good" \
  json "[x['published'] for x in d['documents'] if x['name']=='standards'] == ['last-good']" "$l/out/commitments.json"
check "commitments.json still lists its promise" \
  json "any(c['document']=='standards' for c in d['commitments'])" "$l/out/commitments.json"
check "the build says one was not written" grep -q "^wrote 1 of 2 documents" "$work/broken.txt"
check "its last good chapter stays in the collection EPUB" sh -c "unzip -l '$l/out/en/documents.epub' | grep -q 'EPUB/standards.xhtml'"
check "the collection's navigation still lists it" sh -c "unzip -p '$l/out/en/documents.epub' EPUB/nav.xhtml | grep -q 'standards.xhtml'"
check "the kept chapter is the last good one" sh -c "unzip -p '$l/out/en/documents.epub' EPUB/standards.xhtml | grep -q 'within 3 working days'"

finish
