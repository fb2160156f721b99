#!/usr/bin/env bash
# Every diagnostic code in the registry is triggered by at least one golden
# case (its expected output names it), so no code goes untested. A code no
# golden can express (a FIFO, a read-only file, a 5 MiB input: git keeps
# none of them) may instead be asserted by an end-to-end script in E2E_DIR,
# which must check for the exact text "[CODE]" in charterc's output.
# Usage: codes_covered.sh CHARTERC GOLDEN_DIR [E2E_DIR]
set -uo pipefail
missing=0
for code in $("$1" codes | cut -d' ' -f1); do
  if grep -rqs "\[$code\]" "$2"/*/expected/stderr.txt; then continue; fi
  if [ -n "${3:-}" ] && grep -qsF "[$code]" "$3"/*.sh; then continue; fi
  echo "no golden case (or end-to-end script) triggers $code"
  missing=1
done
[ $missing = 0 ] && echo "every diagnostic code is exercised"
exit $missing
