#!/usr/bin/env bash
# Builds the sample project and every golden project, and validates each
# commitments.json against docs/commitments.schema.json (python3-jsonschema).
# Usage: commitments_schema.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23: fixed "today"
charterc=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$charterc" build "$root" -o "$work/sample" -q || { echo "sample build failed"; exit 1; }
files=("$work/sample/commitments.json")
for case_dir in "$root"/tests/golden/*/expected/out; do
  [ -f "$case_dir/commitments.json" ] && files+=("$case_dir/commitments.json")
done
# Debian's Python, which the set-up gives python3-jsonschema.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" - "$root/docs/commitments.schema.json" "${files[@]}" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    data = json.load(open(path))
    for error in validator.iter_errors(data):
        failed += 1
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
sample = json.load(open(sys.argv[2]))
if len(sample["commitments"]) < 15:
    failed += 1
    print("the sample publishes fewer than 15 commitments")
print(f"{len(sys.argv) - 2} commitments.json files checked, {failed} problems")
sys.exit(1 if failed else 0)
PY
