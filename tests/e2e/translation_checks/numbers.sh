#!/usr/bin/env bash
# Issue 14, item 3: numbers are checked in a language charterc has no
# lexicon for. A German translation (no German lexicon) says "45 Sekunden"
# for "30 seconds": an error naming the unit, from XLIFF and from PO alike;
# "zwei Werktagen" for "two working days" and "17 Uhr" for "5pm" agree.
# The units themselves cannot be read in German: a note says so once, and
# the notes to the translator say what is checked.
# Usage: numbers.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/../check.sh"

for format in xliff po; do
  cp -r "$here/numbers" "$work/$format"
  if [ $format = xliff ]; then
    "$charterc" xliff extract -q --lang de "$work/$format"
    file=locales/de/phone.xlf
  else
    "$charterc" po export -q --lang de "$work/$format"
    file=locales/de/phone.po
  fi
  check "$format: the note says numbers are checked, units not" \
    grep -q 'same numbers (in digits or in words), but it has no lexicon to read units' "$work/$format/$file"
  check "$format: the note promises no unit check" bash -c "! grep -q 'with the same units' '$work/$format/$file'"
  python3 "$here/fill_german.py" "$work/$format/$file"
  (cd "$work/$format" && "$charterc" check .) >"$work/$format.txt" 2>&1
  check "$format: the wrong number fails the check" test $? = 1
  check "$format: the error names the unit and both numbers" \
    grep -q "^$file:[0-9]*:[0-9]*: error\[E1001\]: commitment 'call-answer' does not say what the source says; numbers: the source has 30, the translation has 45$" \
    "$work/$format.txt"
  check "$format: a number in words agrees with the source's" bash -c "! grep -q \"'email-reply'\" '$work/$format.txt'"
  check "$format: a time of day agrees with the source's" bash -c "! grep -q \"'call-back'\" '$work/$format.txt'"
  check "$format: one E1001 only" test "$(grep -c 'E1001' "$work/$format.txt")" = 1
  check "$format: a note says units are not compared in German" \
    grep -q "^$file: note\[N1020\]: no lexicon for 'de'" "$work/$format.txt"
done

finish
