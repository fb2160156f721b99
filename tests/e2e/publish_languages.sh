#!/usr/bin/env bash
# Issue 14, items 2 and 6: which languages are published, language tags,
# the index's order, and right-to-left pages with one numbering system.
#   - without a languages: list, a language whose commitments and titles are
#     not all translated (min-translated, default 100) has no pages, no
#     switcher entry, no hreflang and no index entry, and is reported (N1015);
#   - with a list, an unlisted language is withheld the same way, however
#     complete; a listed one is published;
#   - "german" is not a language tag: --lang german and a locales/german/
#     folder are errors saying "did you mean de?";
#   - the index lists the source language first;
#   - an Arabic page isolates its permalinks (<bdi>) and writes its facts and
#     list numbers in one numbering system (Arabic-Indic, CLDR's default for
#     ar), or in Latin digits with numbers: latn.
# Usage: publish_languages.sh CHARTERC
set -uo pipefail
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"
export CHARTERC_CHROMIUM=/nonexistent/chromium

project=$work/project
mkdir -p "$project/charters"
cat >"$project/charters/facts.yaml" <<'YAML'
reply.email: {value: 2, unit: working-day}
reply.wait: {value: 30, unit: minute}
YAML
cat >"$project/charters/promises.md" <<'MD'
---
title: Our Promises
type: charter
owner: Library Services
next-review: 2027-09-01
---

## Replies {#replies}

- We reply to emails within {{ reply.email }}. {#email-reply}
- We see you within {{ reply.wait }} of your arrival. {#visit}

## Steps {#steps}

1. Ask at the desk.
2. Fill in the form.
MD
# Welsh: everything translated but the first heading.
cat >"$project/charters/promises.cy.md" <<'MD'
---
title: Ein Haddewidion
---

## Replies {#replies}

- Rydym yn ateb e-byst o fewn {{ reply.email }}. {#email-reply}
- Rydym yn eich gweld o fewn {{ reply.wait }} i chi gyrraedd. {#visit}

## Camau {#steps}

1. Gofynnwch wrth y ddesg.
2. Llenwch y ffurflen.
MD
# Arabic, complete in its commitments and title.
cat >"$project/charters/promises.ar.md" <<'MD'
---
title: تعهداتنا
---

## الردود {#replies}

- نرد على رسائل البريد الإلكتروني خلال {{ reply.email }}. {#email-reply}
- نستقبلك خلال {{ reply.wait }} من وصولك. {#visit}

## الخطوات {#steps}

1. اسأل في المكتب.
2. املأ الاستمارة.
MD
# German: the title only, so one commitment in two is missing.
cat >"$project/charters/promises.de.md" <<'MD'
---
title: Unsere Versprechen
---

## Replies {#replies}

- Wir beantworten E-Mails innerhalb von {{ reply.email }}. {#email-reply}
MD

out=$project/out
(cd "$project" && "$charterc" build . -o out >"$work/stderr1" 2>&1)
code=$?
check "no list: build exits 0 (a withheld language is a note)" [ "$code" = 0 ]
check "no list: exactly one N1015, for de" [ "$(grep -c 'N1015' "$work/stderr1")" = 1 ]
check "no list: the note names the coverage" grep -q 'de is not published: 66.7% of its commitments and titles are translated (2 of 3), below min-translated 100.0%' "$work/stderr1"
check "no list: de is still checked (its coverage line)" grep -q '^translations: de ' "$work/stderr1"
check "no list: no out/de/" [ ! -e "$out/de" ]
check "no list: cy and ar are published" [ -f "$out/cy/promises.html" -a -f "$out/ar/promises.html" ]
check "no list: no hreflang=de" bash -c "! grep -rq 'hreflang=\"de\"' '$out'"
check "no list: no switcher entry for de" bash -c "! grep -q 'Deutsch' '$out/en/promises.html'"
check "no list: no index entry for de" bash -c "! grep -q 'de/promises.html' '$out/index.html'"
check "the index lists the source language first" \
  bash -c "grep -o 'charterc-lang-[a-zA-Z-]*\"' '$out/index.html' | head -1 | grep -q 'charterc-lang-en'"
check "the index then orders by the languages' own names (Cymraeg before العربية)" \
  bash -c "grep -o 'id=\"charterc-lang-[a-zA-Z-]*\"' '$out/index.html' | tr '\n' ' ' | grep -q 'lang-en.*lang-cy.*lang-ar'"

# Arabic: isolated permalinks, one numbering system.
ar=$out/ar/promises.html
check "ar: the permalink text is isolated" grep -q '<bdi>#email-reply</bdi>' "$ar"
check "ar: facts are their own bidi run" grep -q 'class="fact" data-fact="reply.email" dir="auto"' "$ar"
facts=$(grep -o 'data-fact="[^"]*" dir="auto">[^<]*' "$ar" | sed 's/.*>//')
check "ar: facts use Arabic-Indic digits (CLDR's default for ar)" bash -c "[ -n \"\$1\" ] && ! printf '%s' \"\$1\" | grep -q '[0-9]' && printf '%s' \"\$1\" | grep -q '٢'" _ "$facts"
check "ar: ordered lists count in the same digits" grep -q '<ol style="list-style-type: arabic-indic">' "$ar"
check "en: ordered lists need no counter style" bash -c "! grep -q 'list-style-type' '$out/en/promises.html'"

# A languages: list decides: de (incomplete) listed is published, cy (complete) unlisted is not.
printf 'languages: [de, ar]\n' >"$project/charterc.yaml"
rm -rf "$out"
(cd "$project" && "$charterc" build . -o out >"$work/stderr2" 2>&1)
check "list: build exits 0" [ $? = 0 ]
check "list: cy, not listed, is reported" grep -q "N1015\]: cy is not published: charterc.yaml's languages: does not list it" "$work/stderr2"
check "list: no out/cy/" [ ! -e "$out/cy" ]
check "list: no hreflang=cy, no switcher entry" bash -c "! grep -rq 'hreflang=\"cy\"' '$out'"
check "list: no index entry for cy" bash -c "! grep -q 'cy/promises.html' '$out/index.html'"
check "list: de, listed, is published" [ -f "$out/de/promises.html" ]

# numbers: latn writes Latin digits in facts and lists alike.
printf 'languages: [ar]\nnumbers: latn\n' >"$project/charterc.yaml"
rm -rf "$out"
(cd "$project" && "$charterc" build . -o out >"$work/stderr3" 2>&1)
facts=$(grep -o 'data-fact="[^"]*" dir="auto">[^<]*' "$ar" | sed 's/.*>//')
check "numbers: latn: facts in Latin digits" bash -c "printf '%s' \"\$1\" | grep -q '30' && ! printf '%s' \"\$1\" | grep -q '٢\|٣٠'" _ "$facts"
check "numbers: latn: lists in Latin digits" bash -c "! grep -q 'list-style-type' '$ar'"
check "numbers: latn: lang stays ar" grep -q '<html lang="ar" dir="rtl">' "$ar"

# Language names are not tags.
for command in "po export" "xliff extract"; do
  (cd "$project" && "$charterc" $command . --lang german >"$work/out" 2>"$work/err")
  code=$?
  check "$command --lang german is a usage error" [ "$code" = 2 ]
  check "$command --lang german: did you mean de?" grep -q "'german' is not a language tag; did you mean de?" "$work/err"
done
check "nothing was written for german" [ ! -e "$project/locales/german" ]
mkdir -p "$project/locales/german"
cp "$project/charters/promises.de.md" "$project/charters/promises.deutsch.md"
rm -rf "$out"
(cd "$project" && "$charterc" build . -o out >"$work/stderr4" 2>&1)
check "a locales/german/ folder is an error" grep -q "locales/german: error\[E1016\]: 'german' is not a language tag" "$work/stderr4"
check "a charters/<doc>.deutsch.md file is an error" grep -q "promises.deutsch.md: error\[E1016\]: 'deutsch' is not a language tag" "$work/stderr4"
check "... with did you mean de?" grep -q "hint: did you mean de?" "$work/stderr4"
check "no out/german/ nor out/deutsch/" [ ! -e "$out/german" -a ! -e "$out/deutsch" ]
finish
