#!/usr/bin/env bash
# Every JSON file charterc writes against its schema in docs/schemas/
# (python3-jsonschema): commitments.json and manifest.json of the sample
# project (built from an absolute path, as CI scripts do) and of every
# golden case, --diagnostics-format json, and charterc-baseline.json.
# Then what the schemas cannot say: commitments.json names no path of this
# machine, shows facts as the pages do (no {{ placeholder }}), holds every
# published language, and its URLs are absolute with the sample's base-url.
# Usage: json_schemas.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23: fixed "today"
charterc=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
schemas=$root/docs/schemas
# The sample, copied to a folder only this run knows, and named by its
# absolute path: any trace of that path in an output is a leak.
mkdir -p "$work/project"
cp -r "$root/charters" "$root/charterc.yaml" "$work/project/"
project=$work/project
"$charterc" build "$project" -o "$work/sample" --format html,txt,epub,json -q || { echo "sample build failed"; exit 1; }
"$charterc" check "$project" --diagnostics-format json >"$work/diagnostics.json" 2>/dev/null
# A project with quality findings, for a baseline.
cp -r "$root/tests/golden/measurability/project" "$work/baseline"
"$charterc" check "$work/baseline" --update-baseline -q >/dev/null 2>&1
[ -f "$work/baseline/charterc-baseline.json" ] || { echo "no baseline written"; exit 1; }

pairs=("commitments:$work/sample/commitments.json" "manifest:$work/sample/manifest.json"
       "diagnostics:$work/diagnostics.json" "baseline:$work/baseline/charterc-baseline.json")
for case_out in "$root"/tests/golden/*/expected/out; do
  [ -f "$case_out/commitments.json" ] && pairs+=("commitments:$case_out/commitments.json")
  [ -f "$case_out/manifest.json" ] && pairs+=("manifest:$case_out/manifest.json")
done
# Debian's Python, which the set-up gives python3-jsonschema.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" - "$schemas" "$project" "$work/sample" "${pairs[@]}" <<'PY'
import json, os, sys
import jsonschema
schemas, project, sample_out, pairs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
failed = 0
def problem(text):
    global failed
    failed += 1
    print(text)
validators = {}
for name in ("commitments", "manifest", "diagnostics", "baseline"):
    schema = json.load(open(os.path.join(schemas, name + ".schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[name] = jsonschema.Draft202012Validator(schema)
for pair in pairs:
    name, path = pair.split(":", 1)
    for error in validators[name].iter_errors(json.load(open(path))):
        problem(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")

def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)

data = json.load(open(os.path.join(sample_out, "commitments.json")))
for output in ("commitments.json", "commitments.csv", "manifest.json"):
    text = open(os.path.join(sample_out, output), encoding="utf-8-sig").read()
    if project in text or os.path.dirname(project) in text:
        problem(f"{output} holds the build machine's path {project}")
for value in strings(data):
    if value.startswith("/"):
        problem(f"commitments.json holds an absolute path: {value}")
commitments = data["commitments"]
if len(commitments) < 15:
    problem("the sample publishes fewer than 15 commitments")
langs = sorted({c["lang"] for c in commitments})
for lang in ("ar", "cy", "en-GB"):
    if lang not in langs:
        problem(f"commitments.json has no commitment in {lang} (has {langs})")
base = data["base_url"]
if base != "https://library.northfield.example.ac.uk/charters/":
    problem(f"base_url is {base!r}")
for c in commitments:
    where = f"{c['lang']}/{c['document']}#{c['id']}"
    if "{{" in c["text"] or "{{" in (c["lead_in"] or ""):
        problem(f"{where}: raw placeholder in {c['text']!r}")
    if not c["url"].startswith(base + c["lang"] + "/"):
        problem(f"{where}: url {c['url']} is not absolute")
    if not c["source"]["file"].startswith("charters/"):
        problem(f"{where}: source file {c['source']['file']}")
    if c["translation"] is not None and c["translation"]["file"].startswith("/"):
        problem(f"{where}: translation file {c['translation']['file']}")
# The sample's email promise cites the reply.email fact (2 working days):
# English says it in words or digits, Welsh in its own words.
by_key = {(c["lang"], c["document"], c["id"]): c for c in commitments}
english = [c for c in commitments if c["lang"] == "en-GB" and "working day" in c["text"]]
welsh = [c for c in commitments if c["lang"] == "cy" and "diwrnod gwaith" in c["text"]]
if not english or not welsh:
    problem("no fact formatted as 'working days' in English and 'diwrnod gwaith' in Welsh")
for doc in data["documents"]:
    if doc["source_file"] != f"charters/{doc['name']}.md":
        problem(f"document {doc['name']}: source_file {doc['source_file']}")
print(f"{len(pairs)} JSON files checked, {len(commitments)} commitments in {len(langs)} languages, {failed} problems")
sys.exit(1 if failed else 0)
PY
