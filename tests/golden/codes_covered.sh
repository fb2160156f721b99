#!/usr/bin/env bash
# Every diagnostic code in the registry is triggered by at least one golden
# case (its expected output names it), so no code goes untested.
# Usage: codes_covered.sh CHARTERC GOLDEN_DIR
set -uo pipefail
missing=0
for code in $("$1" codes | cut -d' ' -f1); do
  if ! grep -rqs "\[$code\]" "$2"/*/expected/stderr.txt; then
    echo "no golden case triggers $code"
    missing=1
  fi
done
[ $missing = 0 ] && echo "every diagnostic code is exercised"
exit $missing
