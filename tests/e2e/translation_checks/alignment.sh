#!/usr/bin/env bash
# Issue 14, item 4: a standards document and its French edition, both
# written without ids (numbered items 1.-13., a results table), are matched
# block by block: no translation is compared with the wrong source item.
# Then the French edition drops item 7 (and renumbers the rest, as a
# translator would): one error names the item at both positions, and the
# items after it still line up.
# Usage: alignment.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/../check.sh"

cp -r "$here/alignment" "$work/pair"
(cd "$work/pair" && "$charterc" check .) >"$work/pair.txt" 2>&1
check "no translation error on the aligned pair" bash -c "! grep -q 'standards.fr.md.*error' '$work/pair.txt'"
check "no unit of the edition is unknown" bash -c "! grep -q 'E1003\|E1021\|E1001' '$work/pair.txt'"
check "every unit translated" \
  grep -q '^translations: fr 100.0% translated' "$work/pair.txt"

cp -r "$here/alignment" "$work/dropped"
python3 - "$work/dropped/charters/standards.fr.md" <<'PY'
import re, sys
path = sys.argv[1]
lines = [l for l in open(path, encoding="utf-8").read().split("\n") if not l.startswith("7. ")]
renumber = lambda m: f"{int(m.group(1)) - 1}. " if int(m.group(1)) >= 8 else m.group(0)
text = re.sub(r"^(\d+)\. ", renumber, "\n".join(lines), flags=re.M)
open(path, "w", encoding="utf-8").write(text)
PY
(cd "$work/dropped" && "$charterc" check .) >"$work/dropped.txt" 2>&1
check "a dropped item fails the check" test $? = 1
check "the dropped item is named at both positions" \
  grep -q '^charters/standards.fr.md:17:1: error\[E1021\]: the list item 7. "Interlibrary loan requests are placed within 5 working days." of charters/standards.md:21 has no counterpart in charters/standards.fr.md (it would come before line 17)$' \
  "$work/dropped.txt"
check "one structure error only" test "$(grep -c 'error\[E10' "$work/dropped.txt")" = 1
check "the items after it still line up" bash -c "! grep -q 'E1001' '$work/dropped.txt'"

finish
