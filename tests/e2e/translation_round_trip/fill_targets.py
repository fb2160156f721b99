#!/usr/bin/python3
"""Fills the targets of an extracted XLIFF file with French translations,
keyed by unit id, keeping every protected code of the source (as a
translation tool does), and marks each segment translated.
Usage: fill_targets.py FILE.xlf"""
import sys
import xml.etree.ElementTree as ET

NS = "urn:oasis:names:tc:xliff:document:2.0"
ET.register_namespace("", NS)
ET.register_namespace("cc", "urn:charterc:xliff:1")

# Target markup per unit id; {1}, {2} stand for the source's codes by id.
FRENCH = {
    "title": "Nos engagements de service",
    "summary": "Ce que vous pouvez attendre de nous.",
    "front-matter:owner": "Services de la bibliothèque",
    "front-matter:contact": "help@library.example.org",
    "intro-1": "Nous tenons ces engagements envers chaque lecteur. Écrivez à "
               "<pc id=\"1\">help@library.example.org</pc> ou lisez notre <pc id=\"2\">règlement du prêt</pc>.",
    "replies": "Réponses",
    "email-reply": "Nous répondons aux courriels sous <ph id=\"1\"/>.",
    "calls": "Nous répondons à 90 % des appels en moins de 20 secondes, mesuré chaque mois.",
    "loans": "Prêts",
    "loan-limit": "Vous pouvez emprunter jusqu’à <pc id=\"1\">20 documents</pc> à la fois.",
}


def main(path):
    tree = ET.parse(path)
    for unit in tree.getroot().iter(f"{{{NS}}}unit"):
        text = FRENCH[unit.get("id")]
        segment = unit.find(f"{{{NS}}}segment")
        source = segment.find(f"{{{NS}}}source")
        target = ET.fromstring(f"<target xmlns=\"{NS}\">{text}</target>")
        # Copy the attributes of each code from the source, as tools do.
        codes = {code.get("id"): code for code in source.iter() if code is not source}
        for code in target.iter():
            if code is not target and code.get("id") in codes:
                for key, value in codes[code.get("id")].attrib.items():
                    code.set(key, value)
        segment.append(target)
        segment.set("state", "translated")
    tree.write(path, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
