#!/usr/bin/python3
"""Fills an extracted XLIFF file (.xlf) or an exported PO file (.po) with
German translations keyed by unit id, as a translator's tool would, and
marks each translated (segment state="translated"; PO entries are simply
given a msgstr). "call-answer" gets the wrong number on purpose
(45 for 30); "email-reply" spells its number ("zwei") and must agree.
Usage: fill_german.py FILE"""
import sys
import xml.etree.ElementTree as ET

GERMAN = {
    "title": "Standards für Telefon und E-Mail",
    "front-matter:owner": "Bibliotheksdienste",
    "calls-and-emails": "Anrufe und E-Mails",
    "call-answer": "Wir nehmen Anrufe innerhalb von 45 Sekunden entgegen.",
    "email-reply": "Wir beantworten E-Mails innerhalb von zwei Werktagen.",
    "call-back": "Wir rufen Sie vor 17 Uhr am nächsten Werktag zurück.",
}

NS = "urn:oasis:names:tc:xliff:document:2.0"


def fill_xliff(path):
    ET.register_namespace("", NS)
    ET.register_namespace("cc", "urn:charterc:xliff:1")
    tree = ET.parse(path)
    for unit in tree.getroot().iter(f"{{{NS}}}unit"):
        segment = unit.find(f"{{{NS}}}segment")
        target = ET.SubElement(segment, f"{{{NS}}}target")
        target.text = GERMAN[unit.get("id")]
        segment.set("state", "translated")
    tree.write(path, encoding="UTF-8", xml_declaration=True)


def fill_po(path):
    out, context = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("msgctxt "):
            context = line[len('msgctxt "'):-1]
        if line == 'msgstr ""' and context in GERMAN:
            line = 'msgstr "%s"' % GERMAN[context]
            context = None
        out.append(line)
    open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    (fill_xliff if sys.argv[1].endswith(".xlf") else fill_po)(sys.argv[1])
