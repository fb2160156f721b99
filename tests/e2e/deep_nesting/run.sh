#!/usr/bin/env bash
# Issue 17, item 1: input nested 100,000 deep in every channel (Markdown
# quotes, lists, emphasis; a PO translation's emphasis; XLIFF <pc> and
# <mrk> in a target and <pc> in a source) is read under a 1 MB stack
# (ulimit -s 1024) without a crash: Markdown past 40 levels is plain text
# (W0308), XLIFF past 40 levels is E1501 at the unit, and the other
# documents are still built.
# Usage: run.sh CHARTERC
set -uo pipefail
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project=$work/project
mkdir -p "$project/charters" "$project/locales/fr" "$project/locales/de" "$project/locales/it"
cd "$project" || exit 1
printf 'title: Deep\nsource-lang: en\nlanguages: [fr, de, it]\n' >charterc.yaml
front='---\ntitle: %s\ntype: policy\nowner: Team\nnext-review: 2027-09-01\n---\n'
python3 - "$front" <<'PY'
import sys
front = sys.argv[1].replace("\\n", "\n")
deep = 100000
docs = {
    "quotes": ">" * deep + " deep\n",
    "lists": "- " * deep + "deep\n",
    "emphasis": "*" * deep + "deep" + "*" * deep + "\n",
    "mixed": "> - " * (deep // 2) + "deep\n",
    "plain": "- We answer *chats* within 2 minutes. {#chats}\n",  # an emphasis code (<pc id="1">) to nest
}
for name, body in docs.items():
    open(f"charters/{name}.md", "w").write(front % name.title() + body)
PY
"$charterc" po export --lang fr >/dev/null 2>&1
"$charterc" xliff extract --lang de >/dev/null 2>&1
"$charterc" xliff extract --lang it >/dev/null 2>&1
python3 - <<'PY'
deep = 100000
po = open("locales/fr/plain.po").read()
po = po.replace('msgid "We answer *chats* within 2 minutes."\nmsgstr ""',
                'msgid "We answer *chats* within 2 minutes."\nmsgstr "' + "*" * deep + "Nous" + "*" * deep + ' 2 minutes."')
open("locales/fr/plain.po", "w").write(po)
for lang, open_tag, close_tag in (("de", '<pc id="1">', "</pc>"), ("it", '<mrk id="m">', "</mrk>")):
    path = f"locales/{lang}/plain.xlf"
    xlf = open(path).read()
    target = "<target>" + open_tag * deep + "2 minutes" + close_tag * deep + "</target>"
    at = xlf.index("</source>", xlf.index('<unit id="chats"'))
    xlf = xlf[:at + len("</source>")] + target + xlf[at + len("</source>"):]
    xlf = xlf.replace('state="initial"', 'state="translated"')
    open(path, "w").write(xlf)
PY
status=0
(ulimit -s 1024 && "$charterc" build . -o out --format html,txt,json) >"$work/out.txt" 2>"$work/err.txt"
code=$?
echo "build exit $code"
if [ $code -ge 128 ] || [ $code -eq 0 ]; then echo "FAIL: expected exit 1 (errors), got $code"; status=1; fi
for expected in "charters/quotes.md:7:1: warning\[W0308\]" "charters/lists.md:7:1: warning\[W0308\]" \
                "charters/emphasis.md:7:1: warning\[W0308\]" "charters/mixed.md:7:1: warning\[W0308\]" \
                "locales/fr/plain.po:[0-9]*:[0-9]*: warning\[W0308\]" \
                "locales/de/plain.xlf:[0-9]*:[0-9]*: error\[E1501\]" "locales/it/plain.xlf:[0-9]*:[0-9]*: error\[E1501\]"; do
  grep -q "$expected" "$work/err.txt" || { echo "FAIL: no '$expected'"; status=1; }
done
for page in out/en/plain.html out/en/quotes.html out/en/lists.html out/en/emphasis.html; do
  [ -s "$page" ] || { echo "FAIL: $page was not written"; status=1; }
done
[ $status = 0 ] || head -c 3000 "$work/err.txt"

# YAML (settings, facts, frameworks) nested 100,000 deep: yaml-cpp stops at
# its own depth limit, and each file is reported at its position.
yaml=$work/yaml
mkdir -p "$yaml/charters/frameworks"
python3 - "$yaml" <<'PY'
import sys
root, deep = sys.argv[1], 100000
open(f"{root}/charterc.yaml", "w").write("title: Deep\nextra: " + "[" * deep + "]" * deep + "\n")
open(f"{root}/charters/a.md", "w").write("---\ntitle: A\ntype: policy\nowner: T\nnext-review: 2027-01-01\n---\n- a {#a}\n")
open(f"{root}/charters/facts.yaml", "w").write("x: " + "{a: " * deep + "1" + "}" * deep + "\n")
open(f"{root}/charters/frameworks/deep.yaml", "w").write("- " * deep + "x\n")
PY
(ulimit -s 1024 && "$charterc" check "$yaml") >"$work/yaml.txt" 2>&1
code=$?
if [ $code -ne 1 ]; then echo "FAIL: deep YAML: expected exit 1, got $code"; status=1; fi
for expected in "charterc.yaml:2:[0-9]*: error\[E0701\]" "charters/facts.yaml:1:[0-9]*: error\[E0502\]" \
                "charters/frameworks/deep.yaml:1:[0-9]*: error\[E0706\]"; do
  grep -q "$expected" "$work/yaml.txt" || { echo "FAIL: deep YAML: no '$expected'"; status=1; }
done
[ $status = 0 ] && echo "deep nesting: ok"
exit $status
