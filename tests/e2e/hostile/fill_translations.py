"""Translates the hostile project's "translated" document into German (PO)
and Italian (XLIFF) with the payloads, as an outside translator could:
each unit's translation is a prefix, the payload of its source unit
without its digits, then the source's own text (so the translation states
the source's numbers, and charterc's translation checks accept it: an XLIFF
target is plain text, where the source's raw HTML was dropped).

Usage: fill_translations.py WORK_DIR
Reads WORK_DIR/payloads.json; edits WORK_DIR/main/locales/de/translated.po
and WORK_DIR/main/locales/it/translated.xlf that charterc exported.
"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

work = sys.argv[1]
with open(os.path.join(work, "payloads.json"), encoding="utf-8") as f:
    text = json.load(f)["text"]
# make_projects.py: the front matter holds text[5], text[6], text[8]; the
# body one paragraph per payload, in order ("intro-1" is text[0]).
by_unit = {"title": text[5], "summary": text[6], "front-matter:owner": text[8]}
by_unit.update({f"intro-{i + 1}": t for i, t in enumerate(text)})
# Left untranslated: a payload with a code span or an address, which the
# source holds as protected code or a link a translation must keep (E1005),
# and one whose numbers are all inside raw HTML the translation drops.
by_unit = {unit: t for unit, t in by_unit.items() if "`" not in t and "http" not in t and "svg onload" not in t}


def no_digits(value):
    return re.sub(r"[0-9]", "", value)


def po_string(value):
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + out + '"'


po_path = os.path.join(work, "main", "locales", "de", "translated.po")
with open(po_path, encoding="utf-8") as f:
    lines = f.read().split("\n")
out, unit, filled = [], None, 0
for line in lines:
    m = re.match(r'^msgctxt "(.*)"$', line)
    if m:
        unit = m.group(1)
    m = re.match(r'^msgid (".*")$', line)
    if m:
        msgid = json.loads(m.group(1))
    if line == 'msgstr ""' and unit in by_unit:
        line = "msgstr " + po_string("De: " + no_digits(by_unit[unit]) + " " + msgid)
        filled += 1
        unit = None
    out.append(line)
with open(po_path, "w", encoding="utf-8") as f:
    f.write("\n".join(out))

xlf_path = os.path.join(work, "main", "locales", "it", "translated.xlf")
with open(xlf_path, encoding="utf-8") as f:
    xlf = f.read()


def add_target(match):
    global filled
    unit = match.group(1)
    if unit not in by_unit:
        return match.group(0)
    filled += 1
    unit_xml = match.group(0).replace('<segment state="initial">', '<segment state="translated">', 1)
    source = re.search(r"<source>(.*)</source>", unit_xml, flags=re.S).group(1)
    target = escape("It: " + no_digits(by_unit[unit]) + " ") + source
    return unit_xml.replace("</source>", "</source>\n        <target>" + target + "</target>", 1)


xlf = re.sub(r'<unit id="([^"]*)".*?</source>', add_target, xlf, flags=re.S)
with open(xlf_path, "w", encoding="utf-8") as f:
    f.write(xlf)
print(f"{filled} translation units filled")
