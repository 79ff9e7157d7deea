#!/usr/bin/env python3
"""Writes templates/data/cldr-plurals.yaml: CLDR's cardinal plural rules for the shipped languages,
copied verbatim (rule and samples) from CLDR's plurals.xml (decision 110).

    apt-get install -y unicode-cldr-core      # Debian 12: CLDR 41
    python3 scripts/cldr-plurals.py /usr/share/unicode/cldr/common/supplemental/plurals.xml 41
"""
import sys
import xml.etree.ElementTree as ET

LANGUAGES = ["nl", "en", "pl", "uk", "tr", "ar", "de"]
source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/cldr/common/supplemental/plurals.xml"
root = ET.parse(source).getroot()
# plurals.xml carries no release number ($Revision$ only): name the CLDR release on the command line
# (Debian's unicode-cldr-core 41-0.1 is CLDR 41).
version = sys.argv[2] if len(sys.argv) > 2 else "41"
rules = {}
for block in root.iter("pluralRules"):
    for lang in block.get("locales").split():
        if lang in LANGUAGES:
            rules[lang] = [(r.get("count"), " ".join(r.text.split())) for r in block.findall("pluralRule")]

out = ["# CLDR cardinal plural rules for the shipped languages (UTS #35 Part 3 §5.1), copied verbatim with",
       "# their sample numbers from CLDR's common/supplemental/plurals.xml by scripts/cldr-plurals.py.",
       "# Do not edit by hand: regenerate from a newer CLDR and review the diff (decision 110).",
       f"cldr-version: \"{version}\"",
       "languages:"]
for lang in LANGUAGES:
    out.append(f"  {lang}:")
    for category, rule in rules[lang]:
        out.append(f"    {category}: \"{rule}\"")
open("templates/data/cldr-plurals.yaml", "w").write("\n".join(out) + "\n")
