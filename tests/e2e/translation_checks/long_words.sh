#!/usr/bin/env bash
# Issue 17, item 1: a translator's text can be anything. Translation checks
# used std::regex, which recursed once per character: a 40,000-character
# word in a PO msgstr crashed every build (SIGSEGV) and 20,000 took most of
# a minute. Each hostile shape below goes into one translated promise; the
# check must finish with an answer (0 or 1, never a crash or a hang:
# CTest's timeout stops a hang), and must still read the promises around it.
# Usage: long_words.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/../check.sh"

# Each shape is 40,000 characters; python writes them, so the script shows
# what each is.
shapes=(letters digits-and-dashes spaced-digits email-like chinese)
for shape in "${shapes[@]}"; do
  project="$work/$shape"
  cp -r "$here/numbers" "$project"
  "$charterc" po export -q --lang fr "$project"
  python3 - "$project/locales/fr/phone.po" "$shape" <<'PY'
import re, sys
path, shape = sys.argv[1], sys.argv[2]
word = {
    "letters": "a" * 40000,
    "digits-and-dashes": "1-" * 20000,
    "spaced-digits": "1 " * 20000,
    "email-like": "a@" * 20000,
    "chinese": "\u5728" * 40000,
}[shape]
french = {
    "call-answer": "Nous répondons aux appels en 30 secondes. " + word,
    "email-reply": "Nous répondons aux courriels en deux jours ouvrables.",
    "call-back": "Nous vous rappelons avant 17 h le jour ouvrable suivant.",
}
text = open(path, encoding="utf-8").read()
def fill(match):
    context, msgid = match.group(1), match.group(2)
    value = french.get(context, msgid)
    return f'msgctxt "{context}"\nmsgid "{msgid}"\nmsgstr "{value}"'
text = re.sub(r'msgctxt "([^"]*)"\nmsgid "([^"]*)"\nmsgstr ""', fill, text)
open(path, "w", encoding="utf-8").write(text)
PY
  check "$shape: the word is in the translation" test "$(wc -c <"$project/locales/fr/phone.po")" -gt 40000
  (cd "$project" && "$charterc" check .) >"$work/$shape.txt" 2>&1
  status=$?
  check "$shape: the check answers (exit $status)" test "$status" -le 1
  check "$shape: the untouched promise agrees with its source" bash -c "! grep -q \"'email-reply'\" '$work/$shape.txt'"
done

finish
