#!/usr/bin/env bash
# Issue 17, item 3: diagnostic output stays bounded and well-formed whatever
# the input. Reproducers (measured before the fix): every dropped raw-HTML tag
# printed its whole line with a caret as long (128 KB of <b>x</b> on one line
# gave 6.15 GB of stderr), and an attribute block with a no-break space,
# {#email<NBSP>...}, made --diagnostics-format json and sarif abort (exit 134).
# The bounds asserted here come from the rules in docs/diagnostics.md, not
# from a run: an excerpt line is at most 80 code points when piped; a message
# or hint is at most 500 code points (plus location and label); findings of
# one code on one line print once; at most 100 findings per code are printed.
# Usage: bounded_diagnostics.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
export CHARTERC_CHROMIUM=/nonexistent/chromium
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/../check.sh"

new_project() {  # new_project DIR: a project whose one document is charters/doc.md
  mkdir -p "$1/charters"
  printf 'title: Bounded\n' >"$1/charterc.yaml"
}
front='---\ntitle: Doc\ntype: policy\n---\n\n'

# Per rule: every line is at most 700 code points (500 for the message, the
# rest for path, position and label); excerpt lines ("  12 | ...", "     | ^")
# at most 80; the output is valid UTF-8 and holds no escape or other control
# character. Prints the number of headers of CODE.
shape() {  # shape STDERR CODE
  python3 - "$1" "$2" <<'PY'
import re, sys
data = open(sys.argv[1], 'rb').read()
text = data.decode('utf-8')  # raises on invalid UTF-8
bad = [c for c in text if (ord(c) < 32 and c not in '\n\t') or 0x7f <= ord(c) < 0xa0]
assert not bad, f"control characters in output: {bad[:5]!r}"
headers = 0
for line in text.split('\n'):
    assert len(line) <= 700, f"line of {len(line)} code points"
    if re.match(r'^ +[0-9]* \| ', line) or re.match(r'^ +\|', line):
        assert len(line) <= 80, f"excerpt line of {len(line)} code points: {line[:100]!r}"
    if re.search(r'\[' + sys.argv[2] + r'\]', line) and not line.startswith((' ', 'note:')):
        headers += 1
print(headers)
PY
}

# 1. 128 KB of <b>x</b> on one line: 16,384 copies, two dropped tags each,
# so 32,768 W0602 findings on one line, printed as one with "and 32767 more".
p1=$work/oneline
new_project "$p1"
{ printf -- "$front"; printf 'Start '; for _ in $(seq 16384); do printf '<b>x</b>'; done; printf ' end.\n'; } \
  >"$p1/charters/doc.md"
(cd "$p1" && "$charterc" build . -o out --format html) 2>"$work/oneline.txt"
bytes=$(stat -c %s "$work/oneline.txt")
headers=$(shape "$work/oneline.txt" W0602)
check "one line: output well-formed" test -n "$headers"
check "one line: W0602 printed once" test "$headers" = 1
check "one line: the other 32767 are counted" grep -q "and 32767 more like this on this line" "$work/oneline.txt"
# At most 5 findings (W0602, W0908 and notes), each at most 4 lines: header
# and hint ≤ 700 code points, two excerpt lines ≤ 80; ASCII, so bytes = code points.
check "one line: stderr $bytes bytes ≤ 5 × 1560 + 2 summary lines" test "$bytes" -le $((5 * 1560 + 1400))
check "one line: the excerpt is cut with …" grep -q '…' "$work/oneline.txt"
check "one line: summary counts every finding" grep -q '^0 errors, 3276[89] warnings' "$work/oneline.txt"

# 2. 4,000 lines with a dropped <b>...</b> each: 8,000 W0602 findings on
# 4,000 lines; 100 lines printed, then one note counting the 3,900 other
# lines' 7,800 findings.
p2=$work/manylines
new_project "$p2"
{ printf -- "$front"; for i in $(seq 4000); do printf 'Line %d has <b>bold</b> text.\n\n' "$i"; done; } \
  >"$p2/charters/doc.md"
(cd "$p2" && "$charterc" build . -o out --format html) 2>"$work/manylines.txt"
bytes=$(stat -c %s "$work/manylines.txt")
headers=$(shape "$work/manylines.txt" W0602)
check "many lines: output well-formed" test -n "$headers"
check "many lines: 100 W0602 printed" test "$headers" = 100
check "many lines: the rest summarised" grep -q "^note: 7800 more .*W0602" "$work/manylines.txt"
check "many lines: stderr $bytes bytes ≤ 105 × 1560 + summaries" test "$bytes" -le $((105 * 1560 + 4096))
(cd "$p2" && "$charterc" check . --diagnostics-format json) >"$work/many.json" 2>/dev/null
check "many lines: json parses and lists every line" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
raw = [x for x in d["diagnostics"] if x["code"] == "W0602"]
assert len(raw) == 4000, len(raw)
assert sum(1 + x.get("more_on_line", 0) for x in raw) == 8000
assert d["warnings"] >= 8000' "$work/many.json"

# 3. An attribute block with a no-break space (U+00A0) after the id: E0301,
# its message names the character, and json/sarif print valid JSON.
p3=$work/nbsp
new_project "$p3"
printf -- "$front"'We answer email within 2 days. {#email\xc2\xa0owner=support}\n' >"$p3/charters/doc.md"
for format in json sarif; do
  (cd "$p3" && "$charterc" check . --diagnostics-format $format) >"$work/nbsp.$format" 2>"$work/nbsp.$format.err"
  status=$?
  check "nbsp: $format exits 1, not an abort (got $status)" test $status = 1
  check "nbsp: $format parses" python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' \
    "$work/nbsp.$format"
done
check "nbsp: json names the character" python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert any(x["code"] == "E0301" and "U+00A0" in x["message"] for x in d["diagnostics"]), d' "$work/nbsp.json"
(cd "$p3" && "$charterc" check .) 2>"$work/nbsp.txt"
check "nbsp: text output well-formed" test -n "$(shape "$work/nbsp.txt" E0301)"

# 4. Invalid UTF-8 and terminal escapes in a line never reach stderr as they are.
p4=$work/bytes
new_project "$p4"
printf -- "$front"'Text \x1b]0;owned\x07 with <i>tag</i> and \x1b[31mred.\n' >"$p4/charters/doc.md"
printf -- "$front"'Broken \xff\xfe byte <i>x</i>.\n' >"$p4/charters/broken.md"
(cd "$p4" && "$charterc" check .) 2>"$work/bytes.txt"
check "bytes: text output well-formed, no escapes" test -n "$(shape "$work/bytes.txt" W0602)"
(cd "$p4" && "$charterc" check . --diagnostics-format json) >"$work/bytes.json" 2>/dev/null
check "bytes: json parses" python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$work/bytes.json"

finish
