#!/usr/bin/env python3
"""Writes one relatorio letter per CSV row, like `privdoc batch extension` (issue 17, the peer benchmark).

Usage: relatorio_batch.py TEMPLATE.odt ROWS.csv OUTDIR DATE

Reads the rows `privdoc bench batch --languages nl` generates, prepares the values a template engine
is given (formatted Dutch dates, the labels of the enum values, the deadlines), renders the template made
by make_template.py and writes OUTDIR/<reference>.odt. One process, one core, as relatorio runs.
Prints `letters N seconds S`: the time from the first row to the last file, start-up excluded.
"""
import csv
import datetime
import os
import sys
import time

from relatorio.templates.opendocument import Template

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
TYPES = {"access": "inzage in uw gegevens", "rectification": "correctie van uw gegevens",
         "erasure": "verwijdering van uw gegevens", "restriction": "beperking van het gebruik van uw gegevens",
         "objection": "bezwaar tegen het gebruik van uw gegevens"}
GROUNDS = {"complexity": "Uw verzoek is ingewikkeld. Wij hebben meer tijd nodig om het zorgvuldig te behandelen.",
           "number-of-requests": "Wij moeten veel verzoeken tegelijk behandelen. Wij hebben meer tijd nodig om uw verzoek "
                                 "zorgvuldig te behandelen."}
TITLES = {"mr": "Geachte heer ", "ms": "Geachte mevrouw "}


def dutch(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    days = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return datetime.date(y, m, min(d.day, days[m - 1]))


def rolled(d):
    # Awb 4:1 / Algemene termijnenwet: a term ending on a weekend moves to the Monday (holidays left out here).
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


class Row:
    def __init__(self, r, date):
        rep = r.get("representative.name", "")
        self.represented = bool(rep)
        to = "representative" if rep else "recipient"
        self.address_name = r[f"{to}.name"]
        self.address_street = r[f"{to}.street"]
        self.address_city = r[f"{to}.postcode"] + " \u00a0" + r[f"{to}.city"].upper()
        self.recipient_name = r["recipient.name"]
        self.salutation = TITLES.get(r.get(f"{to}.salutation") or "", "Geachte heer/mevrouw ") + self.address_name
        received = datetime.date.fromisoformat(r["request.received"])
        self.received = dutch(received)
        self.their_reference = r.get("request.reference") or "–"
        self.reference = r["reference"]
        self.date = dutch(date)
        self.request_type = " en ".join(TYPES[t] for t in r["request.type"].split(";"))
        self.due = dutch(rolled(add_months(received, 1)))
        self.extended = dutch(rolled(add_months(received, 3)))
        self.ground = GROUNDS[r["extension.ground"]]
        self.reason = r["extension.reason"]
        self.caseworker = r["caseworker.name"]
        self.phone = r["caseworker.phone"]
        self.mail = " of mailen naar " + r["caseworker.email"] if r.get("caseworker.email") else ""


def main(template_path, rows_path, out, date_text):
    date = datetime.date.fromisoformat(date_text)
    os.makedirs(out, exist_ok=True)
    template = Template(source="", filepath=template_path)
    start = time.perf_counter()
    n = 0
    with open(rows_path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            data = template.generate(o=Row(r, date)).render().getvalue()
            with open(os.path.join(out, r["reference"] + "-" + r["language"] + ".odt"), "wb") as o:
                o.write(data)
            n += 1
    print(f"letters {n} seconds {time.perf_counter() - start:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
